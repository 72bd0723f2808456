// The agency pages (about, functions and tasks) are kept by staff as plain text in a settings form:
// a blank line starts a new paragraph, lines starting with "- " form a bulleted list, a line
// starting with "## " is a subheading. Stored as Tiptap JSON so readers get the same renderer.
import type { JSONContent } from './types';

/** Bound on what a settings form may hold for one page (Decree 42 pages are a few screens long). */
export const MAX_PAGE_TEXT = 20_000;

export type PageTextResult = { ok: true; doc: JSONContent | null } | { ok: false; message: string };

/** The refusal for a page text over MAX_PAGE_TEXT, in the words the settings form shows. */
export function pageTextTooLong(label: string, length: number): string {
  return `${label} dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${MAX_PAGE_TEXT.toLocaleString('vi-VN')} ký tự: hãy rút gọn rồi lưu lại.`;
}

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Where the text after a marker starts ("- ", "## "): the marker, then at least one space; else -1. */
function afterMarker(line: string, marker: string): number {
  if (!line.startsWith(marker) || !isSpace(line[marker.length])) return -1;
  let i = marker.length;
  while (isSpace(line[i])) i++;
  return i;
}

/**
 * The stored body of a page text, or null for an empty one. One pass over the lines, each looked at
 * a bounded number of times (no pattern that can backtrack), after refusing text over MAX_PAGE_TEXT:
 * the form's bound is checked here too, so no caller can hand the parser more.
 */
export function pageTextToDoc(text: string, label = 'Nội dung trang'): PageTextResult {
  if (text.length > MAX_PAGE_TEXT) return { ok: false, message: pageTextTooLong(label, text.length) };
  const blocks: JSONContent[] = [];
  let items: JSONContent[] = [];
  let lines: string[] = [];
  const flushParagraph = () => {
    const joined = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push(paragraph(joined));
    lines = [];
  };
  const flushList = () => {
    if (items.length) blocks.push({ type: 'bulletList', content: items });
    items = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const item = Math.max(afterMarker(line, '-'), afterMarker(line, '•'), afterMarker(line, '*'));
    const heading = afterMarker(line, '##');
    if (!line) {
      flushParagraph();
      flushList();
    } else if (item > 0) {
      flushParagraph();
      items.push({ type: 'listItem', content: [paragraph(line.slice(item))] });
    } else if (heading > 0) {
      flushParagraph();
      flushList();
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line.slice(heading) }] });
    } else {
      flushList();
      lines.push(line);
    }
  }
  flushParagraph();
  flushList();
  return { ok: true, doc: blocks.length ? { type: 'doc', content: blocks } : null };
}

function inlineText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(inlineText).join('');
}

/** The form's text of a stored page; anything richer than the form writes is kept as its text. */
export function docToPageText(doc: unknown): string {
  if (!doc || typeof doc !== 'object' || (doc as JSONContent).type !== 'doc') return '';
  const out: string[] = [];
  for (const block of (doc as JSONContent).content ?? []) {
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      out.push((block.content ?? []).map((item) => `- ${inlineText(item).trim()}`).join('\n'));
    } else if (block.type === 'heading') {
      out.push(`## ${inlineText(block).trim()}`);
    } else {
      const text = inlineText(block).trim();
      if (text) out.push(text);
    }
  }
  return out.join('\n\n');
}
