import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from './plain-text';
import { renderBody } from './render';
import { decideSuggestion, listSuggestions, withoutSuggestions } from './suggestions';
import type { JSONContent } from './types';
import { validateBody } from './validate';

const LEADER = '11111111-2222-4333-8444-555555555555';
const S1 = '3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';
const S2 = '4f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7c';
const AT = '2026-12-06T03:00:00.000Z';
const mark = (type: string, id = S1, extra: Record<string, unknown> = {}) => ({ type, attrs: { id, authorId: LEADER, createdAt: AT, ...extra } });
const doc = (...content: unknown[]) => ({ type: 'doc', content }) as JSONContent;
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });

// "Hội nghị diễn ra [+sáng nay ]tại Hà Nội.[- Đại biểu đông đủ.]"
const body = doc(p(t('Hội nghị diễn ra '), t('sáng nay ', [mark('insertion', S1)]), t('tại Hà Nội.'), t(' Đại biểu đông đủ.', [mark('deletion', S2)])), { ...p(t('Dòng mới', [mark('insertion', S1)])), marks: [mark('insertion', S1)] });

describe('suggestion marks in the shared schema', () => {
  it('are accepted with an id, an author and a time', () => {
    const r = validateBody(body);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['id', { id: 'not-a-uuid' }, /mã .* không hợp lệ/],
    ['author', { authorId: null }, /người gợi ý/],
    ['author', { authorId: 'admin' }, /người gợi ý/],
    ['time', { createdAt: 'hôm qua' }, /thời điểm/],
    ['time', { createdAt: 12 }, /thời điểm/],
  ])('refuses a suggestion with a bad %s, in Vietnamese', (_what, attrs, message) => {
    const r = validateBody(doc(p(t('a', [{ type: 'insertion', attrs: { id: S1, authorId: LEADER, createdAt: AT, ...attrs } }]))));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.code).toBe('invalid_attribute');
      expect(r.problems[0]!.message).toMatch(message);
      expect(r.problems[0]!.message).toMatch(/chấp nhận hoặc từ chối/);
    }
  });

  it('refuses a modification whose previous value is not in the schema', () => {
    const r = validateBody(doc(p(t('a', [mark('modification', S1, { type: 'nodeType', previousValue: 'script', newValue: 'paragraph' })]))));
    expect(r.ok).toBe(false);
    const big = validateBody(doc(p(t('a', [mark('modification', S1, { type: 'attr', attrName: 'textAlign', previousValue: 'x'.repeat(3000) })]))));
    expect(big.ok).toBe(false);
  });
});

describe('readers get the body as if every suggestion were rejected', () => {
  it('drops insertions and keeps deletions in the rendered HTML, with no suggestion markup', () => {
    const html = renderToStaticMarkup(<>{renderBody(withoutSuggestions(body), { media: new Map() })}</>);
    expect(html).toBe('<p>Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.</p>');
    // The renderer alone (no withoutSuggestions first) still never shows a suggested insertion.
    const raw = renderToStaticMarkup(<>{renderBody(body, { media: new Map() })}</>);
    expect(raw).not.toMatch(/sáng nay|Dòng mới|<ins|<del|suggestion/);
    expect(raw).toContain('Đại biểu đông đủ.');
  });

  it('leaves suggested text out of plain text (search, feeds, download)', () => {
    expect(bodyToPlainText(body)).toBe('Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.');
  });

  it('undoes a suggested formatting change', () => {
    const bolded = doc(p(t('Kết luận', [{ type: 'bold' }, mark('modification', S1, { type: 'mark', previousValue: null, newValue: { type: 'bold' } })])));
    const out = withoutSuggestions(bolded);
    expect(JSON.stringify(out)).not.toMatch(/modification/);
  });
});

describe('accepting and rejecting on the server', () => {
  it('lists one entry per suggestion with its text', () => {
    expect(listSuggestions(body)).toEqual([
      { id: S1, kind: 'insertion', authorId: LEADER, createdAt: AT, inserted: 'sáng nay Dòng mới', deleted: '' },
      { id: S2, kind: 'deletion', authorId: LEADER, createdAt: AT, inserted: '', deleted: ' Đại biểu đông đủ.' },
    ]);
  });

  it('accepts one and rejects the other, leaving clean text', () => {
    const accepted = decideSuggestion(body, S2, 'accept');
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(listSuggestions(accepted.body).map((s) => s.id)).toEqual([S1]);
    const rejected = decideSuggestion(accepted.body, S1, 'reject');
    expect(rejected.ok).toBe(true);
    if (!rejected.ok) return;
    expect(listSuggestions(rejected.body)).toEqual([]);
    expect(rejected.body).toEqual(doc({ type: 'paragraph', attrs: { textAlign: null }, content: [t('Hội nghị diễn ra tại Hà Nội.')] }));
  });

  it('says not_found for an id that is not in the body', () => {
    expect(decideSuggestion(body, '00000000-0000-4000-8000-000000000000', 'accept')).toEqual({ ok: false, reason: 'not_found' });
  });
});
