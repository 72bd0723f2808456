// The judged search evaluation (db/seed/content/search-eval.json): each query runs through the readers'
// search (searchPublicArticles, relevance order) on a fresh database holding exactly the demo content,
// and its top 10 is scored with nDCG@10 and reciprocal rank. Deterministic: same content, same order.
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
  /** The committed floor: the test fails when the total falls below it. */
  floor: { ndcg: number; mrr: number };
  queries: EvalQuery[];
}

export const EVAL_FILE = path.join(process.cwd(), 'db', 'seed', 'content', 'search-eval.json');

export function loadEvalSet(): EvalSet {
  return JSON.parse(readFileSync(EVAL_FILE, 'utf8')) as EvalSet;
}

/** Typo queries wait for input correction (lib/search/input*): reported, not counted in the total. */
export const counted = (s: { kind: string }) => s.kind !== 'typo';

export interface EvalReport {
  scores: QueryScore[];
  total: { ndcg: number; mrr: number; queries: number };
}

/** Runs every query through the readers' search of the database the app is configured with. */
export async function evaluate(set: EvalSet = loadEvalSet()): Promise<EvalReport> {
  const { searchPublicArticles } = await import('../../lib/data/public/search');
  const { parseSearchRequest } = await import('../../lib/search/params');
  const scores: QueryScore[] = [];
  for (const query of set.queries) {
    const result = await searchPublicArticles(parseSearchRequest({ q: query.q }));
    const top = result.hits.slice(0, 10).map((h) => h.slug);
    scores.push({ q: query.q, kind: query.kind, ndcg: ndcgAt(10, top, query.relevant), mrr: reciprocalRank(top, query.relevant), top });
  }
  const inTotal = scores.filter(counted);
  return { scores, total: { ndcg: mean(inTotal.map((s) => s.ndcg)), mrr: mean(inTotal.map((s) => s.mrr)), queries: inTotal.length } };
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
  const lines = [`${pad('query', 34)} ${pad('kind', 20)} nDCG@10   MRR`];
  for (const s of report.scores) lines.push(`${pad(s.q, 34)} ${pad(s.kind, 20)} ${s.ndcg.toFixed(3).padStart(7)} ${s.mrr.toFixed(3).padStart(6)}`);
  lines.push(`${pad(`TOTAL (${report.total.queries} queries, typos left out)`, 55)} ${report.total.ndcg.toFixed(3).padStart(7)} ${report.total.mrr.toFixed(3).padStart(6)}`);
  return lines.join('\n');
}
