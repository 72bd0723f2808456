import { publicNewsSitemapItems } from '@/lib/data/public-feeds';
import { siteOrigin } from '@/lib/data/public-origin';
import { getSiteSettings } from '@/lib/data/site';
import { newsSitemapXml } from '@/lib/feeds/news-sitemap';

export const dynamic = 'force-dynamic';

export async function GET() {
  const [items, settings, origin] = await Promise.all([publicNewsSitemapItems(), getSiteSettings(), siteOrigin()]);
  return new Response(newsSitemapXml(origin, settings.siteTitle, items), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
