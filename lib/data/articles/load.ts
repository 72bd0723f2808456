import 'server-only';
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { articleAuthors, articles, documents, media } from '@/db/schema';
import { MAX_DOCUMENT_CARDS } from '@/lib/content/document-card';
import { foreignNewSuggestions } from '@/lib/content/suggestions-json';
import type { JSONContent } from '@/lib/content/types';
import { MAX_BODY_VIDEOS } from '@/lib/content/video';
import type { ArticleFacts } from '@/lib/policy/workflow';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import type { Executor, Tx } from './tx';

export type ArticleRow = typeof articles.$inferSelect;

/**
 * THE "own story" test of sign-off (approve, claim, assign to a leader, the "Chờ tôi duyệt" queue):
 * the user created the article, is an author now, or was credited in any version (taking oneself off
 * the byline does not make a leader a neutral approver). `userId` is a value or a qualified column
 * (e.g. sql`"users"."id"`); the article is the outer query's "articles" row (spelled out: Drizzle can
 * leave columns unqualified, and "id" inside the subqueries would then be theirs).
 */
export function creditedTo(userId: SQL | string): SQL {
  return sql`("articles"."created_by" = ${userId} or exists (select 1 from article_authors aa where aa.article_id = "articles"."id" and aa.user_id = ${userId}) or exists (select 1 from revisions r where r.article_id = "articles"."id" and r.placement -> 'authorIds' ? (${userId})::text))`;
}

/** The article and the facts the policy needs about it for this viewer. */
export async function loadArticleFacts(tx: Executor, viewer: Viewer, id: string): Promise<{ article: ArticleRow; facts: ArticleFacts }> {
  if (!isUuid(id)) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  const viewerId = viewer.kind === 'user' ? viewer.id : null;
  const [row] = await tx
    .select({
      article: articles,
      viewerIsAuthor: viewerId
        ? sql<boolean>`(${articles.createdBy} = ${viewerId} or exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${viewerId}))`
        : sql<boolean>`false`,
      // Credited in any version, the working copy's included: removing oneself from the authors
      // does not make a leader a neutral approver.
      viewerWasCredited: viewerId ? sql<boolean>`${creditedTo(viewerId)}` : sql<boolean>`false`,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  const viewerIsAuthor = Boolean(row.viewerIsAuthor);
  return {
    article: row.article,
    facts: { status: row.article.status, viewerIsAuthor, viewerWasCredited: viewerIsAuthor || Boolean(row.viewerWasCredited), live: row.article.liveRevisionId !== null, viewerIsAssignee: viewerId !== null && row.article.assigneeId === viewerId },
  };
}

/** Figures and covers may only use images that exist in the media library. */
export async function assertMediaExist(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: media.id })
    .from(media)
    .where(and(inArray(media.id, ids), isNull(media.deletedAt), or(eq(media.kind, 'image'))));
  if (found.length !== ids.length) {
    throw new DataError('invalid', 'Có ảnh không thuộc thư viện ảnh (hoặc đã bị xóa). Hãy chọn lại ảnh từ thư viện.');
  }
}

/**
 * Video blocks may only show videos of the media library (not deleted; processing ones too: readers
 * see them once ready). A photo's id in a video block, or a video's in a figure, is refused.
 */
export async function assertVideosExist(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ids.length > MAX_BODY_VIDEOS) throw new DataError('invalid', `Một bài viết chèn tối đa ${MAX_BODY_VIDEOS} video.`);
  const found = await tx
    .select({ id: media.id })
    .from(media)
    .where(and(inArray(media.id, ids), isNull(media.deletedAt), eq(media.kind, 'video')));
  if (found.length !== ids.length) {
    throw new DataError('invalid', 'Có khối video trỏ tới tệp không phải video của thư viện (hoặc video đã bị xóa). Hãy xóa khối đó và chèn lại bằng nút “Chèn video”.');
  }
}

/** Every document card points at a document of the registry (published or not: readers only ever see published ones). */
export async function assertDocumentsExist(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if (ids.length > MAX_DOCUMENT_CARDS) throw new DataError('invalid', `Một bài viết chèn tối đa ${MAX_DOCUMENT_CARDS} thẻ văn bản.`);
  const found = await tx.select({ id: documents.id }).from(documents).where(inArray(documents.id, ids));
  if (found.length !== ids.length) {
    throw new DataError('invalid', 'Có thẻ văn bản trỏ tới văn bản không có trong danh mục văn bản. Hãy xóa thẻ đó và chèn lại bằng nút “Chèn văn bản”.');
  }
}

export function conflict(current: number | null): DataError {
  return new DataError(
    'conflict',
    'Bài viết vừa được người khác thay đổi. Hãy tải lại để xem bản mới nhất; nội dung của bạn chưa bị mất.',
    current === null ? undefined : { currentVersion: current },
  );
}

/**
 * A body may bring new suggestions only in its saver's name (lib/content/suggestions-json.ts). A
 * checkpoint of the live document has several savers: everyone who wrote to it since the last one.
 */
export function assertOwnNewSuggestions(savers: string | null | ReadonlyArray<string>, before: JSONContent, after: JSONContent): void {
  const ids = typeof savers === 'string' || savers === null ? [savers] : savers;
  const foreignToEach = ids.map((id) => new Set(foreignNewSuggestions(id, before, after)));
  const foreign = [...(foreignToEach[0] ?? [])].filter((id) => foreignToEach.every((set) => set.has(id)));
  if (foreign.length > 0) {
    throw new DataError('invalid', 'Bản lưu có gợi ý mới ghi tên người khác: mỗi người chỉ thêm được gợi ý của chính mình. Hãy tải lại bài, rồi gợi ý lại ở chế độ gợi ý.');
  }
}
