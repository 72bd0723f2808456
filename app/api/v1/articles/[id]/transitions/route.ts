import { articleResponse } from '@/lib/api/articles';
import { parseIfMatch } from '@/lib/api/etag';
import { transitionSchema, zodMessage } from '@/lib/api/schemas';
import { apiRoute, problem, readJson } from '@/lib/auth/api';
import { getStaffArticle } from '@/lib/data/articles/read-article';
import { transitionArticle } from '@/lib/data/articles/transition-article';
import { DataError } from '@/lib/data/errors';

export const POST = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const parsed = transitionSchema.safeParse(await readJson(request));
  if (!parsed.success) throw new DataError('invalid', zodMessage(parsed.error));
  let expectedVersion: number | undefined;
  if (request.headers.get('if-match')) {
    const ifMatch = parseIfMatch(request.headers.get('if-match'), params.id);
    if (!ifMatch.ok) return problem(ifMatch.status, 'precondition', ifMatch.detail);
    expectedVersion = ifMatch.version;
  }
  await transitionArticle(viewer, params.id, { ...parsed.data, expectedVersion });
  return articleResponse(await getStaffArticle(viewer, params.id));
});
