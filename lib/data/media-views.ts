import 'server-only';
import { inArray, isNull, and } from 'drizzle-orm';
import { db } from '@/db/client';
import { media } from '@/db/schema';
import type { FigureMedia } from '@/lib/content/render';
import { figureMedia } from '@/lib/media/urls';

/** Image data for the figures of a body, loaded in one query. */
export async function figureMediaMap(ids: string[]): Promise<Map<string, FigureMedia>> {
  const map = new Map<string, FigureMedia>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: media.id, width: media.width, height: media.height, variants: media.variants })
    .from(media)
    .where(and(inArray(media.id, ids), isNull(media.deletedAt)));
  for (const row of rows) {
    const view = figureMedia(row);
    if (view) map.set(row.id, view);
  }
  return map;
}
