import type { MetadataRoute } from 'next';
import { publicSitemapEntries } from '@/lib/data/public-feeds';
import { siteOrigin } from '@/lib/data/public-origin';
import { absoluteUrl } from '@/lib/feeds/xml';

// Built per request from the database (the build has none); a CDN caches it (next.config.ts headers).
export const dynamic = 'force-dynamic';

const AGENCY_PAGES = ['/gioi-thieu', '/co-cau-to-chuc', '/lien-he'];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [entries, origin] = await Promise.all([publicSitemapEntries(), siteOrigin()]);
  const newest = entries.articles.reduce<Date | undefined>((max, e) => (e.lastModified && (!max || e.lastModified > max) ? e.lastModified : max), undefined);
  return [
    { url: absoluteUrl(origin, '/'), lastModified: newest, changeFrequency: 'hourly', priority: 1 },
    ...entries.lists.map((e) => ({ url: absoluteUrl(origin, e.path), lastModified: e.lastModified ?? undefined, changeFrequency: 'daily' as const, priority: 0.6 })),
    ...AGENCY_PAGES.map((path) => ({ url: absoluteUrl(origin, path), changeFrequency: 'monthly' as const, priority: 0.3 })),
    ...entries.articles.map((e) => ({ url: absoluteUrl(origin, e.path), lastModified: e.lastModified ?? undefined, priority: 0.8 })),
  ];
}
