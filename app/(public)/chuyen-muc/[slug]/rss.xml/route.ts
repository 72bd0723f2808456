import { publicFeedItems } from '@/lib/data/public/feeds';
import { siteOrigin } from '@/lib/data/public/origin';
import { cachedPublicBody } from '@/lib/data/public/response-cache';
import { getSiteSettings } from '@/lib/data/site/site';
import { rssXml } from '@/lib/feeds/rss';

export const dynamic = 'force-dynamic';

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]{0,200}$/;

class NoSuchSection extends Error {}

function notFound() {
  return new Response('Không có chuyên mục này.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!SAFE_SLUG.test(slug)) return notFound();
  try {
    // A known section's feed is cached until a story of it changes (lib/data/public/response-cache.ts).
    // An unknown one throws, which unstable_cache never keeps: made-up addresses cannot fill the cache.
    return await cachedPublicBody(`/chuyen-muc/${slug}/rss.xml`, async () => {
      const [feed, settings, origin] = await Promise.all([publicFeedItems(slug), getSiteSettings(), siteOrigin()]);
      if (!feed?.section) throw new NoSuchSection();
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
      return { status: 200, body: xml, contentType: 'application/rss+xml; charset=utf-8' };
    });
  } catch (error) {
    if (error instanceof NoSuchSection) return notFound();
    throw error;
  }
}
