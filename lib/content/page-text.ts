// The agency pages (about, functions and tasks) are kept by staff as plain text in a settings form:
// a blank line starts a new paragraph, lines starting with "- " form a bulleted list, a line
// starting with "## " is a subheading. Stored as Tiptap JSON so readers get the same renderer.
import type { JSONContent } from './types';

/** Bound on what a settings form may hold for one page (Decree 42 pages are a few screens long). */
export const MAX_PAGE_TEXT = 20_000;

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export function pageTextToDoc(text: string): JSONContent | null {
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
    if (!line) {
      flushParagraph();
      flushList();
    } else if (/^[-•*]\s+/.test(line)) {
      flushParagraph();
      const item = line.replace(/^[-•*]\s+/, '');
      items.push({ type: 'listItem', content: [paragraph(item)] });
    } else if (/^##\s+/.test(line)) {
      flushParagraph();
      flushList();
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line.replace(/^##\s+/, '') }] });
    } else {
      flushList();
      lines.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks.length ? { type: 'doc', content: blocks } : null;
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
