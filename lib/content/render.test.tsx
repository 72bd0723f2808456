import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FigureMedia } from './render';
import { figureMediaIds, renderBody } from './render';
import { bodyToPlainText, readingMinutes, wordCount } from './plain-text';

const MEDIA = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const media = new Map<string, FigureMedia>([
  [MEDIA, { src: '/media/0b/x-960.jpg', width: 1440, height: 960, srcSet: { jpeg: '/media/0b/x-480.jpg 480w', webp: '/media/0b/x-480.webp 480w' } }],
]);
const html = (doc: unknown) => renderToStaticMarkup(<>{renderBody(doc as never, { media })}</>);

describe('renderBody', () => {
  it('renders a figure with its caption inside figcaption and responsive sources', () => {
    const out = html({ type: 'doc', content: [{ type: 'figure', attrs: { mediaId: MEDIA, alt: 'Quang cảnh', caption: 'Quang cảnh buổi tổng kết', credit: 'TTTTPT&DBKT' } }] });
    expect(out).toContain('<figure class="article-figure">');
    expect(out).toContain('<figcaption><span class="figure-caption">Quang cảnh buổi tổng kết</span><span class="figure-credit">Ảnh: TTTTPT&amp;DBKT</span></figcaption>');
    expect(out).toContain('type="image/webp"');
    expect(out).toContain('width="1440" height="960"');
    expect(out).toContain('alt="Quang cảnh"');
  });

  it('does not double the "Ảnh:" label when the credit already carries it (IPTC)', () => {
    for (const credit of ['Ảnh: Văn Điệp', 'ảnh:Văn Điệp', 'A\u0309nh : Văn Điệp', 'Photo: Văn Điệp']) {
      const out = html({ type: 'doc', content: [{ type: 'figure', attrs: { mediaId: MEDIA, alt: 'a', caption: 'c', credit } }] });
      expect(out).toContain('<span class="figure-credit">Ảnh: Văn Điệp</span>');
    }
  });

  it('opens a link in a new tab only when asked, with rel=noopener; a site path stays relative', () => {
    const link = (href: string, target?: string) => html({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href, target } }] }] }] });
    expect(link('/bai-viet/a', '_blank')).toContain('<a href="/bai-viet/a" target="_blank" rel="noopener">x</a>');
    expect(link('/bai-viet/a')).toContain('<a href="/bai-viet/a">x</a>');
    expect(link('https://a.vn', '_blank')).toContain('<a href="https://a.vn" target="_blank" rel="noopener noreferrer">x</a>');
    expect(link('https://a.vn', 'evil')).toContain('<a href="https://a.vn" rel="noopener noreferrer">x</a>');
    expect(link('//evil.example', '_blank')).not.toContain('<a');
  });

  it('renders marks, headings, lists, tables and alignment', () => {
    const out = html({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3, textAlign: 'center' }, content: [{ type: 'text', text: 'H' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'b', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.vn' } }] }] },
        { type: 'orderedList', attrs: { start: 2 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'i' }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'th' }] }] }] }] },
      ],
    });
    expect(out).toContain('<h3 class="text-center">H</h3>');
    expect(out).toContain('<a href="https://a.vn" rel="noopener noreferrer"><strong>b</strong></a>');
    expect(out).toContain('<ol start="2"><li><p>i</p></li></ol>');
    expect(out).toContain('<th scope="col"><p>th</p></th>');
  });

  it('is inert for hostile content even if it reached the database unvalidated', () => {
    const out = html({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: '<script>alert(1)</script>', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'iframe', attrs: { srcdoc: '<script>alert(1)</script>' } },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] },
      ],
    });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('onclick');
    expect(out).not.toContain('iframe');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('<h2>x</h2>'); // h1 is reserved for the title
  });

  it('lists figure media ids and extracts plain text with captions', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một.' }] },
        { type: 'figure', attrs: { mediaId: MEDIA, caption: 'Chú thích', credit: 'TTXVN' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn' }, { type: 'hardBreak' }, { type: 'text', text: 'hai.' }] },
      ],
    };
    expect(figureMediaIds(doc)).toEqual([MEDIA]);
    expect(bodyToPlainText(doc)).toBe('Đoạn một.\nChú thích — TTXVN\nĐoạn\nhai.');
    expect(wordCount('một hai  ba')).toBe(3);
    expect(readingMinutes('từ '.repeat(450))).toBe(2);
  });
});
