// A card for a document of the registry (văn bản): the body stores only the document's id; readers
// get its number, type, issue date, summary and files as the registry has them when the page is
// rendered, and nothing at all while the document is not published.
import { Node, mergeAttributes } from '@tiptap/core';
import { bodyIds } from './body-ids';
import type { JSONContent } from './types';

/**
 * Cards in one body, counted as blocks (the same document twice counts twice): each renders its
 * document's text and files, and a page loads them all in one bounded query (lib/data/documents/cards.ts).
 */
export const MAX_DOCUMENT_CARDS = 50;

export const DocumentCard = Node.create({
  name: 'documentCard',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      documentId: { default: null, parseHTML: (el) => el.getAttribute('data-document-id') },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-document-id]' }];
  },

  renderHTML({ node }) {
    return ['div', mergeAttributes({ 'data-document-id': node.attrs.documentId as string | null }), 'Văn bản'];
  },
});

/** What a reader's card shows of a published document (loaded by lib/data/documents/cards.ts). */
export interface DocumentCardView {
  slug: string;
  numberSymbol: string;
  typeName: string;
  /** yyyy-mm-dd, a calendar day. */
  issuedOn: string;
  summary: string;
  files: Array<{ id: string; format: string; byteSize: number; originalFilename: string }>;
}

/** Document ids a body embeds, so a page can load their cards in one query. */
export function documentCardIds(doc: JSONContent): string[] {
  return bodyIds(doc, (node) => (node.type === 'documentCard' ? [node.attrs?.documentId] : []));
}
