import 'server-only';
import { and, isNotNull, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { articles } from '@/db/schema';

/**
 * THE definition of what readers may see: a story with a live revision (set only by publishing an
 * approved revision), not unpublished or archived, past any embargo. A live story whose next
 * revision is in review (status in_review, awaiting_approval, ...) stays visible, unchanged.
 * Every public surface (pages, lists, search, feeds, sitemap, API) builds on it.
 */
export function isPublic(): SQL {
  return and(
    notInArray(articles.status, ['unpublished', 'archived']),
    isNotNull(articles.liveRevisionId),
    isNotNull(articles.publishedAt),
    or(isNull(articles.embargoUntil), lte(articles.embargoUntil, sql`now()`)),
  )!;
}
