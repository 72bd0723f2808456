// Subscript and superscript marks. The official extensions are not published at the pinned Tiptap
// version (every @tiptap/* must stay on one version), and each is a few lines. The comment mark is
// the staff-only anchor of a comment thread (lib/content/comment-marks.ts).
import { Mark, mergeAttributes } from '@tiptap/core';

export const Subscript = Mark.create({
  name: 'subscript',
  excludes: 'superscript',
  parseHTML: () => [{ tag: 'sub' }, { style: 'vertical-align', getAttrs: (value) => (value === 'sub' ? null : false) }],
  renderHTML: ({ HTMLAttributes }) => ['sub', mergeAttributes(HTMLAttributes), 0],
});

export const Superscript = Mark.create({
  name: 'superscript',
  excludes: 'subscript',
  parseHTML: () => [{ tag: 'sup' }, { style: 'vertical-align', getAttrs: (value) => (value === 'super' ? null : false) }],
  renderHTML: ({ HTMLAttributes }) => ['sup', mergeAttributes(HTMLAttributes), 0],
});

export const COMMENT_MARK = 'comment';
const THREAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isThreadId(value: unknown): value is string {
  return typeof value === 'string' && THREAD_ID.test(value);
}

export const CommentMark = Mark.create({
  name: COMMENT_MARK,
  // Typing at the edge of a commented phrase does not extend the anchor.
  inclusive: false,
  // Several threads may anchor to the same words.
  excludes: '',
  addAttributes: () => ({ threadId: { default: null, rendered: false } }),
  // Never parsed from HTML: pasted or imported markup cannot create or copy an anchor.
  parseHTML: () => [],
  renderHTML: ({ mark }) => ['span', { class: 'comment-anchor', 'data-thread-id': String(mark.attrs.threadId ?? '') }, 0],
});

