import { describe, expect, it } from 'vitest';
import { diffRevisions } from './diff';

const rev = (title: string, text: string) => ({ title, sapo: 'Sapo', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, meta: { byline: 'TTTTPT&DBKT' }, meeting: null });

describe('diffRevisions', () => {
  it('shows word-level changes of the title and body, and marks unchanged fields', () => {
    const diff = diffRevisions(rev('Hội nghị tổng kết 2019', 'Năm 2019 đạt kết quả tốt.'), rev('Hội nghị tổng kết năm 2019', 'Năm 2019 đạt kết quả rất tốt.'));
    const title = diff.find((d) => d.field === 'title')!;
    expect(title.changed).toBe(true);
    expect(title.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['năm']);
    const body = diff.find((d) => d.field === 'body')!;
    expect(body.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['rất']);
    expect(diff.find((d) => d.field === 'sapo')!.changed).toBe(false);
    expect(diff.find((d) => d.field === 'byline')!.changed).toBe(false);
  });
});
