import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * How the newsroom list ranks a story for a query, when sorted by relevance. One small function so
 * it can be swapped for the shared word-aware ranking (lib/data/search) without touching the list.
 * `document` is article_working_search.document: title A, sapo B, body C, folded by vn_unaccent.
 * Weights {D, C, B, A}: a title match outweighs a sapo match, which outweighs the body; normalization
 * 1 (divide by 1 + log(length)) keeps a long body from winning by bulk alone.
 */
export function staffSearchRank(document: AnyColumn | SQL, query: SQL): SQL<number> {
  return sql<number>`ts_rank_cd('{0.05, 0.2, 0.5, 1.0}', ${document}, ${query}, 1)`;
}
