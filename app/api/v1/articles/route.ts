import { withBodyFromHtml, articleResponse } from '@/lib/api/articles';
import { articleListQuerySchema, zodMessage } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { createArticle } from '@/lib/data/articles/create-article';
import { getStaffArticle, listStaffArticles } from '@/lib/data/articles/read-article';
import { DataError } from '@/lib/data/errors';

export const GET = apiRoute(async ({ viewer, request }) => {
  const query = articleListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new DataError('invalid', zodMessage(query.error));
  return listStaffArticles(viewer, query.data);
});

export const POST = apiRoute(async ({ viewer, request }) => {
  const input = await withBodyFromHtml(await readJson(request));
  const ref = await createArticle(viewer, input as Parameters<typeof createArticle>[1]);
  return articleResponse(await getStaffArticle(viewer, ref.id), 201);
});
