// The judged search evaluation (db/seed/content/search-eval.json): each query runs through what a
// reader gets from /tim-kiem (forgivingPublicSearch, relevance order) on a fresh database holding
// exactly the demo content, and its top 10 is scored with nDCG@10 and reciprocal rank. A query that
// finds nothing as typed is measured the way the page answers it: the results of its Telex/VNI
// conversion when search took that instead ("Đã tìm theo …"), else the results of the "Có phải bạn
// muốn tìm …" link when one is offered (the reader follows it), else nothing. Deterministic: same
// content, same order.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../../db/connect';
import { withDatabase } from '../../db/database-url';
import { seedDemoContent } from '../../db/seed/demo';
import { dropDatabase, ensureDatabase, runMigrations } from '../../db/setup';
import { mean, ndcgAt, reciprocalRank, type Judgements, type QueryScore } from '../../lib/search/eval-metrics';

export interface EvalQuery {
  q: string;
  kind: string;
  relevant: Judgements;
  note?: string;
}

export interface EvalSet {
  about: string;
  /** The committed floor: the test fails when the total (every query) falls below it. */
  floor: { ndcg: number; mrr: number };
  /** The floor of the typo, Telex and VNI queries alone (kinds "typo-…"), so they cannot hide in the total. */
  typoFloor: { ndcg: number; mrr: number };
  queries: EvalQuery[];
}

export const EVAL_FILE = path.join(process.cwd(), 'db', 'seed', 'content', 'search-eval.json');

export function loadEvalSet(): EvalSet {
  return JSON.parse(readFileSync(EVAL_FILE, 'utf8')) as EvalSet;
}

/** Typo, Telex and VNI queries (kinds "typo-letter", "typo-telex", "typo-vni", …): counted in the total and in their own floor. */
export const isTypo = (s: { kind: string }) => s.kind.startsWith('typo');

/** How the page answered: the words as typed, their Telex/VNI conversion, the followed "Có phải bạn muốn tìm" link, or nothing. */
export type ReaderPath = 'typed' | 'converted' | 'did-you-mean' | 'none';

export interface EvalScore extends QueryScore {
  path: ReaderPath;
}

interface Totals {
  ndcg: number;
  mrr: number;
  queries: number;
}

export interface EvalReport {
  scores: EvalScore[];
  /** Every query. */
  total: Totals;
  /** The typo, Telex and VNI queries alone. */
  typos: Totals;
}

const totals = (scores: readonly QueryScore[]): Totals => ({ ndcg: mean(scores.map((s) => s.ndcg)), mrr: mean(scores.map((s) => s.mrr)), queries: scores.length });

/** The slugs a reader sees for `q` on /tim-kiem (first page, relevance), and how the page got them. */
async function readerResults(q: string): Promise<{ top: string[]; path: ReaderPath }> {
  const { forgivingPublicSearch } = await import('../../lib/data/search/suggest-search');
  const { parseSearchRequest } = await import('../../lib/search/params');
  const first = await forgivingPublicSearch(parseSearchRequest({ q }));
  const slugs = (r: typeof first) => r.results.hits.slice(0, 10).map((h) => h.slug);
  if (first.results.total > 0) return { top: slugs(first), path: first.searchedInstead ? 'converted' : 'typed' };
  if (!first.didYouMean) return { top: [], path: 'none' };
  // The hint links /tim-kiem?q=<corrected>: the same search with the corrected text.
  const followed = await forgivingPublicSearch(parseSearchRequest({ q: first.didYouMean.text }));
  return { top: slugs(followed), path: 'did-you-mean' };
}

/** Runs every query through the readers' search of the database the app is configured with. */
export async function evaluate(set: EvalSet = loadEvalSet()): Promise<EvalReport> {
  const scores: EvalScore[] = [];
  for (const query of set.queries) {
    const { top, path } = await readerResults(query.q);
    scores.push({ q: query.q, kind: query.kind, ndcg: ndcgAt(10, top, query.relevant), mrr: reciprocalRank(top, query.relevant), top, path });
  }
  return { scores, total: totals(scores), typos: totals(scores.filter(isTypo)) };
}

/**
 * A fresh database on the server of `adminUrl` with the migrations and the demo content, used as the
 * app's database (DATABASE_URL) while `work` runs, then dropped.
 */
export async function withDemoDatabase<T>(adminUrl: string, work: () => Promise<T>): Promise<T> {
  const name = `portal_search_eval_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const previous = process.env.DATABASE_URL;
  try {
    await runMigrations(url);
    const { db, pool } = connect(url, { max: 2 });
    try {
      await seedDemoContent(db, { password: 'search-eval-password' });
    } finally {
      await pool.end();
    }
    process.env.DATABASE_URL = url;
    return await work();
  } finally {
    // db/client keeps its pool on globalThis: close it so the database can be dropped and not reused.
    const cached = globalThis as unknown as { portalDb?: { pool: { end(): Promise<void> } } };
    await cached.portalDb?.pool.end().catch(() => {});
    delete cached.portalDb;
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    await dropDatabase(adminUrl, name);
  }
}

export function formatReport(report: EvalReport): string {
  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const lines = [`${pad('query', 34)} ${pad('kind', 20)} nDCG@10   MRR  answered by`];
  for (const s of report.scores) lines.push(`${pad(s.q, 34)} ${pad(s.kind, 20)} ${s.ndcg.toFixed(3).padStart(7)} ${s.mrr.toFixed(3).padStart(6)}  ${s.path}`);
  const line = (label: string, t: Totals) => `${pad(label, 55)} ${t.ndcg.toFixed(3).padStart(7)} ${t.mrr.toFixed(3).padStart(6)}`;
  lines.push(line(`TOTAL (${report.total.queries} queries)`, report.total));
  lines.push(line(`  of which typo, Telex, VNI (${report.typos.queries} queries)`, report.typos));
  return lines.join('\n');
}
