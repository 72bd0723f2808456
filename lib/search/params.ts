// The search page's URL parameters, read defensively: anything odd falls back to a default.
import { parseSearchQuery, type ParsedQuery } from './parse-query';

export type SearchSort = 'relevance' | 'newest';

export interface SearchRequest {
  query: ParsedQuery;
  /** Section slug, or null for all sections. */
  section: string | null;
  /** Inclusive day range in Vietnam, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  sort: SearchSort;
  page: number;
}

export const SEARCH_PAGE_SIZE = 10;
export const MAX_SEARCH_PAGE = 500;

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A real calendar day as YYYY-MM-DD (2024-02-30 is refused), else null. */
export function calendarDay(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return value;
}

export function parseSearchRequest(params: Params): SearchRequest {
  const section = first(params['chuyen-muc']);
  let from = calendarDay(first(params.tu));
  let to = calendarDay(first(params.den));
  if (from && to && from > to) [from, to] = [to, from];
  const page = Number(first(params.trang));
  return {
    query: parseSearchQuery(first(params.q)),
    section: section && /^[a-z0-9-]{1,120}$/.test(section) ? section : null,
    from,
    to,
    sort: first(params['sap-xep']) === 'moi-nhat' ? 'newest' : 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_SEARCH_PAGE ? page : 1,
  };
}

/** The URL of a search, for pagination and sort links; defaults are left out. */
export function searchHref(request: SearchRequest, changes: Partial<Omit<SearchRequest, 'query'>> = {}): string {
  const r = { ...request, ...changes };
  const p = new URLSearchParams();
  if (r.query.text) p.set('q', r.query.text);
  if (r.section) p.set('chuyen-muc', r.section);
  if (r.from) p.set('tu', r.from);
  if (r.to) p.set('den', r.to);
  if (r.sort === 'newest') p.set('sap-xep', 'moi-nhat');
  if (r.page > 1) p.set('trang', String(r.page));
  const qs = p.toString();
  return qs ? `/tim-kiem?${qs}` : '/tim-kiem';
}

/** Start of a Vietnamese day (UTC+7, no daylight saving) as an instant. */
export function vietnamDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** Start of the day after, so "to" includes the whole day. */
export function vietnamDayEnd(day: string): Date {
  return new Date(vietnamDayStart(day).getTime() + 86_400_000);
}

/** "?trang=" of list pages: a whole number from 1, else 1. */
export function pageParam(value: string | string[] | undefined, max = 100_000): number {
  const n = Number(first(value));
  return Number.isInteger(n) && n >= 1 && n <= max ? n : 1;
}
