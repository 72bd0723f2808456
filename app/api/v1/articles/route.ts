import { withBodyFromHtml, articleResponse } from '@/lib/api/articles';
import { articleCreateSchema, articleListQuerySchema, parseAtDoor, parseQuery } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { createArticle } from '@/lib/data/articles/create-article';
import { getStaffArticle } from '@/lib/data/articles/read-article';
import { listStaffArticles } from '@/lib/data/articles/staff-list';

export const GET = apiRoute(async ({ viewer, request }) => listStaffArticles(viewer, parseQuery(articleListQuerySchema, request)));

export const POST = apiRoute(async ({ viewer, request }) => {
  const raw = await readJson(request);
  parseAtDoor(articleCreateSchema, raw);
  const ref = await createArticle(viewer, (await withBodyFromHtml(raw)) as Parameters<typeof createArticle>[1]);
  return articleResponse(await getStaffArticle(viewer, ref.id), 201);
});
