import { and, sql, type SQL } from 'drizzle-orm';

// Word search for staff lists (media library, accounts): every word typed must appear somewhere in
// the haystack, diacritics and case ignored (vn_unaccent on both sides), "%" and "_" taken as letters.

/** "%" and "_" in what people type are letters, not wildcards. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** At most this many words of a query are used; the rest is ignored. */
export const FOLDED_SEARCH_MAX_WORDS = 8;

/** One condition per word (up to FOLDED_SEARCH_MAX_WORDS); an empty query gives none. */
export function foldedWordConditions(haystack: SQL, query: string | undefined): SQL[] {
  return (query ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, FOLDED_SEARCH_MAX_WORDS)
    .map((word) => sql`vn_unaccent(${haystack}) like '%' || vn_unaccent(${likeEscape(word)}) || '%'`);
}

/** All words must match; undefined (no condition) for an empty query. */
export function foldedWordsMatch(haystack: SQL, query: string | undefined): SQL | undefined {
  const conditions = foldedWordConditions(haystack, query);
  return conditions.length ? and(...conditions) : undefined;
}
