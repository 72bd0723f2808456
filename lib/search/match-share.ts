// How common a query's match is, estimated before the search runs, so the data layer can choose how
// to find the newest matches (lib/data/search/ranked-search.ts). Pure: the element frequencies come
// from PostgreSQL's own statistics of the search columns (lib/data/search/match-stats.ts).
//
// Why not leave it to PostgreSQL's planner: it estimates a multi-word match as if the words were
// independent. "đồng bằng sông Cửu Long" stands in 27 % of the benchmark's stories, but the product of
// its five words' frequencies says 2 %, so the planner reads every match through the word index and
// sorts them all for the newest few hundred, a cost that grows with the corpus, where walking the date
// index newest first would stop after a few hundred rows. An upper bound is what is known for sure:
// a story holding the phrase holds each of its words and each of its adjacent pairs.
import type { Alternative, RankPlan } from './rank-plan';

/**
 * Frequencies (share of rows, 0..1) of the most common elements of one tsvector column, as PostgreSQL
 * lists them (the commonest, up to ten times the column's statistics target).
 */
export interface ElementStats {
  frequency: ReadonlyMap<string, number>;
}

export interface MatchStats {
  /** `terms`: folded syllables. */
  terms: ElementStats;
  /** `keys`: folded adjacent pairs ("dong_bang"), accented syllables, document numbers ("#45-nq/tw"). */
  keys: ElementStats;
  /** `head`: folded syllables of title and sapo. */
  head: ElementStats;
  /** Rows of the table (PostgreSQL's estimate). */
  rows: number;
}

// An element the list leaves out counts as rare. It may not be (when a column has many common elements,
// as `keys` has pairs, the list ends at ~25 %), but then the caller keeps PostgreSQL's plan, as before:
// only what the statistics show to be common makes a walk happen.
const elementShare = (stats: ElementStats, element: string) => stats.frequency.get(element) ?? 0;

/**
 * Where the rows are tested: the whole story (planMatches), its title and sapo (planMatchesHead), or
 * the whole story with the typed pairs together (planMatches and planPairsAdjacent).
 */
export type Scope = 'story' | 'head' | 'adjacent';

function alternativeBound(a: Alternative, stats: MatchStats, scope: 'story' | 'head'): number {
  if (a.kind === 'code') return scope === 'story' ? elementShare(stats.keys, a.token) : 0;
  // A prefix's last word stands for many words: no bound from it.
  const exact = a.term.prefix ? a.term.words.slice(0, -1) : a.term.words;
  let bound = 1;
  for (const word of exact) bound = Math.min(bound, elementShare(scope === 'story' ? stats.terms : stats.head, word));
  // Pairs are known for the whole story only (keys).
  if (!a.anywhere && scope === 'story') {
    for (let i = 1; i < exact.length; i++) bound = Math.min(bound, elementShare(stats.keys, `${exact[i - 1]}_${exact[i]}`));
  }
  return bound;
}

/**
 * At most this share of rows match `plan` (0..1) in `scope`, as far as the statistics show: every
 * group must match, so the rarest group bounds the whole; a group matches by any of its
 * alternatives, so their bounds add up. Low where the statistics know too little (an unlisted
 * element; a phrase across a comma, since `keys` pairs syllables within a clause only): then the
 * caller keeps PostgreSQL's plan.
 */
export function matchShareBound(plan: RankPlan, stats: MatchStats, scope: Scope = 'story'): number {
  let bound = plan.groups.length === 0 ? 0 : 1;
  for (const group of plan.groups) {
    const share = group.alternatives.reduce((sum, a) => sum + alternativeBound(a, stats, scope === 'head' ? 'head' : 'story'), 0);
    bound = Math.min(bound, share);
  }
  if (scope === 'adjacent') {
    // Each pair check not implied by the match (planPairsAdjacent): any form, all of its pairs.
    const open = plan.pairs.filter((p) => !p.implied);
    if (open.length === 0) return 0;
    for (const check of open) {
      const share = check.forms.reduce((sum, form) => sum + Math.min(1, ...form.map(([x, y]) => elementShare(stats.keys, `${x}_${y}`))), 0);
      bound = Math.min(bound, share);
    }
  }
  return Math.min(1, bound);
}

/** Rows the newest-first walk may read: enough for `wanted` matches at half the bound's share. */
export const WALK_SLACK = 2;
/** The walk never reads more than this many rows, whatever the corpus (a bound on a wrong guess). */
export const MAX_WALK = 4000;

/**
 * How many of the newest rows to test for `wanted` matches in `scope`, or null to let the word index
 * find them.
 * Walking costs about one test per row read (wanted / share rows); the word index reads and sorts
 * every match (share x rows). Walk only when that reads fewer rows, and never more than MAX_WALK; a
 * walk that finds fewer than `wanted` falls back to the word index, so a wrong guess costs at most one
 * bounded walk.
 */
export function walkLength(plan: RankPlan, stats: MatchStats | null, wanted: number, scope: Scope = 'story'): number | null {
  if (!stats || stats.rows <= 0) return null;
  // A document number is tested in `keys` (about 11 KB a story, stored compressed apart from the
  // row): on a walk that costs ten times the word tests per row read (42 against 4.5 µs measured at
  // 10,000 stories), and PostgreSQL's plan for it reads the keys index. Not walked.
  if (plan.groups.some((g) => g.alternatives.some((a) => a.kind === 'code'))) return null;
  const share = matchShareBound(plan, stats, scope);
  if (share <= 0) return null;
  const walk = Math.ceil((WALK_SLACK * wanted) / share);
  // Testing pairs reads `keys` (about 11 KB, stored apart) for every match walked: at 100,000 stories
  // about 55 µs a row, where a row read through the keys index costs about 17 µs; as a walk reads keys
  // only for rows that match, count a walked row twice. The other tests cost what a recheck costs.
  const rowCost = scope === 'adjacent' ? 2 : 1;
  if (walk > MAX_WALK || walk * rowCost >= share * stats.rows) return null;
  return walk;
}
