import { describe, expect, it } from 'vitest';
import { compareRevisions, wholeFieldDiff } from './diff';

const rev = (title: string, text: string) => ({ title, sapo: 'Sapo', body: { type: 'doc', content: text.split('\n').map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) }, meta: { byline: 'TTTTPT&DBKT' }, meeting: null });

describe('compareRevisions', () => {
  it('shows word-level changes of the title and body, and marks unchanged fields', () => {
    const { fields: diff, coarse } = compareRevisions(rev('Hội nghị tổng kết 2019', 'Năm 2019 đạt kết quả tốt.'), rev('Hội nghị tổng kết năm 2019', 'Năm 2019 đạt kết quả rất tốt.'));
    expect(coarse).toBe(false);
    const title = diff.find((d) => d.field === 'title')!;
    expect(title.changed).toBe(true);
    expect(title.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['năm']);
    const body = diff.find((d) => d.field === 'body')!;
    expect(body.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['rất']);
    expect(diff.find((d) => d.field === 'sapo')!.changed).toBe(false);
    expect(diff.find((d) => d.field === 'byline')!.changed).toBe(false);
  });

  it('compares by paragraph above the word bound, keeping unchanged paragraphs', () => {
    const { fields, coarse } = compareRevisions(rev('T', 'Đoạn một giữ nguyên.\nĐoạn hai cũ.'), rev('T', 'Đoạn một giữ nguyên.\nĐoạn hai mới.'), { maxWords: 3 });
    expect(coarse).toBe(true);
    const body = fields.find((d) => d.field === 'body')!;
    expect(body.parts).toEqual([
      { text: 'Đoạn một giữ nguyên.\n', change: 'same' },
      { text: 'Đoạn hai cũ.\n', change: 'removed' },
      { text: 'Đoạn hai mới.\n', change: 'added' },
    ]);
  });

  it('falls back to paragraphs when the word budget is spent, and to whole fields without any diff', () => {
    const words = (seed: string) => Array.from({ length: 3000 }, (_, i) => `${seed}${i}`).join(' ');
    const started = Date.now();
    const { coarse } = compareRevisions(rev('T', words('a')), rev('T', words('b')), { wordBudgetMs: 50 });
    expect(coarse).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
    const whole = wholeFieldDiff(rev('T', 'cũ'), rev('T', 'mới')).fields.find((d) => d.field === 'body')!;
    expect(whole.parts).toEqual([
      { text: 'cũ\n', change: 'removed' },
      { text: 'mới\n', change: 'added' },
    ]);
  });
});
