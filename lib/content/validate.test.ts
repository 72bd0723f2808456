import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARACTERS, validateBody } from './validate';

const MEDIA = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });
const codes = (input: unknown, opts = {}) => {
  const r = validateBody(input, opts);
  return r.ok ? [] : r.problems.map((x) => x.code);
};

describe('validateBody', () => {
  it('accepts every node and mark of the extension list', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'Tiêu đề' }] },
      p('đậm', [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'strike' }]),
      p('H2O', [{ type: 'subscript' }]),
      p('m2', [{ type: 'superscript' }]),
      p('liên kết', [{ type: 'link', attrs: { href: 'https://example.gov.vn' } }]),
      p('thư', [{ type: 'link', attrs: { href: 'mailto:a@b.vn' } }]),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('một')] }] },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p('hai')] }] },
      { type: 'blockquote', content: [p('trích')] },
      { type: 'horizontalRule' },
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p('Vùng')] }, { type: 'tableCell', content: [p('6,5%')] }] }] },
      { type: 'figure', attrs: { mediaId: MEDIA, alt: 'Quang cảnh', caption: 'Quang cảnh buổi tổng kết', credit: 'TTTTPT&DBKT' } },
    );
    const result = validateBody(body, { requireAlt: true });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.mediaIds).toEqual([MEDIA]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:x'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['relative/no-slash'],
  ])('refuses the link %s', (href) => {
    expect(codes(doc(p('x', [{ type: 'link', attrs: { href } }])))).toContain('unsafe_link');
  });

  it.each([['/bai-viet/hoi-nghi-tong-ket'], ['https://ktw.gov.vn'], ['mailto:ban@ktw.gov.vn']])('accepts the link %s (site-relative paths included)', (href) => {
    expect(codes(doc(p('x', [{ type: 'link', attrs: { href, target: '_blank' } }])))).toEqual([]);
  });

  it('refuses unknown nodes and marks', () => {
    expect(codes(doc({ type: 'iframe', attrs: { src: 'https://x' } }))).toEqual(['invalid_structure']);
    expect(codes(doc({ type: 'codeBlock', content: [] }))).toEqual(['invalid_structure']);
    expect(codes(doc(p('x', [{ type: 'textStyle', attrs: { style: 'x' } }])))).toEqual(['invalid_structure']);
  });

  it('refuses figures that do not come from the media library', () => {
    expect(codes(doc({ type: 'figure', attrs: { mediaId: 'https://evil.example/x.png', alt: 'a' } }))).toContain('foreign_image');
    expect(codes(doc({ type: 'figure', attrs: { mediaId: null, alt: 'a' } }))).toContain('foreign_image');
  });

  it('requires alt text on figures when asked (submit), not on every save', () => {
    const body = doc({ type: 'figure', attrs: { mediaId: MEDIA, alt: ' ', caption: 'c' } });
    expect(codes(body)).toEqual([]);
    expect(codes(body, { requireAlt: true })).toEqual(['missing_alt']);
  });

  it('refuses wrong shapes, headings outside h2-h4 and newer schema versions', () => {
    expect(codes(null)).toEqual(['invalid_structure']);
    expect(codes('<p>x</p>')).toEqual(['invalid_structure']);
    expect(codes({ type: 'paragraph' })).toEqual(['invalid_structure']);
    expect(codes(doc({ type: 'text', text: 'bare text at the top' }))).toEqual(['invalid_structure']);
    expect(codes(doc(p('x')), { schemaVersion: 99 })).toEqual(['newer_schema']);
  });

  it('refuses a body over the size limit with a message that names the limit', () => {
    const long = doc(...Array.from({ length: 21 }, () => p('a'.repeat(10_000))));
    const result = validateBody(long);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.code).toBe('too_large');
      expect(result.problems[0]!.message).toContain(MAX_BODY_CHARACTERS.toLocaleString('vi-VN'));
    }
  });

  it('refuses attribute values outside the allowlist', () => {
    expect(codes(doc({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }))).toEqual(['invalid_attribute']);
    expect(codes(doc({ type: 'paragraph', attrs: { textAlign: 'javascript:alert(1)' }, content: [{ type: 'text', text: 'x' }] }))).toEqual(['invalid_attribute']);
    expect(codes(doc({ type: 'orderedList', attrs: { start: -3 }, content: [{ type: 'listItem', content: [p('x')] }] }))).toEqual(['invalid_attribute']);
    expect(codes(doc({ type: 'figure', attrs: { mediaId: MEDIA, alt: 'a'.repeat(501) } }))).toEqual(['invalid_attribute']);
    expect(codes(doc({ type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: 'x' }] }))).toEqual([]);
  });

  it('drops unknown attributes by round-tripping through the schema', () => {
    const result = validateBody(doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.json)).not.toContain('onclick');
  });
});

describe('validateBody: table cell attributes', () => {
  const table = (attrs: Record<string, unknown>, type = 'tableCell') =>
    doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type, attrs, content: [p('x')] }] }] });
  const messages = (input: unknown) => {
    const r = validateBody(input);
    return r.ok ? [] : r.problems.map((x) => x.message);
  };

  it('keeps small positive spans and pixel widths', () => {
    expect(codes(table({ colspan: 2, rowspan: 3, colwidth: [120, 240] }))).toEqual([]);
    expect(codes(table({ colspan: 1, rowspan: 1, colwidth: null }, 'tableHeader'))).toEqual([]);
    expect(codes(table({ colspan: 50, rowspan: 50, colwidth: [2000] }))).toEqual([]);
  });

  it.each([
    ['colspan', { colspan: 0 }],
    ['colspan', { colspan: -1 }],
    ['colspan', { colspan: 1.5 }],
    ['colspan', { colspan: 51 }],
    ['colspan', { colspan: 1e9 }],
    ['colspan', { colspan: '2" onmouseover="alert(1)' }],
    ['colspan', { colspan: null }],
    ['rowspan', { rowspan: 0 }],
    ['rowspan', { rowspan: '3' }],
    ['rowspan', { rowspan: 10_000 }],
    ['colwidth', { colwidth: 'x' }],
    ['colwidth', { colwidth: [0] }],
    ['colwidth', { colwidth: [-20] }],
    ['colwidth', { colwidth: [2001] }],
    ['colwidth', { colwidth: ['100px'] }],
    ['colwidth', { colwidth: [100.5] }],
    ['colwidth', { colwidth: { length: 1, 0: 100 } }],
    ['colwidth', { colwidth: Array.from({ length: 51 }, () => 10) }],
  ])('refuses a bad %s and names it: %j', (field, attrs) => {
    for (const type of ['tableCell', 'tableHeader']) {
      expect(codes(table(attrs, type))).toEqual(['invalid_attribute']);
      const [message] = messages(table(attrs, type));
      expect(message).toContain(`"${field}"`);
      expect(message).toMatch(/Ô bảng/);
    }
  });
});
