// PURE. Tiptap JSON <-> Yjs document state, with the one schema of lib/content. Uses @tiptap/y-tiptap,
// the binding @tiptap/extension-collaboration (3.32.2) itself uses, and its default fragment name, so
// a document built here on the server is exactly what the browser's Collaboration extension edits.
import { prosemirrorJSONToYDoc, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
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
