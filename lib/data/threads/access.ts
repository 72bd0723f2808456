import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { articleThreadReplies, articleThreads, revisions, users } from '@/db/schema';
import { commentThreadIds } from '@/lib/content/comment-marks';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { canReadArticle } from '@/lib/policy/workflow';
import type { ArticleRow } from '../articles/load';
import { loadArticleFacts } from '../articles/load';
import type { Executor } from '../articles/tx';
import { DataError } from '../errors';
import { isUuid } from '../ids';

export type ThreadRow = typeof articleThreads.$inferSelect;

/** Threads are staff talk about a story: whoever may read the story may read and join them. */
export async function threadReader(tx: Executor, viewer: Viewer, articleId: string) {
  const { article, facts } = await loadArticleFacts(tx, viewer, articleId);
  const decision = canReadArticle(viewer, facts);
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!decision.allowed) throw new DataError('forbidden', decision.message);
  return { article, facts, user: viewer };
}

/** Who may resolve or reopen a thread: its author, the story's writers, editors and leaders. */
export function maySettleThread(user: { id: string; roles: readonly string[] }, viewerIsAuthor: boolean, threadAuthorId: string | null): boolean {
  return threadAuthorId === user.id || viewerIsAuthor || user.roles.some((r) => r === 'editor' || r === 'leader');
}

/** The thread, only as a thread of this story (a thread id of another story is "not found"). */
export async function threadOf(tx: Executor, articleId: string, threadId: string, lock = false): Promise<ThreadRow> {
  if (!isUuid(threadId)) throw new DataError('not_found', 'Không tìm thấy góp ý này trong bài.');
  const query = tx.select().from(articleThreads).where(and(eq(articleThreads.id, threadId), eq(articleThreads.articleId, articleId))).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new DataError('not_found', 'Không tìm thấy góp ý này trong bài.');
  return row;
}

export interface ThreadView {
  id: string;
  articleId: string;
  quote: string;
  status: 'open' | 'resolved';
  /** false: the anchored words are no longer in the working copy ("đoạn văn đã bị xóa"). */
  anchored: boolean;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  replies: Array<{ id: string; authorId: string; authorName: string; body: string; createdAt: Date }>;
}

/** Threads with their replies, oldest first; `only` narrows to some ids. */
export async function threadViews(tx: Executor, article: ArticleRow, only?: string[]): Promise<ThreadView[]> {
  const rows = await tx
    .select({ thread: articleThreads, createdByName: users.name })
    .from(articleThreads)
    .innerJoin(users, eq(users.id, articleThreads.createdBy))
    .where(and(eq(articleThreads.articleId, article.id), only ? inArray(articleThreads.id, only) : undefined))
    .orderBy(asc(articleThreads.createdAt), asc(articleThreads.id));
  if (rows.length === 0) return [];
  // One after the other: `tx` may be a transaction, whose one connection runs one query at a time.
  const replies = await tx
    .select({ id: articleThreadReplies.id, threadId: articleThreadReplies.threadId, authorId: articleThreadReplies.authorId, authorName: users.name, body: articleThreadReplies.body, createdAt: articleThreadReplies.createdAt })
    .from(articleThreadReplies)
    .innerJoin(users, eq(users.id, articleThreadReplies.authorId))
    .where(inArray(articleThreadReplies.threadId, rows.map((r) => r.thread.id)))
    .orderBy(asc(articleThreadReplies.createdAt), asc(articleThreadReplies.id));
  const [working] = await tx.select({ body: revisions.body }).from(revisions).where(eq(revisions.id, article.currentRevisionId!)).limit(1);
  const anchors = new Set(working ? commentThreadIds(working.body as JSONContent) : []);
  return rows.map(({ thread, createdByName }) => ({
    id: thread.id,
    articleId: thread.articleId,
    quote: thread.quote,
    status: thread.status,
    anchored: anchors.has(thread.id),
    createdBy: thread.createdBy,
    createdByName,
    createdAt: thread.createdAt,
    resolvedBy: thread.resolvedBy,
    resolvedAt: thread.resolvedAt,
    replies: replies.filter((r) => r.threadId === thread.id).map((r) => ({ id: r.id, authorId: r.authorId, authorName: r.authorName, body: r.body, createdAt: r.createdAt })),
  }));
}
