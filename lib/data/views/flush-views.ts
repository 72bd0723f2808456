import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { isPublic } from '../public/filter';
import { viewBufferLimits } from './limits';

export interface PendingView {
  /** Vietnamese calendar day (YYYY-MM-DD) the read happened on. */
  day: string;
  /** readerHash(): the reader and the story, salted with the day's salt. */
  reader: string;
  /** sourceHash(): the reader's network and the story, salted with the day's salt. */
  source: string;
  articleId: string;
}

/**
 * Writes a batch of reads in one statement: each (day, reader) not yet seen is remembered and adds one
 * to its story's count of the day; one already seen (the same reader again, on this instance or
 * another) adds nothing, and neither does a new reader from a source (network and story) that has
 * already added `perAddress` readers that day: a client inventing a browser string per beacon is a new
 * reader each time, but not a new address. Unknown stories and stories readers cannot see (draft,
 * withdrawn, under embargo) are dropped here, so a beacon never needs a query of its own. Returns how
 * many counted. (Two instances flushing the same source at the same moment may each let its last
 * reader in: the bound is then per instance, still a bound.)
 */
export async function flushViews(views: PendingView[], perAddress = viewBufferLimits().perAddress): Promise<number> {
  if (views.length === 0) return 0;
  const rows = JSON.stringify(views.map((v) => ({ day: v.day, reader: v.reader, source: v.source, article_id: v.articleId })));
  const result = await db.execute<{ counted: number }>(sql`
    with input as (
      select distinct on (x.day, x.reader) x.day, x.reader, x.source, x.article_id
      from jsonb_to_recordset(${rows}::jsonb) as x(day date, reader text, source text, article_id uuid)
      join articles on articles.id = x.article_id
      where ${isPublic()}
      order by x.day, x.reader
    ),
    fresh as (
      select input.*, row_number() over (partition by input.day, input.source order by input.reader) as n
      from input
      where not exists (select 1 from article_view_readers r where r.day = input.day and r.reader = input.reader)
    ),
    allowed as (
      select fresh.day, fresh.reader, fresh.source, fresh.article_id
      from fresh
      where fresh.n + (select count(*) from article_view_readers r where r.day = fresh.day and r.source = fresh.source) <= ${perAddress}
    ),
    counted as (
      insert into article_view_readers (day, reader, source)
      select day, reader, source from allowed
      on conflict do nothing
      returning day, reader
    ),
    added as (
      insert into article_views_daily (article_id, day, views)
      select allowed.article_id, allowed.day, count(*)::int
      from counted join allowed using (day, reader)
      group by allowed.article_id, allowed.day
      on conflict (article_id, day) do update set views = article_views_daily.views + excluded.views
      returning 1
    )
    select (select count(*) from counted)::int as counted`);
  return Number(result.rows[0]?.counted ?? 0);
}

/**
 * Forgets who read what on days before `today`: their reader hashes and their salt (without the
 * salt a hash cannot be recomputed, so nothing left links a reader across days). Only the per-story
 * daily counts stay. Run by the minute sweep and by the first flush of a new day.
 */
export async function purgePastViewReaders(today: string): Promise<void> {
  await db.execute(sql`delete from article_view_readers where day < ${today}`);
  await db.execute(sql`delete from view_salts where day < ${today}`);
}
