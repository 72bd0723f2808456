// PURE. A table row with nothing in any cell (no text, no picture) is never stored, so it can never
// be published: rows added with the table controls and left empty disappear on save. A table left
// with no rows at all disappears with them (a table must have a row).
import type { JSONContent } from './types';

function hasContent(node: JSONContent): boolean {
  if (node.type === 'figure') return true;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  return (node.content ?? []).some(hasContent);
}

export function withoutEmptyTableRows(doc: JSONContent): { doc: JSONContent; removed: number } {
  let removed = 0;
  const walk = (node: JSONContent): JSONContent | null => {
    if (!node.content) return node;
    let content = node.content.map(walk).filter((n): n is JSONContent => n !== null);
    if (node.type === 'table') {
      const kept = content.filter((row) => row.type !== 'tableRow' || hasContent(row));
      removed += content.length - kept.length;
      if (kept.length === 0) return null;
      content = kept;
    }
    return content === node.content ? node : { ...node, content };
  };
  const out = walk(doc) ?? { type: 'doc', content: [] };
  // A document must keep one block.
  if (out.type === 'doc' && (out.content ?? []).length === 0) return { doc: { ...out, content: [{ type: 'paragraph' }] }, removed };
  return { doc: out, removed };
}
