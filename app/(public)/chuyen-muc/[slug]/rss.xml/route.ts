import { publicFeedItems } from '@/lib/data/public-feeds';
import { siteOrigin } from '@/lib/data/public-origin';
import { getSiteSettings } from '@/lib/data/site';
import { rssXml } from '@/lib/feeds/rss';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [feed, settings, origin] = await Promise.all([publicFeedItems(slug), getSiteSettings(), siteOrigin()]);
  if (!feed?.section) {
    return new Response('Không có chuyên mục này.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const xml = rssXml(
    {
      origin,
      title: `${feed.section.name} - ${settings.siteTitle}`,
      description: feed.section.description || feed.section.name,
      path: `/chuyen-muc/${feed.section.slug}`,
      feedPath: `/chuyen-muc/${feed.section.slug}/rss.xml`,
      copyright: settings.agencyName,
    },
    feed.items,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
