// Search latency in the database, without HTTP or rendering: for each query of the mix, the reader
// search (lib/data/public/search.ts) runs once while pg's Pool.query is watched, which yields the
// exact SQL and parameters it sends; those statements are then replayed with pg one after another,
// as the data layer sends them (either order counts inside the statement that reads the matches), and
// timed. The statistics read for choosing a plan (lib/data/search/match-stats.ts, once in 5 minutes)
// is replayed with the first query only. The same search is also timed end to end through
// searchPublicArticles (SQL plus snippets and highlighting in JavaScript).
import pg from 'pg';
import { SECTIONS, SEARCH_QUERIES } from './corpus';

export interface LatencySummary {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface SearchLatency {
  /** Replayed SQL, per search (ms). */
  sql: LatencySummary;
  /** searchPublicArticles() in this process, per search (ms). */
  dataLayer: LatencySummary;
  perQuery: Array<{ query: string; hits: number; statements: number; p50: number; p95: number }>;
}

export type SearchParams = Record<string, string>;

/** The mix: every query alone, two with a section filter, one newest-first. */
export function searchMix(): SearchParams[] {
  return [
    ...SEARCH_QUERIES.map((q) => ({ q })),
    { q: 'kinh tế', 'chuyen-muc': SECTIONS[4].slug },
    { q: 'hoi nghi', 'chuyen-muc': SECTIONS[2].slug },
    { q: 'đầu tư', 'sap-xep': 'moi-nhat' },
  ];
}

export function summarise(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { samples: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

interface Statement {
  text: string;
  values: unknown[];
}

type QueryFn = (this: pg.Pool, config: unknown, values?: unknown[]) => unknown;

/** Runs `work` and returns the statements it sent through any pg.Pool. */
async function capture<T>(work: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const proto = pg.Pool.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: pg.Pool, config: unknown, values?: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: string }).text;
    if (text) statements.push({ text, values: values ?? (config as { values?: unknown[] }).values ?? [] });
    return original.call(this, config, values);
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}

export async function measureSearch(url: string, options: { rounds: number; budgetMs: number }): Promise<SearchLatency> {
  const { searchPublicArticles } = await import('@/lib/data/public/search');
  const { parseSearchRequest } = await import('@/lib/search/params');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const sqlTimes: number[] = [];
  const layerTimes: number[] = [];
  const until = Date.now() + options.budgetMs;
  try {
    const mix = searchMix();
    const captured = [];
    const times: number[][] = mix.map(() => []);
    for (const params of mix) {
      const request = parseSearchRequest(params);
      const { result, statements } = await capture(() => searchPublicArticles(request));
      captured.push({ params, request, hits: result.total, statements });
    }
    // At least two rounds, however slow: one sample per query says little about its spread.
    for (let round = 0; round < options.rounds && (round < 2 || Date.now() < until); round++) {
      for (const [i, c] of captured.entries()) {
        const started = performance.now();
        for (const s of c.statements) await pool.query(s.text, s.values);
        const ms = performance.now() - started;
        sqlTimes.push(ms);
        times[i]!.push(ms);
        const layerStarted = performance.now();
        await searchPublicArticles(c.request);
        layerTimes.push(performance.now() - layerStarted);
      }
    }
    const perQuery = captured.map((c, i) => {
      const { p50, p95 } = summarise(times[i]!);
      return { query: Object.values(c.params).join(' · '), hits: c.hits, statements: c.statements.length, p50, p95 };
    });
    return { sql: summarise(sqlTimes), dataLayer: summarise(layerTimes), perQuery };
  } finally {
    await pool.end();
  }
}
