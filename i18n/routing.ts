import { defineRouting } from 'next-intl/routing';

// The public shell speaks Vietnamese (default, no prefix) and English (under /en). Stories keep
// their own language (articles.language) whatever the shell's. The newsroom is Vietnamese only.
// proxy.ts maps /en/... onto the same pages and tells next-intl the locale (see localeOfPath).
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
const ENGLISH_PAGES = new Set(['', 'chuyen-muc', 'bai-viet', 'tim-kiem', 'tu-khoa', 'nhan-vat', 'don-vi', 'gioi-thieu', 'co-cau-to-chuc', 'lien-he']);

/**
 * The locale of a requested path and the page path it maps to: "/en/tim-kiem" -> en, "/tim-kiem";
 * "/en/toa-soan" -> en with no page (answers the English 404); anything else -> vi, unchanged.
 */
export function localeOfPath(pathname: string): { locale: Locale; path: string | null } {
  if (pathname !== '/en' && !pathname.startsWith('/en/')) return { locale: 'vi', path: pathname };
  const path = pathname.slice(3) || '/';
  const segments = path.split('/').filter(Boolean);
  // Pages are at most two segments deep; "/en/bai-viet/x/luu" (a download) or a feed is not one.
  const isPage = segments.length <= 2 && ENGLISH_PAGES.has(segments[0] ?? '');
  return { locale: 'en', path: isPage ? path : null };
}

/**
 * Header through which proxy.ts tells the reader shell the address being read (path and query), so
 * the language switch is plain server-rendered HTML. Always set by proxy.ts, never taken from the reader.
 */
export const READER_ADDRESS_HEADER = 'x-reader-address';

/**
 * The address being read, in the given locale: ("/en/tim-kiem?q=x", "vi") -> "/tim-kiem?q=x".
 * Anything that is not a path on this site gives that locale's home page.
 */
export function addressIn(address: string, locale: Locale): string {
  const local = address.startsWith('/') && !address.startsWith('//') && !address.includes('\\') ? address : '/';
  const query = local.indexOf('?');
  const pathname = query < 0 ? local : local.slice(0, query);
  const search = query < 0 ? '' : local.slice(query);
  const bare = pathname === '/en' ? '/' : pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
  return localePath(bare + search, locale);
}

/** A reader path in the given locale: ("/tim-kiem?q=x", "en") -> "/en/tim-kiem?q=x". */
export function localePath(href: string, locale: Locale): string {
  if (locale === routing.defaultLocale) return href;
  if (href === '/') return `/${locale}`;
  if (href.startsWith('/?')) return `/${locale}${href.slice(1)}`;
  return `/${locale}${href}`;
}
