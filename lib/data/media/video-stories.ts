// The published stories a library video appears in, and the revalidation of their cached pages:
// a story page is cached, and it renders a video only once ready (lib/content/render-video.tsx),
// so when the video becomes ready or its captions change, the pages showing it must be rebuilt.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, revisionMedia } from '@/db/schema';
import { log } from '@/lib/log/logger';
import { isPublic } from '../public/filter';
import { revalidateCachePaths } from '../public/revalidate';
import { cachePaths } from '../public/surfaces';

/** Enough for any real video; a bound on the revalidation a single change can cause. */
const MAX_STORIES = 200;

/** Slugs of the public stories whose live revision shows the media item. */
export async function liveStorySlugsShowingMedia(mediaId: string): Promise<string[]> {
  const rows = await db
    .select({ slug: articles.slug })
    .from(revisionMedia)
    .innerJoin(articles, and(eq(articles.id, revisionMedia.articleId), eq(articles.liveRevisionId, revisionMedia.revisionId)))
    .where(and(eq(revisionMedia.mediaId, mediaId), isPublic()))
    .limit(MAX_STORIES);
  return rows.map((r) => r.slug);
}

/** Rebuilds the cached pages of the stories showing the video; a failure is logged, never thrown (the change itself is saved). */
export async function revalidateStoriesShowingVideo(mediaId: string): Promise<void> {
  try {
    const slugs = await liveStorySlugsShowingMedia(mediaId);
    if (slugs.length === 0) return;
    await revalidateCachePaths(cachePaths(slugs.flatMap((slug) => [`/bai-viet/${slug}`, `/en/bai-viet/${slug}`])), false);
  } catch (error) {
    log.error({ area: 'media', mediaId, err: error }, 'could not revalidate the stories showing a video');
  }
}
