import 'server-only';
import { sql } from 'drizzle-orm';
import { readerDb } from '@/db/client';
import type { ElementStats, MatchStats } from '@/lib/search/match-share';

// PostgreSQL's own statistics of article_search's `terms`, `keys` and `head` (the most common elements of
// each tsvector and their frequencies, kept by ANALYZE and autovacuum), read for
// lib/search/match-share.ts. One small catalog read every STATS_TTL_MS per process, never per search:
// the numbers only change when the table is analysed again.

const STATS_TTL_MS = 5 * 60_000;

let cached: { at: number; stats: MatchStats | null } | undefined;
let loading: Promise<MatchStats | null> | undefined;

interface StatsRow extends Record<string, unknown> {
  column: string;
  elements: string[] | null;
  frequencies: number[] | null;
  rows: number | string | null;
}

function elementStats(row: StatsRow | undefined): ElementStats | null {
  const elements = row?.elements;
  const frequencies = row?.frequencies;
  // PostgreSQL appends the least and the greatest frequency to the list (two more numbers).
  if (!elements || !frequencies || elements.length === 0 || frequencies.length < elements.length + 2) return null;
  const frequency = new Map<string, number>();
  elements.forEach((element, i) => frequency.set(element, Number(frequencies[i])));
  return { frequency };
}

async function load(): Promise<MatchStats | null> {
  const result = await readerDb.execute<StatsRow>(sql`
    select s.attname as "column", s.most_common_elems::text::text[] as elements, s.most_common_elem_freqs as frequencies,
      (select c.reltuples from pg_class c where c.oid = 'article_search'::regclass) as rows
    from pg_stats s
    where s.tablename = 'article_search' and s.schemaname = any (current_schemas(false)) and s.attname in ('terms', 'keys', 'head')`);
  const byColumn = new Map(result.rows.map((r) => [r.column, r]));
  const terms = elementStats(byColumn.get('terms'));
  const keys = elementStats(byColumn.get('keys'));
  const head = elementStats(byColumn.get('head'));
  const rows = Number(result.rows[0]?.rows ?? 0);
  // Not analysed yet (a new portal): no estimate, PostgreSQL's plan is used as before.
  return terms && keys && head && rows > 0 ? { terms, keys, head, rows } : null;
}

/** The statistics, at most STATS_TTL_MS old; null when the table has none yet or they cannot be read. */
export async function searchMatchStats(now = Date.now()): Promise<MatchStats | null> {
  if (cached && now - cached.at < STATS_TTL_MS) return cached.stats;
  loading ??= load()
    .catch(() => null)
    .then((stats) => {
      cached = { at: Date.now(), stats };
      loading = undefined;
      return stats;
    });
  // Stale numbers are as good as fresh ones for choosing a plan: only the first search waits.
  return cached ? cached.stats : loading;
}
