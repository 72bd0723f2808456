import { defineRouting } from 'next-intl/routing';

// The public shell speaks Vietnamese (default, no prefix) and English (under /en). Stories keep
// their own language (articles.language) whatever the shell's. The newsroom is Vietnamese only.
// proxy.ts maps /... to app/[locale] with locale vi and /en/... with en (see readerRoute), so the
// address alone decides the language and every page is cached under its own address.
export const routing = defineRouting({
  locales: ['vi', 'en'],
  defaultLocale: 'vi',
  localePrefix: 'as-needed',
  // The address alone decides the language: no cookie, no Accept-Language redirect, so a shared
  // cache can key pages by URL.
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (routing.locales as readonly string[]).includes(value);

/** Header through which proxy.ts tells next-intl the request's locale (next-intl's own name). */
export const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

/**
 * Reader pages that exist in English, by their first path segment (the home page is '').
 * Feeds, sitemaps, downloads, the newsroom and the API stay where they are.
 */
const ENGLISH_PAGES = new Set(['', 'chuyen-muc', 'bai-viet', 'tim-kiem', 'tu-khoa', 'nhan-vat', 'don-vi', 'gioi-thieu', 'co-cau-to-chuc', 'lien-he', 'dinh-chinh', 'van-ban', 'luu-tru']);

/** The archive by date: "/luu-tru", a year, a month or a day ("/luu-tru/2019/12/23"); the date itself is checked by the page. */
const ARCHIVE_PATH = /^\/luu-tru(?:\/[0-9]{4}(?:\/[0-9]{2}(?:\/[0-9]{2})?)?)?$/;

/**
 * The locale of a requested path and the page path it maps to: "/en/tim-kiem" -> en, "/tim-kiem";
 * "/en/toa-soan" -> en with no page (answers the English 404); anything else -> vi, unchanged.
 */
export function localeOfPath(pathname: string): { locale: Locale; path: string | null } {
  if (pathname !== '/en' && !pathname.startsWith('/en/')) return { locale: 'vi', path: pathname };
  const path = pathname.slice(3) || '/';
  const segments = path.split('/').filter(Boolean);
  // Pages are at most two segments deep (but the archive's days); "/en/bai-viet/x/luu" (a download) or a feed is not one.
  const isPage = (segments.length <= 2 || ARCHIVE_PATH.test(path)) && ENGLISH_PAGES.has(segments[0] ?? '');
  return { locale: 'en', path: isPage ? path : null };
}

/** Reader pages served from the cache; search is rendered per request (its query is the page). */
const LIST_PAGES = new Set(['chuyen-muc', 'tu-khoa', 'nhan-vat', 'don-vi']);
const SINGLE_PAGES = new Set(['', 'gioi-thieu', 'co-cau-to-chuc', 'lien-he', 'dinh-chinh', 'van-ban']);
/** Vietnamese-only addresses that are not reader pages: left as they are. */
const OTHER_AREAS = new Set(['toa-soan', 'api', 'media', 'xem-truoc', 'doi-ngon-ngu']);
const SLUG = /^[a-z0-9][a-z0-9-]{0,200}$/;
const QA_DYNAMIC = new Set(['gui', 'da-nhan', 'tim-kiem', 'tra-cuu']);
const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

/**
 * Where proxy.ts sends a request (pure, so it is unit-tested):
 * - `page`: a cached reader page, rewritten to app/[locale]: "/bai-viet/x" -> "/vi/bai-viet/x",
 *   "/en/chuyen-muc/y?trang=2" -> "/en/chuyen-muc/y/2" (each page of a list is its own cached
 *   page; other query parameters cannot change a cached page and are dropped);
 * - `dynamic`: a reader page rendered per request (search), rewritten the same way with its query;
 * - `redirect`: "/vi/..." is the Vietnamese page without the prefix;
 * - `pass`: not a reader page (newsroom, API, media, previews, feeds, sitemaps, downloads, files);
 * - `missing`: no such reader page: the cached 404 page of that language.
 */
export type ReaderRoute =
  | { kind: 'page' | 'dynamic'; locale: Locale; target: string }
  | { kind: 'redirect'; target: string }
  | { kind: 'pass' }
  | { kind: 'missing'; locale: Locale; target: string };

export function readerRoute(pathname: string, search: string): ReaderRoute {
  if (pathname === '/vi' || pathname.startsWith('/vi/')) return { kind: 'redirect', target: (pathname.slice(3) || '/') + search };
  const { locale, path } = localeOfPath(pathname);
  const missing = { kind: 'missing', locale, target: `/${locale}/khong-tim-thay` } as const;
  if (path === null) return missing;
  const segments = path.split('/').filter(Boolean);
  const [first = '', second, third] = segments;
  if (locale === 'vi') {
    if (OTHER_AREAS.has(first) || first.startsWith('_') || first.includes('.')) return { kind: 'pass' };
    if (segments.length === 3 && ((first === 'chuyen-muc' && third === 'rss.xml') || (first === 'bai-viet' && third === 'luu'))) return { kind: 'pass' };
    // The documents' feed and their files (/van-ban/tep/<id>) are not pages.
    if (first === 'van-ban' && ((segments.length === 2 && second === 'rss.xml') || (segments.length === 3 && second === 'tep'))) return { kind: 'pass' };
    // The date picker's form target: a redirect to a day's page (app/(public)/luu-tru/chon-ngay).
    if (path === '/luu-tru/chon-ngay') return { kind: 'pass' };
  }
  if (first === 'luu-tru') {
    if (!ARCHIVE_PATH.test(path)) return missing;
    // Each page of a month's or a day's stories is its own cached page, like a list's.
    const trang = segments.length >= 3 ? new URLSearchParams(search).get('trang') : null;
    const page = trang && PAGE_NUMBER.test(trang) && trang !== '1' ? (segments.length === 3 ? `/trang/${trang}` : `/${trang}`) : '';
    return { kind: 'page', locale, target: `/${locale}${path}${page}` };
  }
  if (segments.length > 2 || path !== `/${segments.join('/')}`) return missing;
  // Citizens' questions (Vietnamese only): the list and each published question are cached; the
  // form, its receipt, the search and the status lookup are rendered per request.
  if (locale === 'vi' && first === 'hoi-dap') {
    if (segments.length === 1) return { kind: 'page', locale, target: '/vi/hoi-dap' };
    if (QA_DYNAMIC.has(second!)) return { kind: 'dynamic', locale, target: `/vi/hoi-dap/${second}${search}` };
    if (SLUG.test(second!)) return { kind: 'page', locale, target: `/vi/hoi-dap/${second}` };
    return missing;
  }
  if (segments.length <= 1 && SINGLE_PAGES.has(first)) return { kind: 'page', locale, target: `/${locale}${first ? `/${first}` : ''}` };
  if (segments.length === 1 && first === 'tim-kiem') return { kind: 'dynamic', locale, target: `/${locale}/tim-kiem${search}` };
  // The documents list with filters or a query is rendered per request; the bare list and each document are cached.
  if (segments.length === 2 && first === 'van-ban' && second === 'tra-cuu') return { kind: 'dynamic', locale, target: `/${locale}/van-ban/tra-cuu${search}` };
  if (segments.length === 2 && first === 'van-ban' && SLUG.test(second!)) return { kind: 'page', locale, target: `/${locale}/van-ban/${second}` };
  if (segments.length === 2 && SLUG.test(second!) && (first === 'bai-viet' || LIST_PAGES.has(first))) {
    const trang = first === 'bai-viet' ? null : new URLSearchParams(search).get('trang');
    const page = trang && PAGE_NUMBER.test(trang) && trang !== '1' ? `/${trang}` : '';
    return { kind: 'page', locale, target: `/${locale}/${first}/${second}${page}` };
  }
  return missing;
}

/**
 * The address being read, in the given locale: ("/en/tim-kiem?q=x", "vi") -> "/tim-kiem?q=x".
 * Anything that is not a path on this site gives that locale's home page, and so does a page with
 * no twin in that locale (the Vietnamese-only questions pages, /hoi-dap...: "/en/hoi-dap" would be
 * the English 404, so the language switch goes to the English home page instead).
 */
export function addressIn(address: string, locale: Locale): string {
  const local = address.startsWith('/') && !address.startsWith('//') && !address.includes('\\') ? address : '/';
  const query = local.indexOf('?');
  const pathname = query < 0 ? local : local.slice(0, query);
  const search = query < 0 ? '' : local.slice(query);
  const bare = pathname === '/en' ? '/' : pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
  const target = localePath(bare + search, locale);
  if (locale !== routing.defaultLocale && localeOfPath(localePath(bare, locale)).path === null) return localePath('/', locale);
  return target;
}

/** A reader path in the given locale: ("/tim-kiem?q=x", "en") -> "/en/tim-kiem?q=x". */
export function localePath(href: string, locale: Locale): string {
  if (locale === routing.defaultLocale) return href;
  if (href === '/') return `/${locale}`;
  if (href.startsWith('/?')) return `/${locale}${href.slice(1)}`;
  return `/${locale}${href}`;
}
