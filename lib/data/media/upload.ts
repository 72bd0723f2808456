// Upload one file into the media library: who may, what the bytes are, where they go.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { media, users, type MediaVideo } from '@/db/schema';
import { enqueueVideoProcessing } from '@/lib/jobs/queue';
import { log } from '@/lib/log/logger';
import { displayFilename } from '@/lib/media/filename';
import { mediaLimits, type MediaLimits } from '@/lib/media/limits';
import { MediaRejection, prepareUpload, type PreparedUpload } from '@/lib/media/prepare-upload';
import { STORED_EXTENSION } from '@/lib/media/sniff';
import { mediaStorage, videoSourceKey, type MediaStorage } from '@/lib/media/storage';
import type { StoredVariant } from '@/lib/media/urls';
import { EXTENSION } from '@/lib/media/variants';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { assertMedia, toMediaItem, type MediaItem } from './items';
import { getSiteSettings } from '../site/site';

export const mediaTextSchema = z.object({
  alt: z.string().trim().max(500, 'Mô tả thay thế (alt) dài quá 500 ký tự.'),
  caption: z.string().trim().max(2000, 'Chú thích dài quá 2.000 ký tự.'),
  credit: z.string().trim().max(200, 'Nguồn ảnh dài quá 200 ký tự.'),
});

export interface UploadInput {
  bytes: Buffer;
  /** The name on the uploader's disk: kept as text to show and search, never as a path or key. */
  filename: string;
  /** Optional text sent with the file; what the file itself says (IPTC/XMP/EXIF) fills the gaps. */
  alt?: string;
  caption?: string;
  credit?: string;
}

/** The cheap check before a request body is read: refuse early those who may not upload at all. */
export function assertMayUpload(viewer: Viewer): void {
  assertMedia(viewer, 'media.upload');
}

export interface UploadOptions {
  limits?: MediaLimits;
  storage?: MediaStorage;
  /** Sends a stored video to the processing job (default: the pg-boss queue). */
  enqueueVideo?: (mediaId: string, processSeconds: number) => Promise<void>;
}

const NOT_QUEUED = 'Không gửi được video vào hàng đợi xử lý (máy chủ tạm thời không kết nối được cơ sở dữ liệu hàng đợi). Hãy xóa mục này và tải video lên lại sau ít phút.';

/**
 * Checks, re-encodes and stores one file, then records it. Expected refusals (type, size, pixels,
 * damaged file) are DataError('invalid') with a Vietnamese message and `details.status` (413, 415
 * or 422) for the API. Files are written before the row and removed again if the row fails, so a
 * failed upload leaves nothing behind in the store or the library.
 */
export async function uploadMedia(viewer: Viewer, input: UploadInput, options: UploadOptions = {}): Promise<MediaItem> {
  assertMedia(viewer, 'media.upload');
  const text = mediaTextSchema.partial().safeParse({ alt: input.alt, caption: input.caption, credit: input.credit });
  if (!text.success) throw new DataError('invalid', text.error.issues.map((i) => i.message).join(' '));
  const limits = options.limits ?? mediaLimits();
  const storage = options.storage ?? mediaStorage();

  let prepared: PreparedUpload;
  try {
    prepared = await prepareUpload(input.bytes, limits);
  } catch (error) {
    if (error instanceof MediaRejection) throw new DataError('invalid', error.userMessage, { status: error.status, reason: error.code });
    throw error;
  }

  const id = randomUUID();
  const folder = id.slice(0, 2);
  const written: string[] = [];
  try {
    let storageKey: string;
    let variants: StoredVariant[] = [];
    let video: MediaVideo | null = null;
    if (prepared.kind === 'video') {
      // The original is kept (never served: VIDEO_SOURCE_KEY) for the job, which makes the web MP4.
      storageKey = videoSourceKey(id, prepared.format);
      await storage.put(storageKey, prepared.bytes);
      written.push(storageKey);
      video = { status: 'processing', durationSeconds: prepared.durationSeconds };
    } else if (prepared.kind === 'image') {
      for (const v of prepared.variants) {
        const key = `${folder}/${id}-${v.width}.${EXTENSION[v.format]}`;
        await storage.put(key, v.bytes);
        written.push(key);
        variants.push({ width: v.width, height: v.height, format: v.format, key, bytes: v.bytes.length });
      }
      variants = variants.sort((a, b) => a.width - b.width);
      storageKey = variants.filter((v) => v.format === 'jpeg').at(-1)!.key;
    } else {
      storageKey = `${folder}/${id}.${STORED_EXTENSION[prepared.format]}`;
      await storage.put(storageKey, prepared.bytes);
      written.push(storageKey);
    }

    const settings = await getSiteSettings();
    const given = text.data;
    const credit = given.credit || prepared.embedded.credit || (prepared.kind !== 'document' ? settings.defaultCredit.trim() || limits.defaultCredit : '');
    const [row] = await db
      .insert(media)
      .values({
        id,
        kind: prepared.kind,
        storageKey,
        originalFilename: displayFilename(input.filename),
        mimeType: prepared.mimeType,
        byteSize: prepared.byteSize,
        width: prepared.kind === 'document' ? null : prepared.width,
        height: prepared.kind === 'document' ? null : prepared.height,
        sha256: prepared.sha256,
        alt: given.alt || prepared.embedded.alt,
        caption: given.caption || prepared.embedded.caption,
        credit,
        variants,
        video,
        uploadedBy: viewer.kind === 'user' ? viewer.id : null,
      })
      .returning();
    if (prepared.kind === 'video') {
      try {
        await (options.enqueueVideo ?? enqueueVideoProcessing)(id, limits.videoProcessSeconds);
      } catch (error) {
        // The upload is kept; the item says why it will not play, and may be deleted and sent again.
        log.error({ area: 'media', mediaId: id, err: error }, 'could not enqueue video processing');
        const failed: MediaVideo = { ...video!, status: 'failed', failureReason: NOT_QUEUED };
        await db.update(media).set({ video: failed }).where(eq(media.id, id));
        row!.video = failed;
      }
    }
    const uploader = viewer.kind === 'user' ? await db.select({ name: users.name }).from(users).where(eq(users.id, viewer.id)).limit(1) : [];
    return toMediaItem({ ...row!, uploaderName: uploader[0]?.name ?? null }, viewer, 0);
  } catch (error) {
    await Promise.all(written.map((key) => storage.remove(key).catch(() => {})));
    throw error;
  }
}
