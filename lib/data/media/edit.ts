// Changing a library item's text, and deleting an item no story uses.
import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, media } from '@/db/schema';
import { requestLogger } from '@/lib/log/logger';
import { displayFilename } from '@/lib/media/filename';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { assertMedia, assertMediaId, inUse, storedKeysOf, type MediaItem } from './items';
import { getMediaItem } from './library';
import { mediaTextSchema } from './upload';

export const mediaPatchSchema = z
  .strictObject(
    { ...mediaTextSchema.shape, originalFilename: z.string().trim().min(1, 'Tên tệp không được để trống.').max(200, 'Tên tệp dài quá 200 ký tự.') },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? 'Chỉ sửa được alt, caption, credit và originalFilename.' : undefined) },
  )
  .partial();

export type MediaPatch = z.input<typeof mediaPatchSchema>;

/**
 * Saves caption, credit, alt text or the display name. An image's alt text may be changed but not
 * emptied: figures copy it, and a photo without one cannot go into a story.
 */
export async function updateMediaMetadata(viewer: Viewer, id: string, input: unknown): Promise<MediaItem> {
  assertMedia(viewer, 'media.edit');
  assertMediaId(id);
  const parsed = mediaPatchSchema.safeParse(input ?? {});
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  const patch = parsed.data;
  const [row] = await db
    .select({ kind: media.kind })
    .from(media)
    .where(and(eq(media.id, id), isNull(media.deletedAt)))
    .limit(1);
  if (!row) throw new DataError('not_found', 'Không tìm thấy tệp trong thư viện (có thể đã bị xóa).');
  if (row.kind === 'image' && patch.alt !== undefined && patch.alt === '') {
    throw new DataError('invalid', 'Hãy nhập mô tả thay thế (alt): người dùng trình đọc màn hình nghe mô tả này thay cho ảnh.');
  }
  const values = {
    ...(patch.alt !== undefined ? { alt: patch.alt } : {}),
    ...(patch.caption !== undefined ? { caption: patch.caption } : {}),
    ...(patch.credit !== undefined ? { credit: patch.credit } : {}),
    ...(patch.originalFilename !== undefined ? { originalFilename: displayFilename(patch.originalFilename) || 'tep' } : {}),
  };
  if (Object.keys(values).length > 0) {
    const updated = await db
      .update(media)
      .set(values)
      .where(and(eq(media.id, id), isNull(media.deletedAt)))
      .returning({ id: media.id });
    if (updated.length === 0) throw new DataError('not_found', 'Không tìm thấy tệp trong thư viện (có thể đã bị xóa).');
  }
  return getMediaItem(viewer, id);
}

/**
 * Deletes an item that no article uses in its current or live revision. The row is locked while
 * usage is checked; a save that starts using the item meanwhile waits on that lock (the revision
 * trigger takes FOR SHARE) and is then refused, so a story never ends up with a deleted photo.
 * The row stays, marked deleted, for history; the files go from the store.
 */
export async function deleteMedia(viewer: Viewer, id: string, options: { storage?: MediaStorage } = {}): Promise<{ deleted: true }> {
  assertMediaId(id);
  const keys = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ uploadedBy: media.uploadedBy, storageKey: media.storageKey, variants: media.variants, video: media.video, filename: media.originalFilename, used: inUse() })
      .from(media)
      .where(and(eq(media.id, id), isNull(media.deletedAt)))
      .for('update', { of: media });
    if (!row) throw new DataError('not_found', 'Không tìm thấy tệp trong thư viện (có thể đã bị xóa).');
    assertMedia(viewer, 'media.delete', { uploadedBy: row.uploadedBy });
    if (row.used) {
      throw new DataError('conflict', 'Không xóa được: tệp đang được dùng trong bài viết. Hãy gỡ ảnh/tài liệu khỏi các bài trong mục “Được dùng trong” trước.');
    }
    await tx.update(media).set({ deletedAt: sql`now()` }).where(eq(media.id, id));
    await tx.insert(auditLog).values({
      actorId: viewer.kind === 'user' ? viewer.id : null,
      action: 'media.deleted',
      targetType: 'media',
      targetId: id,
      data: { filename: row.filename },
    });
    return storedKeysOf(row);
  });
  // After the commit: a failed removal leaves an unreachable file, never a row pointing at nothing.
  const storage = options.storage ?? mediaStorage();
  const failures: Array<{ key: string; error: unknown }> = [];
  await Promise.all(keys.map((key) => storage.remove(key).catch((error: unknown) => void failures.push({ key, error }))));
  if (failures.length > 0) {
    const log = await requestLogger({ area: 'media', mediaId: id });
    for (const { key, error } of failures) log.error({ key, err: error }, 'could not remove a media file');
  }
  return { deleted: true };
}
