// Scores of a ranked result list against judged relevance: nDCG@k (graded) and reciprocal rank.
// Pure; used by the search evaluation (scripts/search-eval.ts and its integration test).

/** slug -> grade (2 about the subject, 1 mentions it meaningfully); unlisted means not relevant. */
export type Judgements = Readonly<Record<string, number>>;

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

/** Normalised discounted cumulative gain of the first k results (1 when the ideal order; 0 when none relevant is found). */
export function ndcgAt(k: number, ranked: readonly string[], judged: Judgements): number {
  const dcg = ranked.slice(0, k).reduce((sum, slug, i) => sum + gain(judged[slug] ?? 0) * discount(i), 0);
  const ideal = Object.values(judged)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** 1 / rank of the first relevant result (grade >= 1), or 0 when there is none. */
export function reciprocalRank(ranked: readonly string[], judged: Judgements): number {
  const i = ranked.findIndex((slug) => (judged[slug] ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export interface QueryScore {
  q: string;
  kind: string;
  ndcg: number;
  mrr: number;
  top: string[];
}

export const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
