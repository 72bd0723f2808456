'use client';

// Editor-only highlight of the words open comment threads anchor to (resolved ones are not
// highlighted), and of the thread picked in the panel. Decorations, not schema: what is stored and
// validated is only the shared `comment` mark (lib/content/marks.ts).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { COMMENT_MARK } from '@/lib/content/comment-marks';

export interface HighlightState {
  open: ReadonlySet<string>;
  active: string | null;
}

export const commentHighlightKey = new PluginKey<HighlightState>('commentHighlight');

function decorate(doc: PMNode, state: HighlightState): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== COMMENT_MARK) continue;
      const id = String(mark.attrs.threadId ?? '').toLowerCase();
      if (!state.open.has(id)) continue;
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: id === state.active ? 'comment-open comment-active' : 'comment-open' }));
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Where a thread's anchored words are now: the first to the last character carrying its mark. */
export function anchorRange(doc: PMNode, threadId: string): { from: number; to: number } | null {
  let range: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    if (node.marks.some((m) => m.type.name === COMMENT_MARK && String(m.attrs.threadId ?? '').toLowerCase() === threadId)) {
      range = range ? { from: range.from, to: pos + node.nodeSize } : { from: pos, to: pos + node.nodeSize };
    }
    return false;
  });
  return range;
}

export const CommentHighlight = Extension.create({
  name: 'commentHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<{ hl: HighlightState; set: DecorationSet }>({
        key: commentHighlightKey as unknown as PluginKey<{ hl: HighlightState; set: DecorationSet }>,
        state: {
          init: (_, { doc }) => {
            const hl: HighlightState = { open: new Set(), active: null };
            return { hl, set: decorate(doc, hl) };
          },
          apply: (tr, value) => {
            const next = tr.getMeta(commentHighlightKey) as HighlightState | undefined;
            if (next) return { hl: next, set: decorate(tr.doc, next) };
            if (tr.docChanged) return { hl: value.hl, set: decorate(tr.doc, value.hl) };
            return value;
          },
        },
        props: {
          decorations(state) {
            return (this as Plugin<{ hl: HighlightState; set: DecorationSet }>).getState(state)?.set ?? null;
          },
        },
      }),
    ];
  },
});
