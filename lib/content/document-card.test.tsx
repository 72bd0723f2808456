import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { documentCardIds, MAX_DOCUMENT_CARDS, type DocumentCardView } from './document-card';
import { renderBody } from './render';
import { validateBody } from './validate';

const DOC = '5b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const HIDDEN = '6c9eede7-8c2e-454d-b723-2a99df95de1c';
const card = (attrs: Record<string, unknown>) => ({ type: 'doc', content: [{ type: 'documentCard', attrs }] });
const problems = (input: unknown) => {
  const r = validateBody(input);
  return r.ok ? [] : r.problems;
};
const view: DocumentCardView = {
  slug: 'nghi-quyet-45-nq-tw',
  numberSymbol: '45-NQ/TW',
  typeName: 'Nghị quyết',
  issuedOn: '2023-11-24',
  summary: 'Về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức',
  files: [{ id: '7daffef8-9d3f-465e-8834-3baae0a6ef2d', format: 'pdf', byteSize: 350_000, originalFilename: 'nq-45.pdf' }],
};
const html = (doc: unknown, documents = new Map([[DOC, view]])) => renderToStaticMarkup(<>{renderBody(doc as never, { media: new Map(), documents })}</>);

describe('document card validation', () => {
  it('accepts a document id and reports it', () => {
    const r = validateBody(card({ documentId: DOC }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.documentIds).toEqual([DOC]);
  });

  it.each([[null], ['45-NQ/TW'], ['javascript:alert(1)'], [42]])('refuses the reference %s in Vietnamese', (documentId) => {
    const found = problems(card({ documentId }));
    expect(found.map((p) => p.code)).toEqual(['invalid_attribute']);
    expect(found[0]!.message).toContain('Thẻ văn bản phải trỏ tới một văn bản trong danh mục văn bản');
  });

  it('refuses unknown attributes', () => {
    const found = problems(card({ documentId: DOC, href: 'https://evil.example' }));
    expect(found[0]!.message).toContain('Thẻ văn bản: thuộc tính không được hỗ trợ (href)');
  });
});

describe('document card rendering', () => {
  it('shows number, type, Vietnamese issue date, summary, the document page and its files', () => {
    const out = html(card({ documentId: DOC }));
    expect(out).toContain('<aside class="document-card" aria-label="Nghị quyết số 45-NQ/TW">');
    expect(out).toContain('<a href="/van-ban/nghi-quyet-45-nq-tw">Số 45-NQ/TW</a>');
    expect(out).toContain('<time dateTime="2023-11-24">24/11/2023</time>');
    expect(out).toContain('Về tiếp tục xây dựng');
    expect(out).toContain('<a href="/van-ban/tep/7daffef8-9d3f-465e-8834-3baae0a6ef2d" download="nq-45.pdf">Tải về nq-45.pdf (PDF, 342 KB)</a>');
  });

  it('renders nothing for a document that is not published (absent from the map)', () => {
    const out = html({ type: 'doc', content: [card({ documentId: HIDDEN }).content[0]!, { type: 'paragraph', content: [{ type: 'text', text: 'Sau' }] }] });
    expect(out).toBe('<p>Sau</p>');
    expect(html(card({ documentId: DOC }), new Map())).toBe('');
  });

  it('escapes the registry text', () => {
    const out = html(card({ documentId: DOC }), new Map([[DOC, { ...view, summary: '<script>alert(1)</script>', numberSymbol: '"><img src=x onerror=alert(1)>' }]]));
    expect(out).not.toMatch(/<script|<img/);
  });

  it('lists the embedded ids for loading', () => {
    expect(documentCardIds({ type: 'doc', content: [card({ documentId: DOC }).content[0]!, card({ documentId: DOC }).content[0]!] })).toEqual([DOC]);
  });
});

describe('document cards per body', () => {
  it(`refuses more than ${MAX_DOCUMENT_CARDS} cards in one body, even all for the same document, in Vietnamese`, () => {
    const many = (n: number) => ({ type: 'doc', content: Array.from({ length: n }, () => ({ type: 'documentCard', attrs: { documentId: DOC } })) });
    expect(validateBody(many(MAX_DOCUMENT_CARDS)).ok).toBe(true);
    const found = problems(many(3000));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('too_large');
    expect(found[0]!.message).toBe(`Bài viết có 3.000 thẻ văn bản, vượt giới hạn ${MAX_DOCUMENT_CARDS} thẻ mỗi bài. Hãy xóa bớt thẻ văn bản (mỗi văn bản chỉ cần chèn một lần).`);
  });
});

describe('ids in another letter case', () => {
  it('are stored in the lower case the database answers with, so a card, a gallery photo or a figure given in upper case still renders', () => {
    const upper = (id: string) => id.toUpperCase();
    const PHOTO = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
    const r = validateBody({
      type: 'doc',
      content: [
        { type: 'documentCard', attrs: { documentId: upper(DOC) } },
        { type: 'gallery', attrs: { items: [{ mediaId: upper(PHOTO), alt: 'Ảnh' }] } },
        { type: 'figure', attrs: { mediaId: upper(PHOTO), alt: 'Ảnh' } },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.documentIds).toEqual([DOC]);
    expect(r.mediaIds).toEqual([PHOTO]);
    const stored = JSON.stringify(r.json);
    expect(stored).not.toContain(upper(DOC));
    expect(stored).not.toContain(upper(PHOTO));
    expect(html(r.json)).toContain('Số 45-NQ/TW');
  });
});
