import { publicNewsSitemapItems } from '@/lib/data/public/feeds';
import { siteOrigin } from '@/lib/data/public/origin';
import { cachedPublicBody } from '@/lib/data/public/response-cache';
import { getSiteSettings } from '@/lib/data/site/site';
import { newsSitemapXml } from '@/lib/feeds/news-sitemap';

export const dynamic = 'force-dynamic';

// Stories leave the 48-hour window without any publish: the cached text is rebuilt hourly too.
const WINDOW_REFRESH_SECONDS = 3600;

export async function GET() {
  return cachedPublicBody(
    '/news-sitemap.xml',
    async () => {
      const [items, settings, origin] = await Promise.all([publicNewsSitemapItems(), getSiteSettings(), siteOrigin()]);
      return { status: 200, body: newsSitemapXml(origin, settings.siteTitle, items), contentType: 'application/xml; charset=utf-8' };
    },
    WINDOW_REFRESH_SECONDS,
  );
}
