// PURE. Tiptap JSON <-> Yjs document state, with the one schema of lib/content. Uses @tiptap/y-tiptap,
// the binding @tiptap/extension-collaboration (3.32.2) itself uses, and its default fragment name, so
// a document built here on the server is exactly what the browser's Collaboration extension edits.
import { prosemirrorJSONToYDoc, updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { contentSchema } from './schema';
import type { JSONContent } from './types';

/** The Y.XmlFragment name Tiptap's Collaboration extension uses when `field` is not set. */
export const COLLAB_FRAGMENT = 'default';

/** The Yjs state (an update from the empty document) holding this Tiptap document. */
export function yStateFromContent(body: JSONContent): Uint8Array {
  const doc = prosemirrorJSONToYDoc(contentSchema, body, COLLAB_FRAGMENT);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The Tiptap JSON a Yjs document holds now. */
export function contentFromYDoc(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(COLLAB_FRAGMENT)) as JSONContent;
}

/**
 * Makes the document hold `body`, changing only what differs (y-tiptap's own reconciliation, the
 * one the editor binding uses): unchanged paragraphs keep their Yjs identity, so edits others make
 * concurrently in them still merge.
 */
export function applyContentToYDoc(doc: Y.Doc, body: JSONContent, origin: unknown = null): void {
  const node = contentSchema.nodeFromJSON(body);
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(COLLAB_FRAGMENT), node, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}

/**
 * A change made outside the live document (a save through the API) as a Yjs update against the
 * state the live document was last in step with (`base`): the update turns base into a document
 * holding `body`. Applied to a live document that has moved on since base, Yjs merges it as a
 * concurrent edit, so neither what was typed meanwhile nor the outside change is lost. Returns the
 * update and the new base (base plus the change).
 */
export function changeFromBase(base: Uint8Array, body: JSONContent): { update: Uint8Array; state: Uint8Array } {
  const fork = new Y.Doc();
  try {
    Y.applyUpdate(fork, base);
    const before = Y.encodeStateVector(fork);
    applyContentToYDoc(fork, body);
    return { update: Y.encodeStateAsUpdate(fork, before), state: Y.encodeStateAsUpdate(fork) };
  } finally {
    fork.destroy();
  }
}

/** A paragraph of plain text added at the end, in one transaction, as a client typing it would (tests and fault scenarios write this way). */
export function appendYParagraph(doc: Y.Doc, text: string): void {
  doc.transact(() => {
    const run = new Y.XmlText();
    run.insert(0, text);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [run]);
    doc.getXmlFragment(COLLAB_FRAGMENT).push([paragraph]);
  });
}
