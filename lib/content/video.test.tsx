import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from './plain-text';
import { renderBody } from './render';
import { validateBody } from './validate';
import { MAX_BODY_VIDEOS, videoMediaIds, type VideoMedia } from './video';

const VIDEO = '3c8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const OTHER = '4d9eede7-8c2e-454d-b723-2a99df95de1c';
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const video = (attrs: Record<string, unknown>) => ({ type: 'video', attrs });
const problems = (input: unknown) => {
  const r = validateBody(input);
  return r.ok ? [] : r.problems;
};

describe('video block: validation', () => {
  it('accepts a library video with caption and credit, and lists it apart from photos (lower case)', () => {
    const result = validateBody(doc(video({ mediaId: VIDEO.toUpperCase(), caption: 'Phiên họp', credit: 'Ban Tuyên giáo' })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.videoIds).toEqual([VIDEO]);
    expect(result.mediaIds).toEqual([]);
    expect(result.json.content?.[0]).toEqual({ type: 'video', attrs: { mediaId: VIDEO, caption: 'Phiên họp', credit: 'Ban Tuyên giáo' } });
  });

  it('refuses a video that is not from the library, with a message that says what to do', () => {
    for (const mediaId of [null, 'https://evil.example/x.mp4', 42]) {
      const found = problems(doc(video({ mediaId })));
      expect(found.map((p) => p.code)).toContain('foreign_image');
      expect(found.map((p) => p.message).join(' ')).toContain('Chèn video');
    }
  });

  it('refuses unknown attributes instead of dropping them silently', () => {
    const found = problems(doc(video({ mediaId: VIDEO, caption: '', credit: '', src: 'https://evil.example/x.mp4' })));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('invalid_attribute');
    expect(found[0]!.message).toContain('Video: thuộc tính không được hỗ trợ (src)');
  });

  it('bounds caption and credit', () => {
    expect(problems(doc(video({ mediaId: VIDEO, caption: 'x'.repeat(2001), credit: '' })))[0]!.message).toContain('chú thích');
    expect(problems(doc(video({ mediaId: VIDEO, caption: '', credit: 'x'.repeat(201) })))[0]!.message).toContain('nguồn');
    expect(problems(doc(video({ mediaId: VIDEO, caption: '', credit: { a: 1 } })))[0]!.code).toBe('invalid_attribute');
  });

  it(`refuses more than ${MAX_BODY_VIDEOS} videos in one body with one message`, () => {
    const many = Array.from({ length: MAX_BODY_VIDEOS + 1 }, () => video({ mediaId: VIDEO, caption: '', credit: '' }));
    const found = problems(doc(...many));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('too_large');
    expect(found[0]!.message).toContain(`giới hạn ${MAX_BODY_VIDEOS} video`);
    expect(validateBody(doc(...many.slice(1))).ok).toBe(true);
  });
});

const ready: VideoMedia = {
  src: '/media/3c/v.mp4',
  poster: '/media/3c/v-poster.jpg',
  captions: '/media/3c/v-1.vtt',
  width: 1280,
  height: 720,
  durationSeconds: 75.4,
  uploadedAt: '2026-12-01T08:00:00.000Z',
};
const html = (body: unknown, videos: Map<string, VideoMedia>) => renderToStaticMarkup(<>{renderBody(body as never, { media: new Map(), videos })}</>);

describe('video block: reader rendering', () => {
  const body = doc(video({ mediaId: VIDEO, caption: 'Phiên họp <b>', credit: 'Ban Tuyên giáo' }));

  it('renders a ready video as a figure with poster, MP4 source, Vietnamese captions and caption — credit', () => {
    const out = html(body, new Map([[VIDEO, ready]]));
    expect(out).toBe(
      '<figure class="article-video"><video controls="" preload="metadata" poster="/media/3c/v-poster.jpg" width="1280" height="720">' +
        '<source src="/media/3c/v.mp4" type="video/mp4"/><track kind="captions" srcLang="vi" label="Tiếng Việt" src="/media/3c/v-1.vtt" default=""/></video>' +
        '<figcaption>Phiên họp &lt;b&gt; — Ban Tuyên giáo</figcaption></figure>',
    );
  });

  it('leaves out the captions track and figcaption when there are none', () => {
    const out = html(doc(video({ mediaId: VIDEO, caption: '', credit: '' })), new Map([[VIDEO, { ...ready, captions: null }]]));
    expect(out).not.toContain('<track');
    expect(out).not.toContain('<figcaption');
    expect(out).toContain('<source src="/media/3c/v.mp4" type="video/mp4"/>');
  });

  it('renders nothing for a video that is not ready, deleted or missing (absent from the map)', () => {
    expect(html(body, new Map())).toBe('');
    expect(html(body, new Map([[OTHER, ready]]))).toBe('');
    expect(renderToStaticMarkup(<>{renderBody(body as never, { media: new Map() })}</>)).toBe('');
  });

  it('lists the video ids of a body once, in order, and puts the caption in plain text', () => {
    const two = doc(video({ mediaId: OTHER, caption: 'Một', credit: '' }), { type: 'blockquote', content: [video({ mediaId: VIDEO, caption: 'Hai', credit: 'Nguồn' })] }, video({ mediaId: OTHER }));
    expect(videoMediaIds(two as never)).toEqual([OTHER, VIDEO]);
    expect(bodyToPlainText(two as never)).toBe('Một\nHai — Nguồn');
  });
});
