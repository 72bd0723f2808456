import { describe, expect, it } from 'vitest';
import { compareRevisions, suggestionsText } from './diff';

const LEADER = '11111111-1111-4111-8111-111111111111';
const stamp = (type: string, id: string) => ({ type, attrs: { id, authorId: LEADER, createdAt: '2026-12-01T08:00:00Z' } });
const INS = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const DEL = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const plain = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.' }] }] };
const suggested = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hội nghị diễn ra ' },
        { type: 'text', text: 'sáng nay ', marks: [stamp('insertion', INS)] },
        { type: 'text', text: 'tại Hà Nội.' },
        { type: 'text', text: ' Đại biểu đông đủ.', marks: [stamp('deletion', DEL)] },
      ],
    },
  ],
};
const rev = (body: unknown, names: Record<string, string> = { [LEADER]: 'Lê Lãnh Đạo' }) => ({ title: 'T', sapo: 'S', body, meta: {}, meeting: null, suggestionAuthors: names });

describe('open suggestions in the revision diff', () => {
  it('lists a revision\'s open suggestions with their author, in Vietnamese', () => {
    expect(suggestionsText(rev(suggested))).toBe('Gợi ý thêm (Lê Lãnh Đạo): «sáng nay»\nGợi ý xóa (Lê Lãnh Đạo): «Đại biểu đông đủ.»');
    expect(suggestionsText(rev(suggested, {}))).toContain('Gợi ý thêm (không rõ người gợi ý)');
    expect(suggestionsText(rev(plain))).toBe('');
  });

  it('shows suggestions made between two revisions as added, and settled ones as removed, while the text compares as readers would get it', () => {
    const made = compareRevisions(rev(plain), rev(suggested)).fields;
    const field = made.find((f) => f.field === 'suggestions')!;
    expect(field.label).toBe('Gợi ý đang mở');
    expect(field.changed).toBe(true);
    expect(field.parts.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['Gợi ý thêm (Lê Lãnh Đạo): «sáng nay»\nGợi ý xóa (Lê Lãnh Đạo): «Đại biểu đông đủ.»\n']);
    // The body as if rejected is unchanged: without the suggestions field the history would say nothing changed.
    expect(made.find((f) => f.field === 'body')!.changed).toBe(false);

    const accepted = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị diễn ra sáng nay tại Hà Nội.' }, { type: 'text', text: ' Đại biểu đông đủ.', marks: [stamp('deletion', DEL)] }] }] };
    const settled = compareRevisions(rev(suggested), rev(accepted)).fields.find((f) => f.field === 'suggestions')!;
    expect(settled.parts).toEqual([
      { text: 'Gợi ý thêm (Lê Lãnh Đạo): «sáng nay»\n', change: 'removed' },
      { text: 'Gợi ý xóa (Lê Lãnh Đạo): «Đại biểu đông đủ.»\n', change: 'same' },
    ]);
  });
});
