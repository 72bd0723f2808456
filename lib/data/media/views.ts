import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, preparedStatement } from '@/db/client';
import { media } from '@/db/schema';
import type { FigureMedia } from '@/lib/content/render';
import { MAX_BODY_VIDEOS, type VideoMedia } from '@/lib/content/video';
import { figureMedia, mediaUrl, type StoredVariant } from '@/lib/media/urls';

// Prepared (db/client.ts): every reader page reads its covers and figures through this.
const figureRows = preparedStatement('reader_figure_media', 'primary', (db) =>
  db
    .select({ id: media.id, width: media.width, height: media.height, variants: media.variants })
    .from(media)
    .where(and(sql`${media.id} = any(${sql.placeholder('ids')}::uuid[])`, isNull(media.deletedAt))),
);

/** Image data for the figures of a body, loaded in one query. */
export async function figureMediaMap(ids: string[]): Promise<Map<string, FigureMedia>> {
  const map = new Map<string, FigureMedia>();
  if (ids.length === 0) return map;
  const rows = await figureRows().execute({ ids: [...new Set(ids)] });
  for (const row of rows) {
    const view = figureMedia(row);
    if (view) map.set(row.id, view);
  }
  return map;
}

/**
 * The ready videos of a body, loaded in one query: a video still processing, failed or deleted is
 * left out, and the renderer shows nothing for a block whose video is not in the map.
 */
export async function videoMediaMap(ids: string[]): Promise<Map<string, VideoMedia>> {
  const map = new Map<string, VideoMedia>();
  // validateBody bounds a saved body; the slice bounds a stored one that predates the bound.
  const wanted = ids.slice(0, MAX_BODY_VIDEOS * 2);
  if (wanted.length === 0) return map;
  const rows = await db
    .select({ id: media.id, width: media.width, height: media.height, video: media.video, createdAt: media.createdAt })
    .from(media)
    .where(and(inArray(media.id, wanted), isNull(media.deletedAt), eq(media.kind, 'video'), sql`${media.video} ->> 'status' = 'ready'`));
  for (const row of rows) {
    const video = row.video;
    if (!video || video.status !== 'ready' || !video.playbackKey) continue;
    map.set(row.id, {
      src: mediaUrl(video.playbackKey),
      poster: video.posterKey ? mediaUrl(video.posterKey) : null,
      captions: video.captionsKey ? mediaUrl(video.captionsKey) : null,
      width: row.width,
      height: row.height,
      durationSeconds: video.durationSeconds,
      uploadedAt: row.createdAt.toISOString(),
    });
  }
  return map;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The stored file to show for /media/id/<id> (the editor's figure preview): the 960 px JPEG of an
 * image, or the document itself. Reveals nothing a media key does not: keys carry the id.
 */
export async function previewKeyForMedia(id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ kind: media.kind, storageKey: media.storageKey, variants: media.variants })
    .from(media)
    .where(and(eq(media.id, id), isNull(media.deletedAt)))
    .limit(1);
  if (!row) return null;
  if (row.kind === 'document') return row.storageKey;
  const jpegs = (row.variants as StoredVariant[]).filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  return (jpegs.find((v) => v.width >= 960) ?? jpegs.at(-1))?.key ?? row.storageKey;
}

/** The original name of a stored document, for Content-Disposition; null for images and unknown keys. */
export async function documentFilenameForKey(key: string): Promise<string | null> {
  const [row] = await db
    .select({ name: media.originalFilename })
    .from(media)
    .where(and(eq(media.storageKey, key), eq(media.kind, 'document')))
    .limit(1);
  return row?.name ?? null;
}
