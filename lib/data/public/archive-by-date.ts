import 'server-only';
import { and, count, gte, lt, sql } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articles } from '@/db/schema';
import { archiveRange, type ArchiveDay, type ArchiveMonth, type ArchiveYear } from '@/lib/time/archive-date';
import { publicCards, toCards } from './cards';
import { isPublic } from './filter';
import type { PagedCards } from './taxonomy';

/** Stories per page of a day or a month; a page number past MAX_ARCHIVE_PAGE is not read. */
export const ARCHIVE_PAGE_SIZE = 20;
export const MAX_ARCHIVE_PAGE = 500;

// Every query here is a range on published_at under isPublic(): articles_live_published_idx (live
// stories by published_at) serves it, so a day costs the same in a year of 100 stories or 100,000.
const within = (at: ArchiveYear | ArchiveMonth | ArchiveDay) => {
  const { start, end } = archiveRange(at);
  return and(gte(articles.publishedAt, start), lt(articles.publishedAt, end))!;
};

/** The published_at of a row as its day, month or year number in Vietnam. */
const vietnamPart = (part: 'day' | 'month') => sql<number>`extract(${sql.raw(part)} from ${articles.publishedAt} at time zone 'Asia/Ho_Chi_Minh')::int`;

async function pagedWithin(at: ArchiveMonth | ArchiveDay, page: number): Promise<PagedCards | null> {
  if (!Number.isInteger(page) || page < 1 || page > MAX_ARCHIVE_PAGE) return null;
  const where = within(at);
  const [rows, [totals]] = await Promise.all([
    publicCards(where)
      .limit(ARCHIVE_PAGE_SIZE)
      .offset((page - 1) * ARCHIVE_PAGE_SIZE),
    db.select({ total: count() }).from(articles).where(and(isPublic(), where)),
  ]);
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE));
  // A page past the last is not a page (one address per list page, nothing empty to cache).
  if (page > pageCount) return null;
  return { articles: await toCards(rows), page, pageCount, total };
}

/** The public stories of a day in Vietnam, newest first, a page at a time; null for a page past the last. */
export async function publicArchiveDay(day: ArchiveDay, page = 1): Promise<PagedCards | null> {
  return pagedWithin(day, page);
}

export interface ArchiveMonthPage extends PagedCards {
  /** Days of the month with at least one public story, in order. */
  days: Array<{ day: number; count: number }>;
}

/** A month: how many public stories each of its days has, and its stories, newest first, a page at a time. */
export async function publicArchiveMonth(month: ArchiveMonth, page = 1): Promise<ArchiveMonthPage | null> {
  const day = vietnamPart('day');
  const [cards, days] = await Promise.all([
    pagedWithin(month, page),
    db
      .select({ day, count: count() })
      .from(articles)
      .where(and(isPublic(), within(month)))
      .groupBy(day)
      .orderBy(day),
  ]);
  return cards ? { ...cards, days: days.map((d) => ({ day: Number(d.day), count: d.count })) } : null;
}

/** A year: how many public stories each of its months has (months without any left out). */
export async function publicArchiveYear(year: ArchiveYear): Promise<{ months: Array<{ month: number; count: number }>; total: number }> {
  const month = vietnamPart('month');
  const months = await db
    .select({ month, count: count() })
    .from(articles)
    .where(and(isPublic(), within(year)))
    .groupBy(month)
    .orderBy(month);
  const rows = months.map((m) => ({ month: Number(m.month), count: m.count }));
  return { months: rows, total: rows.reduce((sum, m) => sum + m.count, 0) };
}

/** The first and last years with a public story (two index lookups), for the archive's front page. */
export async function publicArchiveYears(): Promise<{ first: number; last: number } | null> {
  const year = (order: 'asc' | 'desc') =>
    db
      .select({ year: sql<number>`extract(year from ${articles.publishedAt} at time zone 'Asia/Ho_Chi_Minh')::int` })
      .from(articles)
      .where(isPublic())
      .orderBy(order === 'asc' ? sql`${articles.publishedAt} asc nulls last` : sql`${articles.publishedAt} desc nulls last`)
      .limit(1);
  const [[first], [last]] = await Promise.all([year('asc'), year('desc')]);
  return first && last ? { first: Number(first.year), last: Number(last.year) } : null;
}
