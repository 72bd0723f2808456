// WebVTT captions of a library video: set (a new key each time, so caches never serve the old
// text under the new name) or remove. The old file leaves the store after the row commits.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, media } from '@/db/schema';
import { log } from '@/lib/log/logger';
import { checkCaptions } from '@/lib/media/captions';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { assertMedia, assertMediaId, type MediaItem } from './items';
import { getMediaItem } from './library';
import { revalidateStoriesShowingVideo } from './video-stories';

const NOT_A_VIDEO = 'Chỉ video mới có tệp phụ đề. Hãy chọn một video trong thư viện.';
const GONE = 'Không tìm thấy tệp trong thư viện (có thể đã bị xóa).';

/** The cheap check before a request body is read. */
export function assertMayEditCaptions(viewer: Viewer): void {
  assertMedia(viewer, 'media.edit');
}

async function swapCaptions(viewer: Viewer, id: string, newKey: string | null): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ kind: media.kind, video: media.video })
      .from(media)
      .where(and(eq(media.id, id), isNull(media.deletedAt)))
      .for('update');
    if (!row) throw new DataError('not_found', GONE);
    if (row.kind !== 'video' || !row.video) throw new DataError('invalid', NOT_A_VIDEO, { status: 422, reason: 'not_a_video' });
    const patch = newKey ? sql`${media.video} || jsonb_build_object('captionsKey', ${newKey}::text)` : sql`${media.video} - 'captionsKey'`;
    await tx.update(media).set({ video: patch }).where(eq(media.id, id));
    await tx.insert(auditLog).values({
      actorId: viewer.kind === 'user' ? viewer.id : null,
      action: newKey ? 'media.captions_set' : 'media.captions_removed',
      targetType: 'media',
      targetId: id,
      data: {},
    });
    return row.video.captionsKey ?? null;
  });
}

async function removeQuietly(storage: MediaStorage, key: string | null, mediaId: string): Promise<void> {
  if (!key) return;
  await storage.remove(key).catch((error: unknown) => log.error({ area: 'media', mediaId, key, err: error }, 'could not remove old captions'));
}

/** Checks and stores a WebVTT file as the video's Vietnamese captions, replacing any before. */
export async function setVideoCaptions(viewer: Viewer, id: string, bytes: Uint8Array, options: { storage?: MediaStorage } = {}): Promise<MediaItem> {
  assertMedia(viewer, 'media.edit');
  assertMediaId(id);
  const checked = checkCaptions(bytes);
  if (!checked.ok) throw new DataError('invalid', checked.message, { status: 422, reason: 'bad_captions' });
  const storage = options.storage ?? mediaStorage();
  const key = `${id.slice(0, 2)}/${id}-captions-${randomBytes(4).toString('hex')}.vtt`;
  await storage.put(key, Buffer.from(checked.text, 'utf8'));
  let old: string | null;
  try {
    old = await swapCaptions(viewer, id, key);
  } catch (error) {
    await storage.remove(key).catch(() => {});
    throw error;
  }
  await removeQuietly(storage, old, id);
  await revalidateStoriesShowingVideo(id);
  return getMediaItem(viewer, id);
}

export async function removeVideoCaptions(viewer: Viewer, id: string, options: { storage?: MediaStorage } = {}): Promise<MediaItem> {
  assertMedia(viewer, 'media.edit');
  assertMediaId(id);
  const old = await swapCaptions(viewer, id, null);
  await removeQuietly(options.storage ?? mediaStorage(), old, id);
  await revalidateStoriesShowingVideo(id);
  return getMediaItem(viewer, id);
}
