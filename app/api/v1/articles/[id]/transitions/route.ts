import { articleResponse } from '@/lib/api/articles';
import { parseIfMatch } from '@/lib/api/etag';
import { parseAtDoor, transitionSchema } from '@/lib/api/schemas';
import { apiRoute, problem, readJson } from '@/lib/auth/api';
import { getStaffArticle } from '@/lib/data/articles/read-article';
import { transitionArticle } from '@/lib/data/articles/transition-article';
import { DataError } from '@/lib/data/errors';

export const POST = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const input = parseAtDoor(transitionSchema, await readJson(request));
  let expectedVersion: number | undefined;
  const header = request.headers.get('if-match');
  // A sign-off names the version the leader read: without it a change saved meanwhile would be approved unseen.
  if (header || input.event === 'approve') {
    const ifMatch = parseIfMatch(header, params.id);
    if (!ifMatch.ok) return problem(ifMatch.status, 'precondition', ifMatch.status === 428 && input.event === 'approve' ? 'Duyệt bài cần tiêu đề If-Match với ETag của phiên bản bạn đã đọc (GET), để không duyệt một thay đổi bạn chưa thấy.' : ifMatch.detail);
    expectedVersion = ifMatch.version;
  }
  try {
    await transitionArticle(viewer, params.id, { ...input, expectedVersion });
  } catch (error) {
    if (error instanceof DataError && error.code === 'conflict' && error.details?.reason === 'stale') {
      return problem(412, 'stale', error.userMessage, {}, { changes: error.details.changes });
    }
    throw error;
  }
  return articleResponse(await getStaffArticle(viewer, params.id));
});
