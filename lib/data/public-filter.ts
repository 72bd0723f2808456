import 'server-only';
import { and, eq, isNotNull, lte, or, isNull, sql, type SQL } from 'drizzle-orm';
import { articles } from '@/db/schema';

/**
 * THE definition of what readers may see: published, past any embargo, with a live revision.
 * Every public surface (pages, lists, search, feeds, sitemap, API) builds on it.
 */
export function isPublic(): SQL {
  return and(
    eq(articles.status, 'published'),
    isNotNull(articles.liveRevisionId),
    isNotNull(articles.publishedAt),
    or(isNull(articles.embargoUntil), lte(articles.embargoUntil, sql`now()`)),
  )!;
}
