import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, isTypo, loadEvalSet, withDemoDatabase } from '../lib/search-eval';

// The judged evaluation set on its own fresh database with exactly the demo content (other test
// files' stories would change the ranking), so the floor is deterministic.
describe('search quality on the judged evaluation set', () => {
  it('keeps nDCG@10 and MRR at or above the committed floors, typo, Telex and VNI queries included', async () => {
    const set = loadEvalSet();
    expect(set.queries.filter((q) => !isTypo(q)).length).toBeGreaterThanOrEqual(45);
    expect(set.queries.filter(isTypo).length).toBeGreaterThanOrEqual(15);
    for (const kind of ['typo-telex', 'typo-vni', 'typo-letter']) expect(set.queries.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
    const report = await withDemoDatabase(process.env.DATABASE_URL!, () => evaluate(set));
    console.log(formatReport(report));
    expect(report.total.queries).toBe(set.queries.length);
    expect(report.total.ndcg).toBeGreaterThanOrEqual(set.floor.ndcg);
    expect(report.total.mrr).toBeGreaterThanOrEqual(set.floor.mrr);
    expect(report.typos.ndcg).toBeGreaterThanOrEqual(set.typoFloor.ndcg);
    expect(report.typos.mrr).toBeGreaterThanOrEqual(set.typoFloor.mrr);
  }, 600_000); // a fresh database, migrations and the demo seed with its photos
});
