// Comment threads anchored to text (issue 23): the anchor is a `comment` mark carrying the thread's
// id; the thread itself (quote, replies, status) lives in the article_threads tables. The mark is
// staff-only: readers, feeds, search, "Lưu bài" and the public API never get it (the renderer has
// no case for it and public reads strip it with withoutCommentMarks).
import { Transform } from '@tiptap/pm/transform';
import type { Node as PMNode } from '@tiptap/pm/model';
import { contentSchema } from './schema';
import type { JSONContent, MarkJSON } from './types';
import { COMMENT_MARK, isThreadId } from './marks';

export { COMMENT_MARK, isThreadId };

const isComment = (mark: MarkJSON) => mark.type === COMMENT_MARK;

/** The thread ids a body anchors, each once, lower case. */
export function commentThreadIds(doc: JSONContent): string[] {
  const ids = new Set<string>();
  const walk = (node: JSONContent) => {
    for (const mark of (node.marks ?? []) as MarkJSON[]) if (isComment(mark) && isThreadId(mark.attrs?.threadId)) ids.add(mark.attrs.threadId.toLowerCase());
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return [...ids];
}

const sameMarks = (a: MarkJSON[] | undefined, b: MarkJSON[] | undefined) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/** The body as readers get it: comment marks removed, neighbouring text with equal marks joined. */
export function withoutCommentMarks(doc: JSONContent): JSONContent {
  const strip = (node: JSONContent): JSONContent => {
    let next = node;
    if (node.marks?.some((m) => isComment(m as MarkJSON))) {
      const marks = (node.marks as MarkJSON[]).filter((m) => !isComment(m));
      next = { ...node, marks };
      if (marks.length === 0) delete next.marks;
    }
    if (!Array.isArray(node.content)) return next;
    const content: JSONContent[] = [];
    for (const child of node.content.map(strip)) {
      const last = content[content.length - 1];
      if (last?.type === 'text' && child.type === 'text' && sameMarks(last.marks as MarkJSON[], child.marks as MarkJSON[])) {
        content[content.length - 1] = { ...last, text: `${last.text ?? ''}${child.text ?? ''}` };
      } else content.push(child);
    }
    return { ...next, content };
  };
  return strip(doc);
}

/** The text each thread's comment mark covers (first marked run to its last, joined), by thread id. */
export function commentQuotes(doc: JSONContent): Map<string, string> {
  const quotes = new Map<string, string>();
  let node: PMNode;
  try {
    node = contentSchema.nodeFromJSON(doc);
  } catch {
    return quotes;
  }
  const type = contentSchema.marks[COMMENT_MARK]!;
  node.descendants((child) => {
    if (!child.isText) return true;
    for (const mark of child.marks) {
      if (mark.type !== type || !isThreadId(mark.attrs.threadId)) continue;
      const id = String(mark.attrs.threadId).toLowerCase();
      quotes.set(id, `${quotes.get(id) ?? ''}${child.text ?? ''}`);
    }
    return false;
  });
  return quotes;
}

/**
 * After a save conflict, "keep mine" must not silently drop anchors that exist only in the other
 * version (a thread opened meanwhile): each such anchor is put on the same words in mine, where they
 * still are. Returns the body and the ids that could not be carried (their words are not in mine).
 */
export function carryCommentAnchors(mine: JSONContent, theirs: JSONContent): { body: JSONContent; lost: string[] } {
  const have = new Set(commentThreadIds(mine));
  let body = mine;
  const lost: string[] = [];
  for (const [id, quote] of commentQuotes(theirs)) {
    if (have.has(id)) continue;
    const anchored = anchorComment(body, quote, id);
    if (anchored.ok) body = anchored.body;
    else lost.push(id);
  }
  return { body, lost };
}

export type AnchorResult = { ok: true; body: JSONContent; from: number; to: number } | { ok: false; reason: 'not_found' | 'invalid_body' };

/**
 * Adds the thread's comment mark over the first occurrence of `quote` in the body, in document
 * order. A quote is matched inside one paragraph, heading or cell (the text a person selects there);
 * a line break or an inline block between words is not text, so a quote cannot span it.
 */
export function anchorComment(body: JSONContent, quote: string, threadId: string, at?: { from: number; to: number }): AnchorResult {
  if (quote.length === 0 || !isThreadId(threadId)) return { ok: false, reason: 'not_found' };
  let doc: PMNode;
  try {
    doc = contentSchema.nodeFromJSON(body);
  } catch {
    return { ok: false, reason: 'invalid_body' };
  }
  let found: { from: number; to: number } | null = null;
  // A range the person selected (the editor knows which occurrence): used when it holds exactly the
  // quote inside one textblock; otherwise the first occurrence is searched for as for the API.
  if (at && Number.isInteger(at.from) && Number.isInteger(at.to) && at.from >= 0 && at.to <= doc.content.size && at.from < at.to) {
    const $from = doc.resolve(at.from);
    if ($from.parent.isTextblock && $from.sameParent(doc.resolve(at.to)) && doc.textBetween(at.from, at.to, '\u0000', '\u0000') === quote) found = { from: at.from, to: at.to };
  }
  if (!found) doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    // Offsets of the block's characters in the document; inline non-text nodes break the text.
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      if (child.isText) {
        for (let i = 0; i < child.text!.length; i += 1) positions.push(start + i);
        text += child.text;
      } else {
        positions.push(start);
        text += '\u0000';
      }
    });
    const at = text.indexOf(quote);
    if (at >= 0) found = { from: positions[at]!, to: positions[at + quote.length - 1]! + 1 };
    return false;
  });
  if (!found) return { ok: false, reason: 'not_found' };
  const { from, to } = found as { from: number; to: number };
  const transform = new Transform(doc).addMark(from, to, contentSchema.marks[COMMENT_MARK]!.create({ threadId: threadId.toLowerCase() }));
  return { ok: true, body: transform.doc.toJSON() as JSONContent, from, to };
}
