import { sql, type SQL } from 'drizzle-orm';
import { prefixTsquery, type SearchTerm } from '@/lib/search/parse-query';

// The one place a parsed search term becomes a tsquery, for every search door (readers' search, its
// suggestions, the newsroom list). Text is folded by vn_unaccent() in SQL and split by PostgreSQL's
// parser exactly as the stories were ("covid-19"); prefixes are letters and digits only (parse-query).

/** One term with positions: a phrase's words in order, a prefix's last word as a prefix. For `document` and `head`. */
export function termTsquery(t: SearchTerm): SQL {
  return t.prefix ? sql`to_tsquery('simple', ${prefixTsquery(t)})` : sql`phraseto_tsquery('simple', vn_unaccent(${t.text}))`;
}

/** One term with its words ANDed, positions ignored: what the position-free `terms` column answers. */
export function termWords(t: SearchTerm): SQL {
  return t.prefix
    ? sql`to_tsquery('simple', ${t.words.map((w, i) => (i === t.words.length - 1 ? `${w}:*` : w)).join(' & ')})`
    : sql`plainto_tsquery('simple', vn_unaccent(${t.text}))`;
}

/** Every term's words ANDed (see termWords). */
export function wordsTsquery(terms: readonly SearchTerm[]): SQL {
  return sql`(${sql.join(
    terms.map((t) => termWords(t)),
    sql` && `,
  )})`;
}
