import { galleryItems } from './gallery';
import { stripSuggestionsJSON } from './suggestions-json';
import type { JSONContent } from './types';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableRow', 'figure', 'video', 'horizontalRule']);

/**
 * Readable plain text of a body: blocks on their own lines, figure captions included (for search and
 * feeds). Open suggestions count as rejected: suggested insertions are left out, deletions kept.
 */
export function bodyToPlainText(doc: JSONContent): string {
  const out: string[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === 'text') {
      out.push(node.text ?? '');
      return;
    }
    if (node.type === 'hardBreak') {
      out.push('\n');
      return;
    }
    if (node.type === 'tableCell' || node.type === 'tableHeader') out.push(' ');
    if (node.type === 'gallery') {
      for (const item of galleryItems(node.attrs)) out.push([item.caption, item.credit].filter(Boolean).join(' — '), '\n');
    }
    if (node.type === 'figure' || node.type === 'video') {
      const { caption, credit } = (node.attrs ?? {}) as { caption?: string; credit?: string };
      out.push([caption, credit].filter(Boolean).join(' — '));
    }
    for (const child of node.content ?? []) walk(child);
    if (node.type && BLOCKS.has(node.type)) out.push('\n');
  };
  walk(stripSuggestionsJSON(doc));
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Vietnamese readers at about 200 words a minute. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(wordCount(text) / 200));
}
