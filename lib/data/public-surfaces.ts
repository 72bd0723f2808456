// PURE. Which public URLs show a story: the paths a publish, update or unpublish must refresh.
import { localeOfPath, localePath, readerRoute } from '@/i18n/routing';

export interface ArticleSurfaces {
  /** The current slug and every old slug (old URLs redirect, and their cached redirects must go too). */
  slugs: string[];
  sectionSlugs: string[];
  tagSlugs: string[];
  personSlugs: string[];
  unitSlugs: string[];
}

export const EMPTY_SURFACES: ArticleSurfaces = { slugs: [], sectionSlugs: [], tagSlugs: [], personSlugs: [], unitSlugs: [] };

/** Lists and feeds that may show any story. */
export const SITE_WIDE_PATHS = ['/', '/rss.xml', '/sitemap.xml', '/news-sitemap.xml', '/tim-kiem', '/api/v1/public/articles'] as const;

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]{0,200}$/;

/**
 * The paths to refresh for one or more states of a story (pass the state before and after a change,
 * so a section or tag the story left is refreshed too). Sorted, without duplicates. A list page's
 * ?trang=N copies share its path: purge by path prefix where the cache supports it.
 */
export function surfacePaths(...states: ArticleSurfaces[]): string[] {
  const paths = new Set<string>(SITE_WIDE_PATHS);
  const add = (prefix: string, slugs: string[], extra: string[] = []) => {
    for (const slug of slugs) {
      if (!SAFE_SLUG.test(slug)) continue;
      paths.add(`${prefix}/${slug}`);
      for (const suffix of extra) paths.add(`${prefix}/${slug}${suffix}`);
    }
  };
  for (const s of states) {
    add('/bai-viet', s.slugs, ['/luu']);
    add('/chuyen-muc', s.sectionSlugs, ['/rss.xml']);
    add('/tu-khoa', s.tagSlugs);
    add('/nhan-vat', s.personSlugs);
    add('/don-vi', s.unitSlugs);
  }
  // The same pages in the English interface (/en/...); feeds, sitemaps and downloads exist once.
  for (const path of [...paths]) {
    const english = localePath(path, 'en');
    if (localeOfPath(english).path !== null) paths.add(english);
  }
  return [...paths].sort();
}

/** Pages of a list (section, tag, person, unit) refreshed at once when a story joins or leaves it. */
export const LIST_PAGES_REVALIDATED = 20;
const LIST_PREFIXES = ['/chuyen-muc/', '/tu-khoa/', '/nhan-vat/', '/don-vi/'];

/**
 * The Next.js cache paths behind public addresses: a reader page's address is rewritten by proxy.ts
 * onto app/[locale] ("/bai-viet/x" -> "/vi/bai-viet/x", "/en/bai-viet/x" stays), and revalidatePath()
 * takes that path. A list's further pages are cached under "/vi/chuyen-muc/x/2" and so on: the
 * first LIST_PAGES_REVALIDATED of them are refreshed (a new story shifts them all); deeper pages
 * refresh on their own (`revalidate` of the list pages). Feeds, sitemaps and the API keep their address.
 */
export function cachePaths(paths: string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    const route = readerRoute(path, '');
    if (route.kind === 'page') {
      out.add(route.target);
      if (LIST_PREFIXES.some((p) => path.startsWith(p) || path.startsWith(`/en${p}`))) {
        for (let page = 2; page <= LIST_PAGES_REVALIDATED; page++) out.add(`${route.target}/${page}`);
      }
    } else if (route.kind === 'dynamic') out.add(route.target);
    else if (route.kind === 'pass') out.add(path);
  }
  return [...out].sort();
}
