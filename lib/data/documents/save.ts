import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, like, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, documentArticles, documentFiles, documentLinks, documents, documentTypes, people } from '@/db/schema';
import { lineageProblem, type Link } from '@/lib/documents/lineage';
import { numberKey, uniqueDocumentKey } from '@/lib/documents/number';
import { mediaLimits, type MediaLimits } from '@/lib/media/limits';
import { MediaRejection } from '@/lib/media/prepare-upload';
import { prepareDocumentFile, type PreparedDocumentFile } from '@/lib/media/prepare-document-file';
import { displayFilename, filenameWithFormat } from '@/lib/media/filename';
import { documentStorageKey, mediaStorage, type MediaStorage } from '@/lib/media/storage';
import type { Viewer } from '@/lib/policy/roles';
import { foldVietnamese } from '@/lib/search/fold';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import { isUniqueViolation } from '../articles/tx';
import { DataError } from '../errors';
import { storiesEmbeddingDocument } from './cards';
import { assertDocumentEditor, auditDocument, dmy, parseDocumentInput, revalidateDocumentSurfaces, type DocumentInput, type Executor } from './shared';

export interface DocumentFileInput {
  bytes: Buffer;
  filename: string;
}

export interface SaveOptions {
  limits?: MediaLimits;
  storage?: MediaStorage;
}

export const MAX_FILES_PER_DOCUMENT = 5;

/** Checks every file before anything is written: one bad file refuses the whole save. */
async function prepareFiles(files: DocumentFileInput[], limits: MediaLimits): Promise<Array<PreparedDocumentFile & { filename: string }>> {
  const out: Array<PreparedDocumentFile & { filename: string }> = [];
  for (const file of files) {
    try {
      const prepared = await prepareDocumentFile(file.bytes, limits);
      // The name keeps the uploader's words but the extension of the format it was checked as:
      // a DOCX named .pdf or .docm is stored, shown and downloaded as .docx.
      out.push({ ...prepared, filename: filenameWithFormat(file.filename, prepared.format) });
    } catch (error) {
      if (error instanceof MediaRejection) throw new DataError('invalid', `Tệp “${displayFilename(file.filename)}”: ${error.userMessage}`, { status: error.status, reason: error.code });
      throw error;
    }
  }
  return out;
}

/** Writes the files to the store (removed again by the caller if the transaction fails). */
async function storeFiles(prepared: Array<PreparedDocumentFile & { filename: string }>, storage: MediaStorage) {
  const rows: Array<typeof documentFiles.$inferInsert & { storageKey: string }> = [];
  for (const file of prepared) {
    const id = randomUUID();
    // Not derived from the public id, and under doc/, which /media/… refuses: only the download
    // route, which checks publication, serves it.
    const storageKey = documentStorageKey(file.format);
    await storage.put(storageKey, file.bytes);
    rows.push({ id, documentId: '', storageKey, originalFilename: file.filename, format: file.format, mimeType: file.mimeType, byteSize: file.byteSize, sha256: file.sha256 });
  }
  return rows;
}

function searchTextOf(input: DocumentInput, typeName: string): string {
  return foldVietnamese([typeName, input.numberSymbol, input.issuer, input.summary, input.field, input.signerName, input.signerTitle].join(' ')).replace(/\s+/g, ' ');
}

async function checkReferences(tx: Executor, documentId: string, input: DocumentInput) {
  const [type] = await tx.select({ name: documentTypes.name }).from(documentTypes).where(eq(documentTypes.id, input.typeId));
  if (!type) throw new DataError('invalid', 'Loại văn bản đã chọn không còn trong danh mục: hãy chọn lại.');
  if (input.signerPersonId) {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.signerPersonId));
    if (!person) throw new DataError('invalid', 'Người ký đã chọn không có trong danh mục nhân vật: hãy chọn lại.');
  }
  const uniqueKey = uniqueDocumentKey(input.numberSymbol, input.issuedOn, input.issuer);
  const [same] = await tx
    .select({ id: documents.id, numberSymbol: documents.numberSymbol, issuer: documents.issuer, issuedOn: documents.issuedOn, summary: documents.summary })
    .from(documents)
    .where(and(eq(documents.uniqueKey, uniqueKey), ne(documents.id, documentId)));
  if (same) {
    throw new DataError(
      'conflict',
      `Văn bản số ${same.numberSymbol} của ${same.issuer} (ban hành ngày ${dmy(same.issuedOn)}, “${same.summary.slice(0, 120)}”) đã có trong danh mục. Hãy mở văn bản đó để sửa thay vì tạo văn bản mới.`,
      { link: { href: `/toa-soan/van-ban/${same.id}`, label: `Mở văn bản ${same.numberSymbol}` }, existingId: same.id },
    );
  }
  const targetIds = [...new Set(input.links.map((l) => l.targetId))];
  if (targetIds.includes(documentId)) throw new DataError('invalid', 'Một văn bản không thể sửa đổi, thay thế hay bãi bỏ chính nó: hãy bỏ liên kết tới chính văn bản này.');
  if (targetIds.length) {
    const found = await tx.select({ id: documents.id }).from(documents).where(inArray(documents.id, targetIds));
    if (found.length !== targetIds.length) throw new DataError('invalid', 'Một văn bản liên quan đã chọn không còn trong danh mục: hãy chọn lại.');
  }
  const articleIds = [...new Set(input.articleIds)];
  if (articleIds.length) {
    const found = await tx.select({ id: articles.id }).from(articles).where(inArray(articles.id, articleIds));
    if (found.length !== articleIds.length) throw new DataError('invalid', 'Một bài viết liên quan đã chọn không còn: hãy chọn lại.');
  }
  // Replacement circles: serialised so two saves cannot each close half of one.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('document-lineage'))`);
  const links: Link[] = input.links.map((l) => ({ from: documentId, to: l.targetId, relation: l.relation }));
  if (links.some((l) => l.relation === 'replaces')) {
    const existing = await tx.select({ from: documentLinks.documentId, to: documentLinks.targetId, relation: documentLinks.relation }).from(documentLinks).where(eq(documentLinks.relation, 'replaces')).limit(50_000);
    const problem = lineageProblem(documentId, links, existing);
    if (problem === 'cycle') {
      throw new DataError('invalid', 'Không thể lưu: các văn bản thay thế nhau thành vòng tròn (văn bản này thay thế một văn bản mà, trực tiếp hay gián tiếp, lại thay thế văn bản này). Hãy bỏ liên kết “Thay thế” sai.');
    }
  }
  return { typeName: type.name, uniqueKey, articleIds };
}

async function freeSlug(tx: Executor, typeName: string, input: DocumentInput): Promise<string> {
  const base = slugify(`${typeName} ${input.numberSymbol} ${input.issuedOn.slice(0, 4)}`).slice(0, 100) || 'van-ban';
  const rows = await tx.select({ slug: documents.slug }).from(documents).where(like(documents.slug, `${base}%`));
  return uniqueSlug(base, new Set(rows.map((r) => r.slug)));
}

/** The columns a save writes from the checked input (create and update alike). */
function documentColumns(input: DocumentInput, checked: { typeName: string; uniqueKey: string }) {
  return {
    typeId: input.typeId,
    issuer: input.issuer,
    numberSymbol: input.numberSymbol,
    numberKey: numberKey(input.numberSymbol),
    uniqueKey: checked.uniqueKey,
    issuedOn: input.issuedOn,
    effectiveOn: input.effectiveOn,
    expiresOn: input.expiresOn,
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    signerPersonId: input.signerPersonId,
    summary: input.summary,
    field: input.field,
    searchText: searchTextOf(input, checked.typeName),
  };
}

/** Creates a draft document with its links, related stories and files, in one transaction. */
export async function createDocument(viewer: Viewer, rawInput: unknown, files: DocumentFileInput[] = [], options: SaveOptions = {}) {
  assertDocumentEditor(viewer);
  const input = parseDocumentInput(rawInput);
  if (files.length > MAX_FILES_PER_DOCUMENT) throw new DataError('invalid', `Một văn bản có tối đa ${MAX_FILES_PER_DOCUMENT} tệp.`);
  const prepared = await prepareFiles(files, options.limits ?? mediaLimits());
  const storage = options.storage ?? mediaStorage();
  const fileRows = await storeFiles(prepared, storage);
  const id = randomUUID();
  try {
    const row = await db.transaction(async (tx) => {
      const checked = await checkReferences(tx, id, input);
      const [doc] = await tx
        .insert(documents)
        .values({
          id,
          slug: await freeSlug(tx, checked.typeName, input),
          ...documentColumns(input, checked),
          createdBy: viewer.kind === 'user' ? viewer.id : null,
        })
        .returning();
      await writeLinks(tx, id, input, checked.articleIds);
      if (fileRows.length) await tx.insert(documentFiles).values(fileRows.map((f) => ({ ...f, documentId: id })));
      await auditDocument(tx, viewer, 'document.created', id, { numberSymbol: input.numberSymbol, issuer: input.issuer, files: fileRows.map((f) => f.originalFilename), links: input.links });
      return doc!;
    });
    return row;
  } catch (error) {
    await Promise.all(fileRows.map((f) => storage.remove(f.storageKey).catch(() => {})));
    if (isUniqueViolation(error)) throw new DataError('conflict', `Văn bản số ${input.numberSymbol} của ${input.issuer} vừa được người khác tạo. Hãy tìm văn bản đó trong danh sách.`);
    throw error;
  }
}

async function writeLinks(tx: Executor, id: string, input: DocumentInput, articleIds: string[]) {
  await tx.delete(documentLinks).where(eq(documentLinks.documentId, id));
  await tx.delete(documentArticles).where(eq(documentArticles.documentId, id));
  const unique = new Map(input.links.map((l) => [`${l.targetId}:${l.relation}`, l]));
  if (unique.size) await tx.insert(documentLinks).values([...unique.values()].map((l) => ({ documentId: id, targetId: l.targetId, relation: l.relation })));
  if (articleIds.length) await tx.insert(documentArticles).values(articleIds.map((articleId) => ({ documentId: id, articleId })));
}

/**
 * Saves the fields, links and related stories of a document and adds any new files; `version` is
 * the one the editor saw, so two people cannot overwrite each other unnoticed.
 */
export async function updateDocument(viewer: Viewer, id: string, version: number, rawInput: unknown, files: DocumentFileInput[] = [], options: SaveOptions = {}) {
  assertDocumentEditor(viewer);
  const input = parseDocumentInput(rawInput);
  const [current] = await db.select({ id: documents.id, status: documents.status }).from(documents).where(eq(documents.id, id));
  if (!current) throw new DataError('not_found', 'Không tìm thấy văn bản.');
  const existingFiles = await db.select({ id: documentFiles.id }).from(documentFiles).where(eq(documentFiles.documentId, id));
  if (existingFiles.length + files.length > MAX_FILES_PER_DOCUMENT) throw new DataError('invalid', `Một văn bản có tối đa ${MAX_FILES_PER_DOCUMENT} tệp: hãy gỡ bớt tệp cũ trước.`);
  const prepared = await prepareFiles(files, options.limits ?? mediaLimits());
  const storage = options.storage ?? mediaStorage();
  const fileRows = await storeFiles(prepared, storage);
  const before = await relatedIds(id);
  try {
    await db.transaction(async (tx) => {
      const checked = await checkReferences(tx, id, input);
      const updated = await tx
        .update(documents)
        .set({
          ...documentColumns(input, checked),
          version: sql`${documents.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(documents.id, id), eq(documents.version, version)))
        .returning({ id: documents.id });
      if (updated.length === 0) throw new DataError('conflict', 'Văn bản vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.');
      await writeLinks(tx, id, input, checked.articleIds);
      if (fileRows.length) await tx.insert(documentFiles).values(fileRows.map((f) => ({ ...f, documentId: id })));
      await auditDocument(tx, viewer, 'document.updated', id, { numberSymbol: input.numberSymbol, issuer: input.issuer, addedFiles: fileRows.map((f) => f.originalFilename), links: input.links });
    });
  } catch (error) {
    await Promise.all(fileRows.map((f) => storage.remove(f.storageKey).catch(() => {})));
    if (isUniqueViolation(error)) throw new DataError('conflict', `Văn bản số ${input.numberSymbol} của ${input.issuer} đã có trong danh mục.`);
    throw error;
  }
  if (current.status === 'published') {
    const after = await relatedIds(id);
    await revalidateDocumentSurfaces([id, ...before.documents, ...after.documents], [...before.articles, ...after.articles]);
  }
}

/** The documents linked to or from one document, and its related stories (their pages show it). */
export async function relatedIds(id: string): Promise<{ documents: string[]; articles: string[] }> {
  const [out, incoming, stories, embedding] = await Promise.all([
    db.select({ id: documentLinks.targetId }).from(documentLinks).where(eq(documentLinks.documentId, id)),
    db.select({ id: documentLinks.documentId }).from(documentLinks).where(eq(documentLinks.targetId, id)),
    db.select({ id: documentArticles.articleId }).from(documentArticles).where(eq(documentArticles.documentId, id)),
    // Stories showing the document in a card (lib/content/document-card.ts) render its text too.
    storiesEmbeddingDocument(id),
  ]);
  return { documents: [...out, ...incoming].map((r) => r.id), articles: [...new Set([...stories.map((r) => r.id), ...embedding])] };
}
