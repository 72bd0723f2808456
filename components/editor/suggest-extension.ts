'use client';

// "Chế độ gợi ý" in the editor (issue 23): @handlewithcare/prosemirror-suggest-changes turns each
// transaction into a suggestion while the mode is on (through Tiptap's extension dispatchTransaction
// hook), and this extension stamps every new suggestion mark with the current user's id and the time,
// which the plugin does not know about. A suggestion continued by typing keeps its first stamp.
import {
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes';
import { Extension } from '@tiptap/core';
import type { Mark } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isSuggestionMarkName } from '@/lib/content/suggestions-json';

export interface SuggestChangesOptions {
  /** The signed-in user: the author of the suggestions typed here. */
  userId: string;
}

const stampKey = new PluginKey('suggestionStamp');

const newId = () => crypto.randomUUID();

export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',
  addOptions: () => ({ userId: '' }),

  addProseMirrorPlugins() {
    const userId = this.options.userId;
    return [
      suggestChanges(),
      new Plugin({
        key: stampKey,
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          // Stamps already in the document, by suggestion id (a continued suggestion keeps its own).
          const stamps = new Map<string, { authorId: string; createdAt: string }>();
          const unstamped: Array<{ pos: number; size: number; mark: Mark; inline: boolean }> = [];
          state.doc.descendants((node, pos) => {
            for (const mark of node.marks) {
              if (!isSuggestionMarkName(mark.type.name)) continue;
              if (mark.attrs.authorId) stamps.set(String(mark.attrs.id), { authorId: mark.attrs.authorId as string, createdAt: mark.attrs.createdAt as string });
              else unstamped.push({ pos, size: node.nodeSize, mark, inline: node.isInline });
            }
            return true;
          });
          if (unstamped.length === 0) return null;
          const now = new Date().toISOString();
          const tr = state.tr;
          for (const { pos, size, mark, inline } of unstamped) {
            const stamp = stamps.get(String(mark.attrs.id)) ?? { authorId: userId, createdAt: now };
            stamps.set(String(mark.attrs.id), stamp);
            const stamped = mark.type.create({ ...mark.attrs, ...stamp });
            if (inline) {
              tr.removeMark(pos, pos + size, mark);
              tr.addMark(pos, pos + size, stamped);
            } else {
              tr.removeNodeMark(pos, mark);
              tr.addNodeMark(pos, stamped);
            }
          }
          // Not itself a suggestion: the stamp only completes one.
          tr.setMeta(suggestChangesKey, { skip: true });
          tr.setMeta('addToHistory', false);
          return tr;
        },
      }),
    ];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    // Co-editing: a change that arrives from someone else (isChangeOrigin) is theirs, already tracked or not by their editor.
    const ySync = (transaction.getMeta('y-sync$') ?? {}) as { isUndoRedoOperation?: boolean; isChangeOrigin?: boolean };
    const skip = 'skip' in ((transaction.getMeta(suggestChangesKey) as object | undefined) ?? {});
    const track = isSuggestChangesEnabled(state) && transaction.docChanged && !transaction.getMeta('history$') && !ySync.isUndoRedoOperation && !ySync.isChangeOrigin && !skip;
    next(track ? transformToSuggestionTransaction(transaction, state, newId) : transaction);
  },
});
