import 'server-only';
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articles, articleSearch, revisions, sections } from '@/db/schema';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import { SEARCH_PAGE_SIZE, vietnamDayEnd, vietnamDayStart, type SearchRequest } from '@/lib/search/params';
import { prefixTsquery, type SearchTerm } from '@/lib/search/parse-query';
import { cardColumns, toCards, type ArticleCard } from './public-cards';
import { isPublic } from './public-filter';

export interface SearchHit extends ArticleCard {
  titleSegments: Segment[];
  snippet: Segment[];
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  /** When nothing matched: public stories whose titles are close to the query (typos, missing words). */
  suggestions: Array<{ slug: string; title: string }>;
}

/**
 * Titles that resemble the query, through the trigram index on vn_unaccent(title): "hoi ngi tong ket"
 * still leads to "Hội nghị tổng kết". Only asked when the full-text search found nothing.
 */
async function similarTitles(request: SearchRequest): Promise<Array<{ slug: string; title: string }>> {
  const text = request.query.terms.map((t) => t.text).join(' ');
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
 * The terms as one tsquery, ANDed. Stories were indexed from vn_unaccent(text), so the folded terms
 * are compared without diacritics both ways. Every piece is a bound parameter.
 */
export function termsTsquery(terms: readonly SearchTerm[]): SQL {
  const parts = terms.map((t) => (t.prefix ? sql`to_tsquery('simple', ${prefixTsquery(t)})` : sql`phraseto_tsquery('simple', vn_unaccent(${t.text}))`));
  return sql`(${sql.join(parts, sql` && `)})`;
}

/** Body text has one block per line; a heading line gets a full stop so lines do not run together. */
function sentences(bodyText: string): string {
  return bodyText
    .split('\n')
    .map((line) => (/[.!?:;…"”)]$/.test(line) ? line : `${line}.`))
    .join(' ');
}

/** Title A, sapo B, body C: a word in the title counts far more than one deep in the body. */
const rankOf = (query: SQL) => sql<number>`ts_rank_cd('{0.05, 0.1, 0.4, 1.0}', ${articleSearch.document}, ${query}, 1)`;

/**
 * Full-text search over the live revisions of public stories only (isPublic), with optional section
 * and Vietnamese-day range, newest first or by relevance. An empty query returns no hits, never an error.
 */
export async function searchPublicArticles(request: SearchRequest): Promise<SearchResults> {
  const { terms } = request.query;
  if (terms.length === 0) return { hits: [], total: 0, page: 1, pageCount: 1, suggestions: [] };
  const query = termsTsquery(terms);
  const where = and(
    isPublic(),
    sql`${articleSearch.document} @@ ${query}`,
    request.section ? eq(sections.slug, request.section) : undefined,
    request.from ? gte(articles.publishedAt, vietnamDayStart(request.from)) : undefined,
    request.to ? lt(articles.publishedAt, vietnamDayEnd(request.to)) : undefined,
  );
  const rank = rankOf(query);
  const order = request.sort === 'newest' ? [desc(articles.publishedAt), desc(articles.id)] : [desc(rank), desc(articles.publishedAt), desc(articles.id)];

  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...cardColumns, bodyText: articleSearch.bodyText })
      .from(articles)
      .innerJoin(articleSearch, eq(articleSearch.articleId, articles.id))
      .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(where)
      .orderBy(...order)
      .limit(SEARCH_PAGE_SIZE)
      .offset((request.page - 1) * SEARCH_PAGE_SIZE),
    db
      .select({ total: count() })
      .from(articles)
      .innerJoin(articleSearch, eq(articleSearch.articleId, articles.id))
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(where),
  ]);
  const cards = await toCards(rows);
  const total = totals?.total ?? 0;
  const suggestions = total === 0 ? await similarTitles(request) : [];
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
    page: request.page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
  };
}
