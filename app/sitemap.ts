import type { MetadataRoute } from 'next';
import { publicSitemapEntries } from '@/lib/data/public/feeds';
import { cachedPublicValue } from '@/lib/data/public/response-cache';
import { siteOrigin } from '@/lib/data/public/origin';
import { localePath } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/feeds/xml';

// Runs per request (the build has no database), but the list comes from the Next.js cache until a
// publish revalidates /sitemap.xml (see lib/data/public/response-cache.ts; dates kept as ISO text
// because the cache stores JSON).
export const dynamic = 'force-dynamic';

const AGENCY_PAGES = ['/gioi-thieu', '/co-cau-to-chuc', '/lien-he', '/dinh-chinh'];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return cachedPublicValue('/sitemap.xml', buildSitemap);
}

async function buildSitemap(): Promise<MetadataRoute.Sitemap> {
  const [entries, origin] = await Promise.all([publicSitemapEntries(), siteOrigin()]);
  // Every page also exists in the English interface (/en): hreflang alternates, not separate entries.
  const page = (path: string) => ({
    url: absoluteUrl(origin, path),
    alternates: { languages: { vi: absoluteUrl(origin, path), en: absoluteUrl(origin, localePath(path, 'en')) } },
  });
  const newest = entries.articles.reduce<Date | undefined>((max, e) => (e.lastModified && (!max || e.lastModified > max) ? e.lastModified : max), undefined);
  return [
    { ...page('/'), lastModified: newest, changeFrequency: 'hourly', priority: 1 },
    ...entries.lists.map((e) => ({ ...page(e.path), lastModified: e.lastModified ?? undefined, changeFrequency: 'daily' as const, priority: 0.6 })),
    ...AGENCY_PAGES.map((path) => ({ ...page(path), changeFrequency: 'monthly' as const, priority: 0.3 })),
    ...entries.articles.map((e) => ({ ...page(e.path), lastModified: e.lastModified ?? undefined, priority: 0.8 })),
  ];
}
