import 'server-only';
import { and, desc, sql, type SQL } from 'drizzle-orm';
import { unionAll, type PgColumn } from 'drizzle-orm/pg-core';
import { readerDb } from '@/db/client';
import { articleSearch, articleWorkingSearch } from '@/db/schema';
import { walkLength } from '@/lib/search/match-share';
import type { Alternative, RankPlan } from '@/lib/search/rank-plan';
import { searchMatchStats } from './match-stats';
import { termTsquery, termWords } from './tsquery';

/**
 * Word-aware search, shared by every search door: readers' /tim-kiem over article_search (live
 * revisions), the newsroom list over article_working_search (working copies, drafts included; see
 * lib/data/articles/staff-list.ts), which has the same columns. A query becomes a RankPlan (lib/search/rank-plan.ts); this module turns it
 * into SQL:
 *
 * - planMatches(plan): the WHERE test. Every group must match; a group matches when one of its forms
 *   does: a term as before (every folded word in `terms`, phrases in order in `document`; a year after
 *   a document kind, "Nghị quyết 2019", is a phrase whose words may stand anywhere), a document
 *   number by its whole token in `keys` ("#45-nq"), an abbreviation by either of its forms.
 * - planRank(plan): the relevance of one row, highest first, a weighted sum whose first tier outweighs
 *   all the others together (and each of the next ones most of those below it):
 *     16 x share of the syllables typed next to each other that stand next to each other in the story
 *        ("Đà Nẵng" holds da_nang; a story with "đã ... năng" apart does not),
 *      6 x share of the same pairs written as a name (both syllables capitalised: "Đà Nẵng", not "đã
 *        năng"; Vietnamese capitalises every syllable of a name only), which decides "da nang" typed
 *        without marks, so it outweighs where in the story the words stand,
 *      4 x share of the accented syllables and pairs typed that the story holds as written ("đà", not
 *        "đã"; nothing when the query was typed without marks),
 *      2 x share of the typed pairs standing in the title or sapo,
 *      2 x share of the groups (words, numbers, abbreviations in either form) in the title or sapo,
 *      1 x cover density of all the words in title and sapo (title 1.0, sapo 0.4),
 *      1 x cover density in the whole story (the nearer the words, the higher),
 *   so adjacent-and-in-order comes first, then near, then anywhere; recency breaks ties.
 * - rankedSearch(): ranks a bounded pool of candidates (see RankOptions.pool) and returns a page of ids,
 *   and with RankOptions.countLimit the number of matches, from the same read of the newest matches.
 */

/** The columns matching and ranking read; article_search's by default. */
export interface MatchColumns {
  /** Folded words without positions (matching). */
  terms: PgColumn;
  /** Folded words with positions, title A, sapo B, body C (phrases, proximity). */
  document: PgColumn;
  /** Folded title A and sapo B with positions. */
  head: PgColumn;
  /** vn_search_keys(): pairs, accented syllables, document numbers. */
  keys: PgColumn;
}

/** A table rankedSearch() pools from: the match columns plus the id and the date of "newest". */
export interface SearchColumns extends MatchColumns {
  id: PgColumn;
  publishedAt: PgColumn;
}

/** The newsroom's working copies (article_working_search), generated exactly like article_search. */
export const WORKING_SEARCH_COLUMNS: MatchColumns = {
  terms: articleWorkingSearch.terms,
  document: articleWorkingSearch.document,
  head: articleWorkingSearch.head,
  keys: articleWorkingSearch.keys,
};

export const ARTICLE_SEARCH_COLUMNS: SearchColumns = {
  id: articleSearch.articleId,
  publishedAt: articleSearch.publishedAt,
  terms: articleSearch.terms,
  document: articleSearch.document,
  head: articleSearch.head,
  keys: articleSearch.keys,
};

/** A lexeme of `keys` as a one-lexeme tsquery. Lexemes come from letters, digits, "_#@^/-" only. */
function lexeme(text: string): SQL {
  if (!/^[#@^]?[\p{L}\p{N}_/-]+$/u.test(text)) throw new Error(`not a search key: ${text}`);
  return sql`${`'${text}'`}::tsquery`;
}

function alternativeMatches(a: Alternative, c: MatchColumns): SQL {
  if (a.kind === 'code') return sql`${c.keys} @@ ${lexeme(a.token)}`;
  const words = sql`${c.terms} @@ ${termWords(a.term)}`;
  return a.term.words.length > 1 && !a.anywhere ? sql`(${words} and ${c.document} @@ ${termTsquery(a.term)})` : words;
}

/** The WHERE test of a plan (see the module comment). An empty plan matches nothing. */
export function planMatches(plan: RankPlan, c: MatchColumns = ARTICLE_SEARCH_COLUMNS): SQL {
  if (plan.groups.length === 0) return sql`false`;
  return and(...plan.groups.map((g) => sql`(${sql.join(g.alternatives.map((a) => alternativeMatches(a, c)), sql` or `)})`))!;
}

/** Every group in the title or sapo: the candidates an older story about the subject comes from. */
export function planMatchesHead(plan: RankPlan, c: MatchColumns = ARTICLE_SEARCH_COLUMNS): SQL {
  if (plan.groups.length === 0) return sql`false`;
  return and(...plan.groups.map((g) => groupInHead(g.alternatives, c)))!;
}

/**
 * All typed pairs adjacent somewhere (through the keys index): the candidates "Đà Nẵng" is about.
 * Pairs every match holds anyway (a phrase's) are left out; null when none is left, as then these
 * candidates would be the newest matches again (for "TP.HCM" at 100,000 stories, 5,720 rows read
 * through the keys index to find the 200 the first pool has).
 */
export function planPairsAdjacent(plan: RankPlan, c: MatchColumns = ARTICLE_SEARCH_COLUMNS): SQL | null {
  const open = plan.pairs.filter((p) => !p.implied);
  if (open.length === 0) return null;
  return sql`${c.keys} @@ (${pairsTsquery(open)})`;
}

type Forms = RankPlan['pairs'][number]['forms'];

/** A check over keys: any of its forms (OR), each with all its pairs (AND); `prefix` "^" asks for names. */
function checkTsquery(forms: Forms, prefix = ''): SQL {
  const any = forms.map((form) => sql`(${sql.join(form.map(([a, b]) => lexeme(`${prefix}${a}_${b}`)), sql` && `)})`);
  return sql`(${sql.join(any, sql` || `)})`;
}

function pairsTsquery(checks: RankPlan['pairs']): SQL {
  return sql.join(checks.map((check) => checkTsquery(check.forms)), sql` && `);
}

/** The same check against title and sapo, through their positions ("da <-> nang"). */
function headCheck(forms: Forms, c: MatchColumns): SQL {
  const any = forms.map((form) => sql`(${sql.join(form.map(([a, b]) => sql`${c.head} @@ to_tsquery('simple', ${`${a} <-> ${b}`})`), sql` and `)})`);
  return sql`(${sql.join(any, sql` or `)})`;
}

/** One group in title or sapo: a term through the positions of `head`, a document number through "@" keys. */
function groupInHead(alternatives: readonly Alternative[], c: MatchColumns): SQL {
  const one = (a: Alternative) =>
    a.kind === 'code' ? sql`${c.keys} @@ ${lexeme(`@${a.token.slice(1)}`)}` : sql`${c.head} @@ ${a.anywhere ? termWords(a.term) : termTsquery(a.term)}`;
  return sql`(${sql.join(alternatives.map(one), sql` or `)})`;
}

const share = (checks: SQL[]): SQL =>
  checks.length === 0 ? sql`0` : sql`((${sql.join(checks.map((x) => sql`(${x})::int`), sql` + `)})::float8 / ${checks.length})`;

/** Checks against keys with their weights: one vn_keys_score() call, so keys is decompressed once per row. */
function keysScore(checks: Array<{ query: SQL; weight: number }>, c: MatchColumns): SQL {
  if (checks.length === 0) return sql`0`;
  return sql`vn_keys_score(${c.keys}, array[${sql.join(checks.map((x) => x.query), sql`, `)}]::tsquery[], array[${sql.join(checks.map((x) => sql`${x.weight}`), sql`, `)}]::float8[])`;
}

/** A tier's weight shared by its checks: the tier gives `weight` when all of them hold. */
const tier = (queries: SQL[], weight: number) => queries.map((query) => ({ query, weight: weight / queries.length }));

/** Relevance of one row (see the module comment for the tiers). */
export function planRank(plan: RankPlan, c: MatchColumns = ARTICLE_SEARCH_COLUMNS): SQL<number> {
  const keys = keysScore(
    [
      ...tier(plan.pairs.map((check) => checkTsquery(check.forms)), 16),
      ...tier(plan.pairs.filter((p) => p.named).map((check) => checkTsquery(check.forms, '^')), 6),
      ...tier(plan.accented.map((k) => lexeme(k)), 4),
    ],
    c,
  );
  const pairsInHead = share(plan.pairs.filter((p) => p.named).map((check) => headCheck(check.forms, c)));
  const groupsInHead = share(plan.groups.map((g) => groupInHead(g.alternatives, c)));
  // Every group by any of its written forms (a document number has none: its own tier is the keys).
  const groups = plan.groups
    .map((g) => g.alternatives.flatMap((a) => (a.kind === 'term' ? [sql`plainto_tsquery('simple', vn_unaccent(${a.term.text}))`] : [])))
    .filter((forms) => forms.length > 0)
    .map((forms) => sql`(${sql.join(forms, sql` || `)})`);
  const all = groups.length > 0 ? sql`(${sql.join(groups, sql` && `)})` : null;
  const cover = all
    ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${c.head}, ${all}, 32) + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${c.document}, ${all}, 32)`
    : sql`0`;
  return sql<number>`(${keys} + 2 * ${pairsInHead} + 2 * ${groupsInHead} + ${cover})`;
}

export interface RankOptions {
  /** Filters every candidate must pass (visibility, section, dates). */
  filters: SQL;
  limit: number;
  offset: number;
  /**
   * Size of each candidate pool. A common word matches nearly every story, and ranking all of them
   * takes seconds at 100,000 stories; so ranking looks at the newest `pool` matches, plus the newest
   * `pool` with every group in title or sapo, plus the newest `pool` holding the typed syllables next
   * to each other (through the keys index), so an older story about the subject still comes first.
   */
  pool: number;
  /**
   * Also count the matches, up to `countLimit + 1` (so a caller can say "more than countLimit"). The
   * newest matches are read once for both the count and the first pool, in the same statement.
   */
  countLimit?: number;
  /**
   * How many of the newest rows each pool tests before the word indexes take over (see newestWhere);
   * null for the word indexes alone. By default estimated per pool from the table's statistics
   * (walkLength()).
   */
  walk?: number | null;
}

/**
 * A CTE `name` of the newest `wanted` rows passing `filters` and `test`, newest first (columns
 * article_id, published_at). With `walk` (lib/search/match-share.ts: the test holds for many rows),
 * the `walk` newest rows passing the filters are read off the date index and tested one by one,
 * stopping at `wanted`; when they hold fewer, PostgreSQL's own plan (the word indexes) finds them
 * instead, so the result never depends on the guess. Without `walk`, PostgreSQL's plan alone.
 */
function newestWhere(name: string, test: (c: MatchColumns) => SQL, filters: SQL, wanted: number, walk: number | null, walkTest = test) {
  const c = ARTICLE_SEARCH_COLUMNS;
  const newest = [desc(c.publishedAt), desc(c.id)];
  const planned = (where?: SQL) =>
    readerDb
      .select({ id: c.id, publishedAt: c.publishedAt })
      .from(articleSearch)
      .where(and(filters, test(c), where))
      .orderBy(...newest)
      .limit(wanted);
  if (walk === null) {
    const cte = readerDb.$with(name).as(planned());
    return { ctes: [cte], cte };
  }
  const recent = readerDb
    .select({ id: c.id, publishedAt: c.publishedAt, terms: c.terms, document: c.document, head: c.head, keys: c.keys })
    .from(articleSearch)
    .where(filters)
    .orderBy(...newest)
    .limit(walk)
    .as(`${name}_recent`);
  const walked = readerDb.$with(`${name}_walked`).as(
    readerDb
      .select({ id: recent.id, publishedAt: recent.publishedAt })
      .from(recent)
      .where(walkTest(recent))
      .orderBy(desc(recent.publishedAt), desc(recent.id))
      .limit(wanted),
  );
  // A condition without columns: PostgreSQL tests it once, and skips the branch it rules out.
  const found = sql`(select count(*) from ${walked})`;
  const cte = readerDb.$with(name).as(
    unionAll(readerDb.select({ id: walked.id, publishedAt: walked.publishedAt }).from(walked).where(sql`${found} >= ${wanted}`), planned(sql`${found} < ${wanted}`)),
  );
  return { ctes: [walked, cte], cte };
}

/** The walk of each pool: as given (tests), else from the statistics. */
async function walks(plan: RankPlan, wanted: { story: number; pool?: number }, given: number | null | undefined) {
  if (given !== undefined) return { story: given, head: given, adjacent: given };
  const stats = await searchMatchStats();
  const pool = (scope: 'head' | 'adjacent') => (wanted.pool === undefined ? null : walkLength(plan, stats, wanted.pool, scope));
  return { story: walkLength(plan, stats, wanted.story), head: pool('head'), adjacent: pool('adjacent') };
}

export interface RankedIds {
  ids: string[];
  /** Size of the ranked pool (null when the page is past its end). */
  pool: number | null;
  /** Matches counted up to countLimit + 1 (with countLimit; absent when the page is past the pool's end). */
  matched?: number;
}

/**
 * Ids of the best matches of `plan`, most relevant first, then newest. The one entry point for ranked
 * search: build a plan with rankPlan(parseSearchQuery(text), abbreviations) and pass your filters.
 */
export async function rankedSearch(plan: RankPlan, options: RankOptions): Promise<RankedIds> {
  const c = ARTICLE_SEARCH_COLUMNS;
  const table = articleSearch;
  const newest = [desc(c.publishedAt), desc(c.id)];
  // The newest matches, read once: the first pool is their head and, with countLimit, the count is
  // their number (a separate count would run the same match test on the same rows again).
  const counting = options.countLimit !== undefined;
  const wanted = counting ? Math.max(options.pool, options.countLimit! + 1) : options.pool;
  const walk = await walks(plan, { story: wanted, pool: options.pool }, options.walk);
  const matches = newestWhere('matches', (m) => planMatches(plan, m), options.filters, wanted, walk.story);
  const heads = newestWhere('heads', (m) => planMatchesHead(plan, m), options.filters, options.pool, walk.head);
  const [id, publishedAt] = [sql.identifier('article_id'), sql.identifier('published_at')];
  const pools = [matches, heads];
  if (planPairsAdjacent(plan, c)) {
    const adjacent = newestWhere(
      'adjacent',
      (m) => and(planPairsAdjacent(plan, m)!, planMatches(plan, m))!,
      options.filters,
      options.pool,
      walk.adjacent,
      // Walking, the cheap match test first (PostgreSQL would order two conditions by its own cost
      // model, which does not know that `keys` is read apart from the row): keys only for matches.
      (m) => sql`case when ${planMatches(plan, m)} then ${planPairsAdjacent(plan, m)} else false end`,
    );
    pools.push(adjacent);
  }
  const union = sql.join(
    [
      sql`(select ${id}, ${publishedAt} from ${matches.cte} order by ${publishedAt} desc nulls first, ${id} desc nulls first limit ${options.pool})`,
      ...pools.slice(1).map((p) => sql`(select ${id}, ${publishedAt} from ${p.cte})`),
    ],
    sql` union `,
  );
  const rows = await readerDb
    .with(...pools.flatMap((p) => p.ctes))
    .select({
      id: c.id,
      pool: sql<number>`count(*) over ()`.mapWith(Number),
      matched: counting ? sql<number>`(select count(*) from ${matches.cte})`.mapWith(Number) : sql<number | null>`null`,
    })
    .from(table)
    .where(sql`${c.id} in (select ${id} from (${union}) as ${sql.identifier('pools')})`)
    .orderBy(desc(planRank(plan, c)), ...newest)
    .limit(options.limit)
    .offset(options.offset);
  const first = rows[0];
  // No row at offset 0 means no match at all; past the pool's end there is no row to carry the count.
  const matched = counting && first ? first.matched! : counting && options.offset === 0 ? 0 : undefined;
  return { ids: rows.map((r) => String(r.id)), pool: first?.pool ?? null, ...(matched === undefined ? {} : { matched }) };
}

export interface NewestOptions {
  filters: SQL;
  limit: number;
  offset: number;
  /** Matches are counted up to countLimit + 1; the pages reach no further (offset + limit <= countLimit). */
  countLimit: number;
  /** As RankOptions.walk. */
  walk?: number | null;
}

/**
 * Ids of the matches of `plan`, newest first, `limit` from `offset`, and their number up to
 * countLimit + 1: one read of the newest countLimit + 1 matches serves the page and the count.
 */
export async function newestSearch(plan: RankPlan, options: NewestOptions): Promise<RankedIds> {
  const wanted = options.countLimit + 1;
  const walk = await walks(plan, { story: wanted }, options.walk);
  const { ctes, cte: matches } = newestWhere('matches', (m) => planMatches(plan, m), options.filters, wanted, walk.story);
  const rows = await readerDb
    .with(...ctes)
    .select({ id: matches.id, matched: sql<number>`(select count(*) from ${matches})`.mapWith(Number) })
    .from(matches)
    .orderBy(desc(matches.publishedAt), desc(matches.id))
    .limit(options.limit)
    .offset(options.offset);
  // No row at offset 0 means no match; past the last match there is no row to carry the count.
  const matched = rows[0]?.matched ?? (options.offset === 0 ? 0 : undefined);
  return { ids: rows.map((r) => String(r.id)), pool: null, ...(matched === undefined ? {} : { matched }) };
}
