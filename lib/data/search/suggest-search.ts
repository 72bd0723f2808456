import 'server-only';
import { searchPublicArticles, type SearchResults } from '@/lib/data/public/search';
import { convertTypedMarks } from '@/lib/search/input';
import { changedWords, rewriteQuery, type QueryPiece } from '@/lib/search/input-fixes';
import type { SearchRequest } from '@/lib/search/params';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { typoFixes } from './suggest';

export interface ForgivingSearch {
  results: SearchResults;
  /**
   * The words as typed found nothing, their Telex/VNI conversion did: the results are for `text`
   * ("Đã tìm theo hội nghị"), and the reader may still ask for `typed` exactly.
   */
  searchedInstead: { text: string; pieces: QueryPiece[]; typed: string } | null;
  /** Nothing found; the same query with its typos corrected finds stories ("Có phải bạn muốn tìm …"). */
  didYouMean: { text: string; pieces: QueryPiece[] } | null;
}

const withText = (request: SearchRequest, text: string): SearchRequest => ({ ...request, page: 1, query: parseSearchQuery(text) });

/**
 * Public search that forgives input: when the query finds nothing, its Telex/VNI conversion is
 * searched instead if that finds stories, else the query with one-letter typos corrected is offered
 * when that finds stories. `exact` turns both off (the reader clicked "Tìm chính xác").
 */
export async function forgivingPublicSearch(request: SearchRequest, { exact = false } = {}): Promise<ForgivingSearch> {
  const results = await searchPublicArticles(request);
  const none = { results, searchedInstead: null, didYouMean: null };
  if (exact || results.total > 0 || request.query.terms.length === 0) return none;

  const typed = request.query.text;
  const converted = convertTypedMarks(typed);
  if (converted.changed) {
    const instead = await searchPublicArticles({ ...request, query: parseSearchQuery(converted.text) });
    if (instead.total > 0) return { results: instead, searchedInstead: { text: converted.text, pieces: changedWords(typed, converted.text), typed }, didYouMean: null };
  }

  const base = converted.changed ? converted.text : typed;
  const words = parseSearchQuery(base).terms.flatMap((t) => (t.prefix ? t.words.slice(0, -1) : t.words));
  const fixes = await typoFixes(words);
  if (fixes.length === 0) return none;
  const corrected = rewriteQuery(base, new Map(fixes.map((f) => [f.typed, f.word])));
  // Offer it only when it finds something: a hint that leads nowhere is worse than none.
  const check = await searchPublicArticles(withText(request, corrected.text), { count: 1, pool: 1, suggestions: false });
  return check.total > 0 ? { ...none, didYouMean: corrected } : none;
}
