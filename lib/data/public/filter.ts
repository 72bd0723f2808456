import 'server-only';
import { and, isNotNull, lte, notInArray, or, isNull, sql, type SQL } from 'drizzle-orm';
import { articles } from '@/db/schema';

/** Stories in these states were taken off the site; their URLs answer 410 Gone. */
export const WITHDRAWN_STATUSES = ['unpublished', 'archived'] as const;

/**
 * THE definition of what readers may see: a live revision that was published, past any embargo,
 * and not withdrawn. Every public surface (pages, lists, search, feeds, sitemap, API) builds on it.
 *
 * "Live" is the live revision pointer, not status = 'published': while an editor revises a published
 * story, the article's status moves back to in_review but its live revision stays on the site
 * (lib/workflow stateAfterContentChange). Unpublishing and archiving clear the pointer; the status
 * check is a second lock on the same door.
 */
export function isPublic(): SQL {
  return and(
    isNotNull(articles.liveRevisionId),
    isNotNull(articles.publishedAt),
    notInArray(articles.status, [...WITHDRAWN_STATUSES]),
    or(isNull(articles.embargoUntil), lte(articles.embargoUntil, sql`now()`)),
  )!;
}

/** A story that readers could see once and that was then unpublished or archived (410 Gone). */
export function wasWithdrawn(): SQL {
  return and(isNotNull(articles.publishedAt), sql`${articles.status} in ('unpublished', 'archived')`)!;
}
