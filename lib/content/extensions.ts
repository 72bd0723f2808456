// THE extension list. The editor, the server validator and the HTML importer all use it, so what a
// writer can make is exactly what the server accepts and the reader renderer knows.
import type { Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';
import { DocumentCard } from './document-card';
import { Figure } from './figure';
import { Gallery } from './gallery';
import { Video } from './video';
import { CommentMark, Subscript, Superscript } from './marks';
import { Deletion, Insertion, Modification, SuggestableDocument } from './suggestion-marks';

export const HEADING_LEVELS = [2, 3, 4] as const;
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;
export const TEXT_ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;

export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return false;
  // Control characters and whitespace can hide a scheme ("java\tscript:").
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return false;
  // A path on this site ("/bai-viet/…"): never "//host" or "/\\host", which browsers read as another site.
  if (href.startsWith('/')) return !/^\/[\/\\]/.test(href);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme);
}

export const contentExtensions: Extensions = [
  StarterKit.configure({
    code: false,
    document: false,
    codeBlock: false,
    heading: { levels: [...HEADING_LEVELS] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [...LINK_PROTOCOLS],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    },
  }),
  Subscript,
  Superscript,
  TextAlign.configure({ types: ['heading', 'paragraph'], alignments: [...TEXT_ALIGNMENTS] }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  Figure,
  Gallery,
  Video,
  DocumentCard,
  CommentMark,
  SuggestableDocument,
  Insertion,
  Deletion,
  Modification,
];
