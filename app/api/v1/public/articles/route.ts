import { parseQuery, publicListQuerySchema } from '@/lib/api/schemas';
import { problem, problemFromError } from '@/lib/auth/api';
import { ANONYMOUS } from '@/lib/policy/roles';
import { latestPublicArticles, publicSectionPage, SECTION_PAGE_SIZE, type ArticleCard } from '@/lib/data/public/articles';

// Published stories for other sites to syndicate: the same public filter as every reader surface.
const item = (a: ArticleCard) => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  sapo: a.sapo,
  publishedAt: a.publishedAt,
  section: a.section,
  url: `/bai-viet/${a.slug}`,
});

export async function GET(request: Request) {
  try {
    const query = parseQuery(publicListQuerySchema, request);
    const headers = { 'Cache-Control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300' };
    if (query.section) {
      const page = await publicSectionPage(query.section, query.page ?? 1);
      if (!page) return problem(404, 'not_found', 'Không có chuyên mục này.');
      return Response.json({ items: page.articles.map(item), page: page.page, pageCount: page.pageCount, total: page.total }, { headers });
    }
    const items = await latestPublicArticles(SECTION_PAGE_SIZE);
    return Response.json({ items: items.map(item) }, { headers });
  } catch (error) {
    // No viewer is read here: the public list needs none.
    return problemFromError(error, ANONYMOUS);
  }
}
