import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/lib/data/public/origin';
import { absoluteUrl } from '@/lib/feeds/xml';

export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    // The newsroom, the API and search result pages are not for indexing; stories and lists are.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/toa-soan', '/api/', '/tim-kiem'] }],
    sitemap: [absoluteUrl(origin, '/sitemap.xml'), absoluteUrl(origin, '/news-sitemap.xml')],
  };
}
