import { createElement } from 'react';
import { GoneDocument } from '@/components/site/gone-document';
import { isLocale, LOCALE_HEADER } from '@/i18n/routing';
import { renderStaticMarkup } from '@/lib/archive/static-markup';
import { isWithdrawnArticleSlug } from '@/lib/data/public-gone';
import { getSiteSettings } from '@/lib/data/site';

// 410 Gone for a story that was public and has been withdrawn. Next.js pages answer only 200 or
// 404, so the status needs a route handler; proxy.ts can rewrite /bai-viet/{slug} here when
// isWithdrawnArticleSlug(slug) holds. Anything else answers 404.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await isWithdrawnArticleSlug(slug))) return new Response('Không tìm thấy.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // proxy.ts sets the interface language (/en/bai-viet/... answers in English).
  const requested = request.headers.get(LOCALE_HEADER);
  const locale = isLocale(requested) ? requested : 'vi';
  const html = '<!DOCTYPE html>\n' + renderStaticMarkup(createElement(GoneDocument, { settings: await getSiteSettings(), locale }));
  return new Response(html, { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' } });
}
