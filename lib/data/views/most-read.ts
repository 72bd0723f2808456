import 'server-only';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
// Reader lists tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articles, articleViewsDaily } from '@/db/schema';
import { vietnamDay } from '@/lib/time/format';
import { dayWindow, type MostReadWindow } from '@/lib/views/window';
import { isPublic } from '../public/filter';

export interface MostReadRanking {
  day: string[];
  week: string[];
}

/** Longest list a caller may ask for (the query reads at most 8 days of daily counts). */
const MAX_SIZE = 50;

/**
 * The ids of the most read stories readers can see now, over the last 24 hours and the last 7 days
 * (lib/views/window), most read first; ties go to the newer story. A story taken down or under embargo
 * is never in it.
 */
export async function mostReadRanking(size: number, now = new Date()): Promise<MostReadRanking> {
  const limit = Math.min(Math.max(Math.trunc(size), 1), MAX_SIZE);
  const [day, week] = await Promise.all([rank('day', limit, now), rank('week', limit, now)]);
  return { day, week };
}

async function rank(window: MostReadWindow, limit: number, now: Date): Promise<string[]> {
  const w = dayWindow(window, now);
  const score = sql<number>`sum(case when ${articleViewsDaily.day} = ${w.partialDay} then ${articleViewsDaily.views} * ${w.partialWeight}::numeric else ${articleViewsDaily.views} end)`;
  const rows = await db
    .select({ id: articleViewsDaily.articleId, score })
    .from(articleViewsDaily)
    .innerJoin(articles, eq(articles.id, articleViewsDaily.articleId))
    .where(and(gte(articleViewsDaily.day, w.partialDay), lte(articleViewsDaily.day, vietnamDay(now)), isPublic()))
    .groupBy(articleViewsDaily.articleId, articles.publishedAt)
    .having(sql`${score} > 0`)
    .orderBy(desc(score), desc(articles.publishedAt), desc(articleViewsDaily.articleId))
    .limit(limit);
  return rows.map((r) => r.id);
}
