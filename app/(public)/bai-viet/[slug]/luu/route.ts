import { createElement } from 'react';
import { ArchiveDocument } from '@/components/article/archive-document';
import { publicArticleArchive } from '@/lib/data/public/archive';
import { siteOrigin } from '@/lib/data/public/origin';
import { getSiteSettings } from '@/lib/data/site/site';
import { renderStaticMarkup } from '@/lib/archive/static-markup';
import { absoluteUrl } from '@/lib/feeds/xml';

// "Lưu bài" (Decree 42/2022/NĐ-CP: archive on every news item): the story as one HTML file with
// its images inlined, offered as a download.
export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lookup = await publicArticleArchive(slug);
  if (lookup.found === 'redirect') return Response.redirect(new URL(`/bai-viet/${lookup.slug}/luu`, await siteOrigin()), 308);
  if (lookup.found === 'gone') return text('Bài viết đã được gỡ.\n', 410);
  if (lookup.found === 'none') return text('Không tìm thấy bài viết.\n', 404);
  const [settings, origin] = await Promise.all([getSiteSettings(), siteOrigin()]);
  const { article } = lookup;
  const html = '<!DOCTYPE html>\n' + renderStaticMarkup(createElement(ArchiveDocument, { article, settings, url: absoluteUrl(origin, `/bai-viet/${article.slug}`), savedAt: new Date() }));
  const filename = `${article.slug.slice(0, 100)}.html`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
