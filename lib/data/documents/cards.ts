import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, documentFiles, documents, documentTypes, revisions } from '@/db/schema';
import { MAX_DOCUMENT_CARDS, type DocumentCardView } from '@/lib/content/document-card';
import type { EditorCard } from '@/lib/documents/card-batch';
import { filenameWithFormat } from '@/lib/media/filename';
import type { Viewer } from '@/lib/policy/roles';
import { canUseEditorLookups } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { queryCondition } from './public';

// Document cards in stories: what readers see of the embedded documents (published ones only), the
// editor's bounded search for a document to embed, and which stories embed a document (so a change
// to the document revalidates them).

export const EMBED_SEARCH_LIMIT = 8;
const MAX_FILES_PER_CARD = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const cardColumns = { id: documents.id, slug: documents.slug, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuedOn: documents.issuedOn, summary: documents.summary };

async function withFiles(rows: Array<{ id: string } & Omit<DocumentCardView, 'files'>>): Promise<Map<string, DocumentCardView>> {
  const map = new Map<string, DocumentCardView>();
  if (rows.length === 0) return map;
  const files = await db
    .select({ id: documentFiles.id, documentId: documentFiles.documentId, format: documentFiles.format, byteSize: documentFiles.byteSize, originalFilename: documentFiles.originalFilename })
    .from(documentFiles)
    .where(inArray(documentFiles.documentId, rows.map((r) => r.id)))
    .orderBy(asc(documentFiles.createdAt))
    .limit(rows.length * MAX_FILES_PER_CARD);
  for (const { id, ...card } of rows) {
    const own = files.filter((f) => f.documentId === id).slice(0, MAX_FILES_PER_CARD);
    map.set(id, { ...card, files: own.map((f) => ({ id: f.id, format: f.format, byteSize: f.byteSize, originalFilename: filenameWithFormat(f.originalFilename, f.format) })) });
  }
  return map;
}

/** Cards of the published documents among `ids` (others are simply absent: readers see nothing of them). */
export async function documentCardMap(ids: string[]): Promise<Map<string, DocumentCardView>> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)))].slice(0, MAX_DOCUMENT_CARDS);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select(cardColumns)
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(and(inArray(documents.id, wanted), eq(documents.status, 'published')));
  return withFiles(rows);
}

function assertAllowed(viewer: Viewer) {
  const decision = canUseEditorLookups(viewer);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
}

export interface EmbeddableDocument {
  id: string;
  numberSymbol: string;
  typeName: string;
  issuedOn: string;
  summary: string;
}

/** Published documents matching a number ("45-NQ/TW", "nq 45") or words, newest first, a handful at most. */
export async function embeddableDocuments(viewer: Viewer, query: string): Promise<EmbeddableDocument[]> {
  assertAllowed(viewer);
  const condition = queryCondition(query.slice(0, 100));
  if (!condition) return [];
  return db
    .select({ id: documents.id, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuedOn: documents.issuedOn, summary: documents.summary })
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(and(eq(documents.status, 'published'), condition))
    .orderBy(desc(documents.issuedOn), asc(documents.numberSymbol))
    .limit(EMBED_SEARCH_LIMIT);
}

/**
 * The cards as the editor shows them, for every card of a body in one query (lib/documents/card-batch.ts
 * gathers them), with whether readers can see each (a draft or withdrawn document shows nothing).
 * Unknown ids are simply absent.
 */
export async function documentCardsForEditor(viewer: Viewer, ids: string[]): Promise<EditorCard[]> {
  assertAllowed(viewer);
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))].slice(0, MAX_DOCUMENT_CARDS);
  if (wanted.length === 0) return [];
  const rows = await db
    .select({ id: documents.id, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuedOn: documents.issuedOn, summary: documents.summary, status: documents.status })
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(inArray(documents.id, wanted));
  return rows.map(({ status, ...card }) => ({ ...card, published: status === 'published' }));
}

/**
 * Stories whose live revision embeds the document: their pages show its card. A scan of live
 * bodies with a JSON path, bounded in rows; a document changes rarely, so this runs rarely.
 */
export async function storiesEmbeddingDocument(id: string, limit = 200): Promise<string[]> {
  if (!UUID.test(id)) return [];
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .where(sql`jsonb_path_exists(${revisions.body}, 'strict $.** ? (@.type == "documentCard" && @.attrs.documentId == $id)', jsonb_build_object('id', ${id}::text))`)
    .limit(limit);
  return rows.map((r) => r.id);
}
