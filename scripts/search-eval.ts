// npm run search:eval: the judged search evaluation (db/seed/content/search-eval.json) on a fresh
// database with the demo content, made on DATABASE_URL's server and dropped afterwards. Prints
// nDCG@10 and MRR per query and in total, and fails when the total or the typo queries' total falls
// below its committed floor.
import { runCli, UsageError } from './lib/cli';
import { evaluate, formatReport, loadEvalSet, withDemoDatabase } from './lib/search-eval';

runCli(async () => {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new UsageError('Set DATABASE_URL to a PostgreSQL server where a scratch database may be created, e.g. postgres://postgres@127.0.0.1:5432/postgres.');
  const set = loadEvalSet();
  const report = await withDemoDatabase(adminUrl, () => evaluate(set));
  console.log(formatReport(report));
  console.log(`Floor: nDCG@10 ${set.floor.ndcg.toFixed(3)}, MRR ${set.floor.mrr.toFixed(3)}; typo, Telex, VNI: nDCG@10 ${set.typoFloor.ndcg.toFixed(3)}, MRR ${set.typoFloor.mrr.toFixed(3)}`);
  const below = (t: { ndcg: number; mrr: number }, floor: { ndcg: number; mrr: number }) => t.ndcg < floor.ndcg || t.mrr < floor.mrr;
  if (below(report.total, set.floor) || below(report.typos, set.typoFloor)) {
    console.error('Search quality fell below the committed floor.');
    process.exitCode = 1;
  }
});
