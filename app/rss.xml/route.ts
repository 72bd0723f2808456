import { publicFeedItems } from '@/lib/data/public/feeds';
import { siteOrigin } from '@/lib/data/public/origin';
import { cachedPublicBody } from '@/lib/data/public/response-cache';
import { getSiteSettings } from '@/lib/data/site/site';
import { rssXml } from '@/lib/feeds/rss';

// The handler runs per request (the build has no database) but the feed's text comes from the
// Next.js cache until a publish revalidates /rss.xml (lib/data/public/response-cache.ts).
export const dynamic = 'force-dynamic';

export async function GET() {
  return cachedPublicBody('/rss.xml', async () => {
    const [feed, settings, origin] = await Promise.all([publicFeedItems(), getSiteSettings(), siteOrigin()]);
    const xml = rssXml(
      { origin, title: settings.siteTitle, description: settings.tagline || settings.siteTitle, path: '/', feedPath: '/rss.xml', copyright: settings.agencyName },
      feed?.items ?? [],
    );
    return { status: 200, body: xml, contentType: 'application/rss+xml; charset=utf-8' };
  });
}
