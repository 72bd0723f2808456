import { articleResponse, currentContent, withBodyFromHtml } from '@/lib/api/articles';
import { parseIfMatch } from '@/lib/api/etag';
import { articlePatchSchema, parseAtDoor } from '@/lib/api/schemas';
import { apiRoute, problem, readJson } from '@/lib/auth/api';
import { getStaffArticle } from '@/lib/data/articles/read-article';
import { saveArticle } from '@/lib/data/articles/save-article';
import { DataError } from '@/lib/data/errors';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => articleResponse(await getStaffArticle(viewer, params.id)));

export const PATCH = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const ifMatch = parseIfMatch(request.headers.get('if-match'), params.id);
  if (!ifMatch.ok) return problem(ifMatch.status, 'precondition', ifMatch.detail);
  const raw = await readJson(request);
  parseAtDoor(articlePatchSchema, raw);
  const patch = await withBodyFromHtml(raw);
  const current = await getStaffArticle(viewer, params.id);
  if (current.version !== ifMatch.version) {
    return problem(412, 'stale', `Bài viết đã thay đổi (phiên bản hiện tại ${current.version}, bạn gửi ${ifMatch.version}). Hãy đọc lại bài (GET), gộp thay đổi rồi gửi lại với ETag mới.`);
  }
  try {
    await saveArticle(viewer, params.id, { ...currentContent(current), ...patch, baseVersion: ifMatch.version } as Parameters<typeof saveArticle>[2]);
  } catch (error) {
    if (error instanceof DataError && error.code === 'conflict') {
      return problem(412, 'stale', 'Bài viết vừa được người khác thay đổi. Hãy đọc lại bài (GET) rồi gửi lại với ETag mới.');
    }
    throw error;
  }
  return articleResponse(await getStaffArticle(viewer, params.id));
});
