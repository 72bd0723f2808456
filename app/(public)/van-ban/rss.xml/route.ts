import { publicDocumentFeed } from '@/lib/data/documents/public';
import { siteOrigin } from '@/lib/data/public/origin';
import { cachedPublicBody } from '@/lib/data/public/response-cache';
import { getSiteSettings } from '@/lib/data/site/site';
import { documentsRssXml } from '@/lib/documents/rss';

// Per request, but the text comes from the Next.js cache until a document change revalidates
// /van-ban/rss.xml (lib/data/documents/shared.ts revalidateDocumentSurfaces).
export const dynamic = 'force-dynamic';

export async function GET() {
  return cachedPublicBody('/van-ban/rss.xml', async () => {
    const [items, settings, origin] = await Promise.all([publicDocumentFeed(50), getSiteSettings(), siteOrigin()]);
    const xml = documentsRssXml({ origin, title: settings.siteTitle, copyright: settings.agencyName }, items);
    return { status: 200, body: xml, contentType: 'application/rss+xml; charset=utf-8' };
  });
}
