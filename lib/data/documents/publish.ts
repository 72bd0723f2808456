import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { documentFiles, documents, documentTypes } from '@/db/schema';
import { can } from '@/lib/policy/can';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { storiesEmbeddingDocument } from './cards';
import { relatedIds } from './save';
import { assertDocumentEditor, auditDocument, revalidateDocumentSurfaces } from './shared';

/** Publishes a draft or withdraws a published document (guarded by the version the editor saw). */
export async function setDocumentPublished(viewer: Viewer, id: string, version: number, publish: boolean): Promise<void> {
  assertDocumentEditor(viewer);
  const from = publish ? 'draft' : 'published';
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(documents)
      .set({ status: publish ? 'published' : 'draft', publishedAt: publish ? sql`coalesce(${documents.publishedAt}, now())` : documents.publishedAt, version: sql`${documents.version} + 1`, updatedAt: new Date() })
      .where(and(eq(documents.id, id), eq(documents.status, from), eq(documents.version, version)))
      .returning({ id: documents.id });
    if (changed.length === 0) {
      const [now] = await tx.select({ status: documents.status }).from(documents).where(eq(documents.id, id));
      if (!now) throw new DataError('not_found', 'Không tìm thấy văn bản.');
      throw new DataError('conflict', publish ? 'Văn bản đã được đăng hoặc vừa được người khác sửa. Hãy tải lại trang.' : 'Văn bản không ở trạng thái đã đăng hoặc vừa được người khác sửa. Hãy tải lại trang.');
    }
    await auditDocument(tx, viewer, publish ? 'document.published' : 'document.withdrawn', id, {});
  });
  const related = await relatedIds(id);
  await revalidateDocumentSurfaces([id, ...related.documents], related.articles);
}

/** Removes one file of a document (the row in the transaction, then the stored bytes). */
export async function removeDocumentFile(viewer: Viewer, fileId: string, storage: MediaStorage = mediaStorage()): Promise<void> {
  assertDocumentEditor(viewer);
  const removed = await db.transaction(async (tx) => {
    const [file] = await tx.delete(documentFiles).where(eq(documentFiles.id, fileId)).returning();
    if (!file) throw new DataError('not_found', 'Không tìm thấy tệp (có thể đã được gỡ).');
    await tx.update(documents).set({ version: sql`${documents.version} + 1`, updatedAt: new Date() }).where(eq(documents.id, file.documentId));
    await auditDocument(tx, viewer, 'document.file_removed', file.documentId, { filename: file.originalFilename });
    return file;
  });
  await storage.remove(removed.storageKey).catch(() => {});
  await revalidateDocumentSurfaces([removed.documentId], await storiesEmbeddingDocument(removed.documentId));
}

/** Adds a type of document to the list admins keep. */
export async function createDocumentType(viewer: Viewer, rawName: unknown): Promise<void> {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'document.types')) throw new DataError('forbidden', 'Chỉ quản trị viên sửa được danh mục loại văn bản.');
  const name = typeof rawName === 'string' ? rawName.trim().replace(/\s+/g, ' ') : '';
  if (!name) throw new DataError('invalid', 'Hãy nhập tên loại văn bản, ví dụ “Thông tư”.');
  if (name.length > 100) throw new DataError('invalid', 'Tên loại văn bản dài quá 100 ký tự.');
  await db.transaction(async (tx) => {
    const [same] = await tx.select({ id: documentTypes.id }).from(documentTypes).where(sql`lower(${documentTypes.name}) = lower(${name})`);
    if (same) throw new DataError('conflict', `Loại văn bản “${name}” đã có trong danh mục.`);
    const [{ max }] = (await tx.select({ max: sql<number>`coalesce(max(${documentTypes.sortOrder}), 0)::int` }).from(documentTypes)) as [{ max: number }];
    const [row] = await tx.insert(documentTypes).values({ name, sortOrder: Math.min(max + 1, 32000) }).returning();
    await auditDocument(tx, viewer, 'document.type_created', row!.id, { name });
  });
}
