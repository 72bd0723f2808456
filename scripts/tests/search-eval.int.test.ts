import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, loadEvalSet, withDemoDatabase } from '../lib/search-eval';

// The judged evaluation set on its own fresh database with exactly the demo content (other test
// files' stories would change the ranking), so the floor is deterministic.
describe('search quality on the judged evaluation set', () => {
  it('keeps nDCG@10 and MRR at or above the committed floor', async () => {
    const set = loadEvalSet();
    expect(set.queries.filter((q) => q.kind !== 'typo').length).toBeGreaterThanOrEqual(45);
    const report = await withDemoDatabase(process.env.DATABASE_URL!, () => evaluate(set));
    console.log(formatReport(report));
    expect(report.total.ndcg).toBeGreaterThanOrEqual(set.floor.ndcg);
    expect(report.total.mrr).toBeGreaterThanOrEqual(set.floor.mrr);
  }, 600_000); // a fresh database, migrations and the demo seed with its photos
});
