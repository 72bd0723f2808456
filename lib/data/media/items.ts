// The shape of a media item on the newsroom's screens and in API v1, and the SQL that says
// whether an item is in use. Shared by the media-* modules of lib/data.
import 'server-only';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { articles, media, revisionMedia, users, type MediaVideo } from '@/db/schema';
import type { MediaItem, MediaItemVideo } from '@/lib/media/types';
import { figureMedia, mediaUrl, type StoredVariant } from '@/lib/media/urls';
import { canMedia } from '@/lib/policy/media';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';

export type { MediaItem };

export const mediaColumns = {
  id: media.id,
  kind: media.kind,
  storageKey: media.storageKey,
  mimeType: media.mimeType,
  originalFilename: media.originalFilename,
  byteSize: media.byteSize,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  variants: media.variants,
  video: media.video,
  uploadedBy: media.uploadedBy,
  uploaderName: users.name,
  createdAt: media.createdAt,
};

export interface MediaRow {
  id: string;
  kind: 'image' | 'document' | 'video';
  storageKey: string;
  mimeType: string;
  originalFilename: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  variants: StoredVariant[];
  video: MediaVideo | null;
  uploadedBy: string | null;
  /** From a LEFT JOIN of users on media.uploaded_by (every select of mediaColumns needs it). */
  uploaderName: string | null;
  createdAt: Date;
}

/** media.id, always qualified (see inUse). */
export const MEDIA_ID = sql`"media"."id"`;

/**
 * An article's current or live revision references the item: the one definition of "in use".
 * Written with explicit aliases: Drizzle leaves columns unqualified in single-table queries, and an
 * unqualified "id" inside this subquery would silently mean articles.id.
 */
export function inUse(mediaId: SQL = MEDIA_ID): SQL {
  return sql`exists (select 1 from revision_media rm join articles a on a.id = rm.article_id and (a.current_revision_id = rm.revision_id or a.live_revision_id = rm.revision_id) where rm.media_id = ${mediaId})`;
}

/** Join condition: revision_media rows that belong to an article's current or live revision. */
export const liveOrCurrentRevision = and(
  eq(articles.id, revisionMedia.articleId),
  or(eq(articles.currentRevisionId, revisionMedia.revisionId), eq(articles.liveRevisionId, revisionMedia.revisionId)),
);

function videoView(video: MediaVideo): MediaItemVideo {
  return {
    status: video.status,
    failureReason: video.status === 'failed' ? (video.failureReason ?? 'Xử lý video không thành công.') : null,
    durationSeconds: video.durationSeconds,
    playbackUrl: video.playbackKey ? mediaUrl(video.playbackKey) : null,
    posterUrl: video.posterKey ? mediaUrl(video.posterKey) : null,
    captionsUrl: video.captionsKey ? mediaUrl(video.captionsKey) : null,
  };
}

/** Every stored file of an item: what deleting it removes. */
export function storedKeysOf(row: Pick<MediaRow, 'storageKey' | 'variants' | 'video'>): string[] {
  const video = row.video ? [row.video.playbackKey, row.video.posterKey, row.video.captionsKey].filter((k): k is string => !!k) : [];
  return [...new Set([row.storageKey, ...row.variants.map((v) => v.key), ...video])];
}

export function toMediaItem(row: MediaRow, viewer: Viewer, usageCount: number): MediaItem {
  const variants = row.variants;
  const jpegs = variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const isImage = row.kind === 'image';
  const video = row.kind === 'video' && row.video ? videoView(row.video) : null;
  // What differs by kind: where it plays or shows, its preview, and whether it needs an alt text.
  const shown = video
    ? { url: video.playbackUrl ?? '', thumbnailUrl: video.posterUrl, image: null, video, needsAlt: false }
    : {
        url: mediaUrl(isImage ? (jpegs.at(-1)?.key ?? row.storageKey) : row.storageKey),
        thumbnailUrl: isImage && jpegs[0] ? mediaUrl(jpegs[0].key) : null,
        image: isImage ? figureMedia({ width: row.width, height: row.height, variants }) : null,
        video: null,
        needsAlt: isImage && row.alt.trim() === '',
      };
  return {
    id: row.id,
    kind: row.kind,
    mimeType: row.mimeType,
    originalFilename: row.originalFilename,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    ...shown,
    uploadedBy: row.uploadedBy ? { id: row.uploadedBy, name: row.uploaderName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    usageCount,
    canEdit: canMedia(viewer, 'media.edit').allowed,
    canDelete: usageCount === 0 && canMedia(viewer, 'media.delete', { uploadedBy: row.uploadedBy }).allowed,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertMediaId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !UUID.test(id)) throw new DataError('not_found', 'Không tìm thấy tệp trong thư viện.');
}

export function assertMedia(viewer: Viewer, action: Parameters<typeof canMedia>[1], target?: Parameters<typeof canMedia>[2]): void {
  const decision = canMedia(viewer, action, target);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
}
