import 'server-only';
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';
import { systemViewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { transitionArticle } from './transition-article';

const SCHEDULER = systemViewer('scheduler');

/** Published more than this after the planned time counts as late (an outage, a stopped worker). */
const lateAfterMs = () => Number(process.env.LATE_AFTER_SECONDS ?? 60) * 1000;

/**
 * Publishes one scheduled article if it is due. Safe to call any number of times from any number of
 * workers: the guarded transition lets exactly one succeed; the rest find it no longer scheduled.
 */
export async function publishIfDue(articleId: string, now = new Date()): Promise<'published' | 'not_due' | 'skipped'> {
  const [row] = await db
    .select({ status: articles.status, scheduledAt: articles.scheduledAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!row || row.status !== 'scheduled' || !row.scheduledAt) return 'skipped';
  if (row.scheduledAt.getTime() > now.getTime()) return 'not_due';
  try {
    await transitionArticle(SCHEDULER, articleId, { event: 'publish', late: now.getTime() - row.scheduledAt.getTime() > lateAfterMs() });
    return 'published';
  } catch (error) {
    if (error instanceof DataError && (error.code === 'conflict' || error.code === 'not_found')) return 'skipped';
    throw error;
  }
}

/** Everything due now: scheduled publications and scheduled removals (the minute-by-minute sweep). */
export async function runDueSchedules(now = new Date()): Promise<{ published: number; unpublished: number }> {
  const due = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, now)));
  let published = 0;
  for (const { id } of due) if ((await publishIfDue(id, now)) === 'published') published++;

  // Whatever the working copy is doing (an update in review, awaiting sign-off, approved, scheduled),
  // the live story comes down at its time: the removal time on the row is the live revision's.
  const removals = await db
    .select({ id: articles.id, version: articles.version })
    .from(articles)
    .where(and(isNotNull(articles.liveRevisionId), lte(articles.scheduledUnpublishAt, now)));
  let unpublished = 0;
  for (const { id, version } of removals) {
    try {
      await transitionArticle(SCHEDULER, id, { event: 'unpublish', note: 'Gỡ bài theo lịch đã đặt.', expectedVersion: version });
      unpublished++;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
    }
  }
  return { published, unpublished };
}
