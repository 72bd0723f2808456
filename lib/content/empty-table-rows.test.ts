import { describe, expect, it } from 'vitest';
import { withoutEmptyTableRows } from './empty-table-rows';
import type { JSONContent } from './types';

const p = (text?: string): JSONContent => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const cell = (text?: string, type = 'tableCell'): JSONContent => ({ type, content: [p(text)] });
const row = (...cells: JSONContent[]): JSONContent => ({ type: 'tableRow', content: cells });

describe('empty table rows', () => {
  it('drops rows whose every cell is empty (spaces count as empty), keeps the rest in order', () => {
    const table: JSONContent = { type: 'table', content: [row(cell('Vùng', 'tableHeader'), cell('Tăng trưởng', 'tableHeader')), row(cell(), cell('  ')), row(cell('Bắc Bộ'), cell()), row(cell(), cell())] };
    const { doc, removed } = withoutEmptyTableRows({ type: 'doc', content: [p('Mở đầu'), table] });
    expect(removed).toBe(2);
    expect(doc.content?.[1]?.content?.map((r) => r.content?.[0]?.content?.[0]?.content?.[0]?.text)).toEqual(['Vùng', 'Bắc Bộ']);
  });

  it('keeps a row whose only content is a picture, and removes a table left with no rows', () => {
    const picture = { type: 'tableCell', content: [{ type: 'figure', attrs: { mediaId: 'm' } }] };
    expect(withoutEmptyTableRows({ type: 'doc', content: [{ type: 'table', content: [row(picture)] }] }).removed).toBe(0);
    expect(withoutEmptyTableRows({ type: 'doc', content: [p('a'), { type: 'table', content: [row(cell())] }] }).doc).toEqual({ type: 'doc', content: [p('a')] });
    expect(withoutEmptyTableRows({ type: 'doc', content: [{ type: 'table', content: [row(cell())] }] }).doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('leaves a document without tables as it is', () => {
    const doc = { type: 'doc', content: [p('x')] };
    expect(withoutEmptyTableRows(doc)).toEqual({ doc, removed: 0 });
  });
});
