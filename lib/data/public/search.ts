import 'server-only';
import { and, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articles, articleSearch, revisions, sections } from '@/db/schema';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import { SEARCH_PAGE_SIZE, vietnamDayEnd, vietnamDayStart, type SearchRequest } from '@/lib/search/params';
import { rankPlan, type RankPlan } from '@/lib/search/rank-plan';
import { searchAbbreviationList } from '../search/abbreviations';
import { newestSearch, planMatches, rankedSearch, type RankedIds } from '../search/ranked-search';
import { wordsTsquery } from '../search/tsquery';
import { cardColumns, toCards, type ArticleCard } from './cards';
import { isPublic } from './filter';

export interface SearchHit extends ArticleCard {
  titleSegments: Segment[];
  snippet: Segment[];
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matching stories, counted up to SEARCH_COUNT_LIMIT (see totalIsMore). */
  total: number;
  /** More than `total` stories match: the count stopped at SEARCH_COUNT_LIMIT. */
  totalIsMore: boolean;
  /** How many of the matches the pages reach (the rest: narrow the search). */
  listed: number;
  page: number;
  pageCount: number;
  /** When nothing matched: public stories that match the query without its unknown words (typos). */
  suggestions: Array<{ slug: string; title: string }>;
}

/**
 * Why these limits: at 100,000 stories a common word ("hội nghị") matches nearly all of them, and
 * counting or ranking every match takes seconds. Search walks the newest matches off an index and
 * stops: the count stops at SEARCH_COUNT_LIMIT ("hơn 300"), and relevance ranks a pool of the newest
 * RANK_POOL matches plus the newest RANK_POOL whose title or sapo hold every term, so an older story
 * about the subject still comes first. Newest-first reaches SEARCH_COUNT_LIMIT results; a reader who
 * wants more narrows the search by words, section or dates.
 */
const SEARCH_COUNT_LIMIT = 300;
const RANK_POOL = 200;

export interface SearchLimits {
  /** Matches counted at most. */
  count: number;
  /** Size of each half of the relevance pool. */
  pool: number;
  /** Look for "similar titles" when nothing matches (off when the caller only asks whether anything does). */
  suggestions?: boolean;
}

const LIMITS: SearchLimits = { count: SEARCH_COUNT_LIMIT, pool: RANK_POOL };

/** Visible search rows (the trigger-kept mirror of isPublic(), see db/schema.ts) with the filters. */
function searchFilters(request: SearchRequest): SQL {
  return and(
    sql`${articleSearch.visibleFrom} <= now()`,
    request.section ? sql`${articleSearch.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${request.section})` : undefined,
    request.from ? gte(articleSearch.publishedAt, vietnamDayStart(request.from)) : undefined,
    request.to ? lt(articleSearch.publishedAt, vietnamDayEnd(request.to)) : undefined,
  )!;
}

const newestFirst = [desc(articleSearch.publishedAt), desc(articleSearch.articleId)];

/** Ids of the newest `limit` matches (PostgreSQL's plan), for a count that no page could carry. */
function newestMatches(where: SQL, limit: number) {
  return db.select({ id: articleSearch.articleId }).from(articleSearch).where(where).orderBy(...newestFirst).limit(limit);
}

/** A newest-first page and the count; the pages end where the count stops, like the pagination says (?trang=999 is empty). */
async function newestPage(plan: RankPlan, request: SearchRequest, offset: number, countLimit: number): Promise<RankedIds> {
  const size = Math.min(SEARCH_PAGE_SIZE, countLimit - offset);
  if (size <= 0) return { ids: [], pool: null };
  return newestSearch(plan, { filters: searchFilters(request), limit: size, offset, countLimit });
}

async function rankedMatches(plan: RankPlan, request: SearchRequest, limit: number, offset: number, pool = RANK_POOL, countLimit?: number): Promise<RankedIds> {
  return rankedSearch(plan, { filters: searchFilters(request), limit, offset, pool, countLimit });
}

/** The cards of `ids` in that order; each must still pass isPublic() itself. */
async function cardsOf(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ ...cardColumns, bodyText: articleSearch.bodyText })
    .from(articles)
    .innerJoin(articleSearch, eq(articleSearch.articleId, articles.id))
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(inArray(articles.id, ids), isPublic()));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Titles that resemble the query, through the trigram index on vn_unaccent(title): "hoi ngi" still
 * leads to "Hội nghị". Asked only when no term of the query matches any story.
 */
async function similarTitles(request: SearchRequest): Promise<Array<{ slug: string; title: string }>> {
  // A title-length probe is enough to find a resembling title; longer text only costs trigrams.
  const text = request.query.terms.map((t) => t.text).join(' ').slice(0, 64);
  if (text.length < 3) return [];
  const score = sql<number>`word_similarity(vn_unaccent(${text}), vn_unaccent(${articleSearch.title}))`;
  return db
    .select({ slug: articles.slug, title: articleSearch.title })
    .from(articles)
    .innerJoin(articleSearch, eq(articleSearch.articleId, articles.id))
    .where(and(isPublic(), sql`vn_unaccent(${text}) <% vn_unaccent(${articleSearch.title})`))
    .orderBy(desc(score), desc(articles.publishedAt))
    .limit(5);
}

/**
 * For a query that found nothing: the stories found by the same query without the terms that match
 * no visible story at all ("hoi ngi tong ket" -> "hoi tong ket"). When no term is known, titles that
 * resemble the query through the trigram index on vn_unaccent(title).
 */
async function suggestionsFor(request: SearchRequest, abbreviations: Awaited<ReturnType<typeof searchAbbreviationList>>): Promise<Array<{ slug: string; title: string }>> {
  const { terms } = request.query;
  const visible = sql`${articleSearch.visibleFrom} <= now()`;
  const [known] = await db
    .select({
      flags: sql<boolean[]>`array[${sql.join(
        terms.map((t) => sql`exists (select 1 from ${articleSearch} where ${visible} and ${articleSearch.terms} @@ ${wordsTsquery([t])})`),
        sql`, `,
      )}]`,
    })
    .from(sql`(select 1) as one`);
  const found = terms.filter((_, i) => known?.flags[i]);
  if (found.length > 0 && found.length < terms.length) {
    const relaxed: SearchRequest = { ...request, query: { ...request.query, terms: found } };
    const { ids } = await rankedMatches(rankPlan(relaxed.query, abbreviations), relaxed, 5, 0);
    return (await cardsOf(ids)).map((r) => ({ slug: r.slug, title: r.title }));
  }
  return found.length === 0 ? similarTitles(request) : [];
}

/** Body text has one block per line; a heading line gets a full stop so lines do not run together. */
function sentences(bodyText: string): string {
  return bodyText
    .split('\n')
    .map((line) => (/[.!?:;…"”)]$/.test(line) ? line : `${line}.`))
    .join(' ');
}

/**
 * Full-text search over the live revisions of public stories only, with optional section and
 * Vietnamese-day range, newest first or by relevance (title and sapo matches first, then newest).
 * An empty query returns no hits, never an error. See SEARCH_COUNT_LIMIT for what is counted.
 */
export async function searchPublicArticles(request: SearchRequest, limits: SearchLimits = LIMITS): Promise<SearchResults> {
  const { terms } = request.query;
  if (terms.length === 0) return { hits: [], total: 0, totalIsMore: false, listed: 0, page: 1, pageCount: 1, suggestions: [] };
  const abbreviations = await searchAbbreviationList();
  const plan = rankPlan(request.query, abbreviations);
  const where = and(searchFilters(request), planMatches(plan))!;
  const offset = (request.page - 1) * SEARCH_PAGE_SIZE;

  const countMatches = async () => (await db.select({ n: count() }).from(newestMatches(where, limits.count + 1).as('counted')))[0]?.n ?? 0;
  // Both orders count in the statement that reads the newest matches anyway (newestSearch, and
  // rankedSearch's countLimit); only a page past the last row, which has no row to carry the count, asks separately.
  const ranked =
    request.sort === 'newest' ? await newestPage(plan, request, offset, limits.count) : await rankedMatches(plan, request, SEARCH_PAGE_SIZE, offset, limits.pool, limits.count);
  const matched = ranked.matched ?? (await countMatches());
  const total = Math.min(matched, limits.count);
  const listed = request.sort === 'newest' || ranked.pool === null ? total : Math.min(total, ranked.pool);
  const rows = await cardsOf(ranked.ids);
  const cards = await toCards(rows);
  const suggestions = total === 0 && limits.suggestions !== false ? await suggestionsFor(request, abbreviations) : [];
  return {
    suggestions,
    hits: cards.map((card, i) => {
      const row = rows[i]!;
      // The sapo when it holds a match (it is the story's own summary), else the body around the matches.
      const fromSapo = snippet(card.sapo, terms);
      const fromBody = fromSapo.matched ? fromSapo : snippet(sentences(row.bodyText), terms);
      return {
        ...card,
        titleSegments: highlight(card.title, terms),
        snippet: (fromBody.matched || !card.sapo ? fromBody : fromSapo).segments,
      };
    }),
    total,
    totalIsMore: matched > limits.count,
    listed,
    page: request.page,
    pageCount: Math.max(1, Math.ceil(listed / SEARCH_PAGE_SIZE)),
  };
}
