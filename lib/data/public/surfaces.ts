// PURE. Which public URLs show a story: the paths a publish, update or unpublish must refresh.
import { localeOfPath, localePath, readerRoute } from '@/i18n/routing';
import { archivePathsOf } from '@/lib/time/archive-date';

export interface ArticleSurfaces {
  /** The current slug and every old slug (old URLs redirect, and their cached redirects must go too). */
  slugs: string[];
  sectionSlugs: string[];
  tagSlugs: string[];
  personSlugs: string[];
  unitSlugs: string[];
  /** When it was published (ISO): its archive day, month and year list it. */
  publishedAt?: string[];
}

export const EMPTY_SURFACES: ArticleSurfaces = { slugs: [], sectionSlugs: [], tagSlugs: [], personSlugs: [], unitSlugs: [] };

/** Lists and feeds that may show any story. */
export const SITE_WIDE_PATHS = ['/', '/rss.xml', '/sitemap.xml', '/news-sitemap.xml', '/tim-kiem', '/dinh-chinh', '/luu-tru', '/api/v1/public/articles'] as const;

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
    for (const iso of s.publishedAt ?? []) {
      const instant = new Date(iso);
      if (!Number.isNaN(instant.getTime())) for (const path of archivePathsOf(instant)) paths.add(path);
    }
  }
  // The same pages in the English interface (/en/...); feeds, sitemaps and downloads exist once.
  for (const path of [...paths]) {
    const english = localePath(path, 'en');
    if (localeOfPath(english).path !== null) paths.add(english);
  }
  return [...paths].sort();
}

const LIST_CACHE_PATH = /^\/(?:vi|en)\/(chuyen-muc|tu-khoa|nhan-vat|don-vi)\/([a-z0-9][a-z0-9-]{0,200})$/;
/** A month or a day of the archive, whose further pages go with it (as a list's do). */
const ARCHIVE_CACHE_PATH = /^\/(?:vi|en)\/(luu-tru)\/([0-9]{4}\/[0-9]{2}(?:\/[0-9]{2})?)$/;

/**
 * The cache tag every page of one list carries (section, tag, person, unit; both languages, every
 * ?trang=N copy): a story joining or leaving the list shifts all its pages, and revalidating this one
 * tag refreshes them all at once, however deep (app/[locale]/.../[[...trang]]/page.tsx calls
 * tagListPage()). Null for a cache path that is not a list's first page.
 */
export function listTagOfCachePath(cachePath: string): string | null {
  const match = LIST_CACHE_PATH.exec(cachePath) ?? ARCHIVE_CACHE_PATH.exec(cachePath);
  return match?.[1] && match[2] ? listTag(match[1], match[2]) : null;
}

export function listTag(list: string, slug: string): string {
  return `list:/${list}/${slug}`;
}

/**
 * The Next.js cache paths behind public addresses: a reader page's address is rewritten onto
 * app/[locale] ("/bai-viet/x" -> "/vi/bai-viet/x", "/en/bai-viet/x" stays), and revalidatePath()
 * takes that path. A list's further pages ("/vi/chuyen-muc/x/2", ...) go with its tag
 * (listTagOfCachePath). Feeds, sitemaps and the API keep their address.
 */
export function cachePaths(paths: string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    const route = readerRoute(path, '');
    if (route.kind === 'page' || route.kind === 'dynamic') out.add(route.target);
    else if (route.kind === 'pass') out.add(path);
  }
  return [...out].sort();
}

export const AGENCY_PAGES = ['/gioi-thieu', '/co-cau-to-chuc', '/lien-he'] as const;
export type AgencyPagePath = (typeof AGENCY_PAGES)[number];

/** The agency pages (Decree 42/2022/NĐ-CP) a settings change shows on, in both languages. */
export function agencyPagePaths(pages: readonly AgencyPagePath[], unitSlugs: string[] = []): string[] {
  const paths = new Set<string>(pages.filter((p) => (AGENCY_PAGES as readonly string[]).includes(p)));
  for (const slug of unitSlugs) if (SAFE_SLUG.test(slug)) paths.add(`/don-vi/${slug}`);
  for (const path of [...paths]) paths.add(localePath(path, 'en'));
  return [...paths].sort();
}

/**
 * The pages a registry change shows on: the people's and units' own pages (with every page of their
 * lists) and the organisation chart, in both languages. Stories keep the titles stored with them.
 */
export function registryPaths(change: { personSlugs?: string[]; unitSlugs?: string[] }): string[] {
  const paths = new Set<string>(['/co-cau-to-chuc']);
  for (const slug of change.personSlugs ?? []) if (SAFE_SLUG.test(slug)) paths.add(`/nhan-vat/${slug}`);
  for (const slug of change.unitSlugs ?? []) if (SAFE_SLUG.test(slug)) paths.add(`/don-vi/${slug}`);
  for (const path of [...paths]) paths.add(localePath(path, 'en'));
  return [...paths].sort();
}
