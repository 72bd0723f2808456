import { publicFeedItems } from '@/lib/data/public-feeds';
import { siteOrigin } from '@/lib/data/public-origin';
import { getSiteSettings } from '@/lib/data/site';
import { rssXml } from '@/lib/feeds/rss';

// Read from the database per request (the build has none); a CDN caches it (next.config.ts headers).
export const dynamic = 'force-dynamic';

export async function GET() {
  const [feed, settings, origin] = await Promise.all([publicFeedItems(), getSiteSettings(), siteOrigin()]);
  const xml = rssXml(
    { origin, title: settings.siteTitle, description: settings.tagline || settings.siteTitle, path: '/', feedPath: '/rss.xml', copyright: settings.agencyName },
    feed?.items ?? [],
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
