import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { htmlToBody } from './from-html';
import { MAX_BODY_GALLERY_PHOTOS, MAX_GALLERY_PHOTOS } from './gallery';
import { bodyToPlainText } from './plain-text';
import type { FigureMedia } from './render';
import { bodyMediaIds, figureMediaIds, renderBody } from './render';
import { validateBody } from './validate';

const A = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const B = '1c9eede7-8c2e-454d-b723-2a99df95de1c';
const C = '2daffef8-9d3f-465e-8834-3baae0a6ef2d';
const item = (mediaId: string, extra: Record<string, unknown> = {}) => ({ mediaId, alt: `Ảnh ${mediaId.slice(0, 4)}`, caption: 'Chú thích', credit: 'TTXVN', ...extra });
const gallery = (items: unknown, attrs: Record<string, unknown> = {}) => ({ type: 'doc', content: [{ type: 'gallery', attrs: { items, ...attrs } }] });
const problems = (input: unknown) => {
  const r = validateBody(input);
  return r.ok ? [] : r.problems;
};
const view = (id: string): FigureMedia => ({ src: `/media/${id.slice(0, 2)}/${id}-960.jpg`, width: 1440, height: 960, srcSet: { jpeg: `/media/${id.slice(0, 2)}/${id}-480.jpg 480w` } });
const media = new Map([A, B, C].map((id) => [id, view(id)]));
const html = (doc: unknown, lightbox?: boolean) => renderToStaticMarkup(<>{renderBody(doc as never, { media, galleryLightbox: lightbox })}</>);

describe('gallery validation', () => {
  it('accepts library photos with alt text and reports their media ids in order', () => {
    const r = validateBody(gallery([item(A), item(B), item(C)]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.mediaIds).toEqual([A, B, C]);
      expect((r.json.content?.[0]?.attrs as { items: unknown[] }).items).toHaveLength(3);
    }
  });

  it('refuses a photo that is not a library id, in Vietnamese, naming the photo', () => {
    const found = problems(gallery([item(A), item('https://evil.example/x.png')]));
    expect(found.map((p) => p.code)).toEqual(['foreign_image']);
    expect(found[0]!.message).toContain('ảnh thứ 2');
    expect(found[0]!.message).toContain('thư viện ảnh');
  });

  it('requires alt text on every photo', () => {
    const found = problems(gallery([item(A, { alt: '  ' }), item(B, { alt: undefined })]));
    expect(found.map((p) => p.code)).toEqual(['missing_alt', 'missing_alt']);
    expect(found[0]!.message).toBe('Bộ ảnh, ảnh thứ 1: hãy nhập mô tả thay thế (alt) cho người khiếm thị.');
  });

  it('refuses unknown attributes on the gallery and on its photos', () => {
    expect(problems(gallery([item(A)], { style: 'x' }))[0]!.message).toContain('thuộc tính không được hỗ trợ (style)');
    expect(problems(gallery([item(A, { onclick: 'alert(1)' })]))[0]!.message).toBe('Bộ ảnh, ảnh thứ 1: thuộc tính không được hỗ trợ (onclick).');
  });

  it('refuses an empty gallery, too many photos, malformed items and over-long text', () => {
    expect(problems(gallery([]))[0]!.message).toContain('ít nhất một ảnh');
    expect(problems(gallery('x'))[0]!.code).toBe('invalid_attribute');
    const many = Array.from({ length: MAX_GALLERY_PHOTOS + 1 }, () => item(A));
    expect(problems(gallery(many))[0]!.message).toContain(`vượt giới hạn ${MAX_GALLERY_PHOTOS} ảnh`);
    expect(problems(gallery([item(A), 'x']))[0]!.message).toContain('ảnh thứ 2: dữ liệu không hợp lệ');
    expect(problems(gallery([item(A, { caption: 'c'.repeat(2001) })]))[0]!.message).toContain('chú thích phải là văn bản tối đa 2000 ký tự');
    expect(problems(gallery([item(A, { credit: 5 })]))[0]!.message).toContain('nguồn ảnh');
  });
});

describe('gallery photos per body', () => {
  const galleries = (count: number, size: number) => ({
    type: 'doc',
    content: Array.from({ length: count }, () => ({ type: 'gallery', attrs: { items: Array.from({ length: size }, () => item(A)) } })),
  });

  it('accepts full galleries up to the limit of photos in one body', () => {
    expect(validateBody(galleries(MAX_BODY_GALLERY_PHOTOS / MAX_GALLERY_PHOTOS, MAX_GALLERY_PHOTOS)).ok).toBe(true);
  });

  it('refuses a body with thousands of gallery photos, with one clear Vietnamese message', () => {
    const found = problems(galleries(200, MAX_GALLERY_PHOTOS));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('too_large');
    expect(found[0]!.message).toBe(
      `Bài viết có 6.000 ảnh trong các bộ ảnh, vượt giới hạn ${MAX_BODY_GALLERY_PHOTOS} ảnh mỗi bài. Hãy bớt ảnh hoặc chia thành nhiều bài.`,
    );
  });
});

describe('gallery rendering', () => {
  const doc = gallery([item(A, { caption: 'Một' }), item(B, { caption: 'Hai' }), item(C, { caption: 'Ba', credit: 'Ảnh: Văn Điệp' })]);

  it('renders a grid of figures whose thumbnails link to full views with previous, next and close links', () => {
    const out = html(doc);
    expect(out).toContain('<section class="article-gallery" aria-label="Bộ ảnh (3 ảnh)">');
    expect(out.match(/<figure class="gallery-item">/g)).toHaveLength(3);
    expect(out).toContain('<a id="bo-anh-b-0-1" href="#bo-anh-b-0-xem-1" class="gallery-thumb" aria-label="Xem ảnh lớn 1/3: Ảnh 0b8d">');
    expect(out).toContain('<div id="bo-anh-b-0-xem-2" class="gallery-view" role="group" aria-label="Ảnh 2/3">');
    // From photo 1, "previous" wraps to the last one; "close" goes back to the thumbnail.
    expect(out).toContain('<a href="#bo-anh-b-0-xem-3">← Ảnh trước</a><span>1/3</span><a href="#bo-anh-b-0-xem-2">Ảnh sau →</a><a href="#bo-anh-b-0-1">Đóng</a>');
    expect(out).toContain('<figcaption><span class="figure-caption">Ba</span><span class="figure-credit">Ảnh: Văn Điệp</span></figcaption>');
    expect(out).not.toContain('<script');
  });

  it('keeps the order of the stored list and leaves out photos whose media is gone', () => {
    const out = html(gallery([item(C, { caption: 'Ba' }), item('3ebf0f09-ae40-4760-9945-4cbbf1b7f03e', { caption: 'Mất' }), item(A, { caption: 'Một' })]));
    expect(out.indexOf('Ba')).toBeLessThan(out.indexOf('Một'));
    expect(out).not.toContain('Mất');
    expect(out).toContain('Bộ ảnh (2 ảnh)');
  });

  it('renders only the grid for the saved file', () => {
    const out = html(doc, false);
    expect(out).not.toContain('gallery-view');
    expect(out).not.toContain('href=');
    expect(out.match(/<img /g)).toHaveLength(3);
  });

  it('escapes captions, credits and alt text', () => {
    const out = html(gallery([item(A, { alt: '"><script>alert(1)</script>', caption: '<img src=x onerror=alert(1)>', credit: '<b>x</b>' })]));
    expect(out).not.toMatch(/<script|<img src=x|<b>/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('loads gallery media with the figures, but the fallback cover stays the first figure', () => {
    const body = { type: 'doc', content: [gallery([item(B), item(C)]).content[0]!, { type: 'figure', attrs: { mediaId: A, alt: 'a' } }] };
    expect(bodyMediaIds(body)).toEqual([B, C, A]);
    expect(figureMediaIds(body)).toEqual([A]);
  });

  it('puts gallery captions in the plain text (search, feeds)', () => {
    expect(bodyToPlainText(doc as never)).toBe('Một — TTXVN\nHai — TTXVN\nBa — Ảnh: Văn Điệp');
  });
});

describe('gallery items that did not come from the editor', () => {
  it('a stored or pasted list with non-text fields renders as text, never throws, and leaves out photos that are not library ids', () => {
    const out = html(gallery([item(A, { alt: { toString: () => '<x>' }, caption: { $$typeof: 'x' }, credit: 5 }), item('../../toa-soan/nguoi-dung', { caption: 'Lạ' })]));
    expect(out).toContain('Bộ ảnh (1 ảnh)');
    expect(out).toContain('alt=""');
    expect(out).not.toContain('Lạ');
    expect(out).not.toContain('[object Object]');
  });

  it('pasted or imported HTML keeps only library photos and the four known fields of each', () => {
    const items = JSON.stringify([
      { mediaId: A, alt: 'Một', caption: 'C', credit: 'D', onclick: 'alert(1)' },
      { mediaId: '../../api/v1/articles', alt: 'Hai' },
      { mediaId: B, alt: 7, caption: ['x'] },
    ]);
    const body = htmlToBody(`<div data-gallery="" data-items='${items.replace(/'/g, '&#39;')}'></div>`);
    expect(body.content?.[0]?.attrs?.items).toEqual([
      { mediaId: A, alt: 'Một', caption: 'C', credit: 'D' },
      { mediaId: B, alt: '', caption: '', credit: '' },
    ]);
  });
});
