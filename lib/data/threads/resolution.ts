import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleThreads, workflowEvents } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { maySettleThread, threadOf, threadReader, threadViews, type ThreadView } from './access';

export const resolveThread = (viewer: Viewer, articleId: string, threadId: string) => setThreadStatus(viewer, articleId, threadId, 'resolved');
export const reopenThread = (viewer: Viewer, articleId: string, threadId: string) => setThreadStatus(viewer, articleId, threadId, 'open');

/**
 * Resolve or reopen: the thread's author, the story's writers, editors and leaders. A guarded update
 * (WHERE status = from), so of two people resolving at once one is told it already was; the audit
 * row is in the same transaction.
 */
async function setThreadStatus(viewer: Viewer, articleId: string, threadId: string, to: 'open' | 'resolved'): Promise<ThreadView> {
  return db.transaction(async (tx) => {
    const { article, facts, user } = await threadReader(tx, viewer, articleId);
    const thread = await threadOf(tx, articleId, threadId);
    const may = maySettleThread(user, facts.viewerIsAuthor, thread.createdBy);
    if (!may) {
      throw new DataError('forbidden', to === 'resolved' ? 'Chỉ người mở góp ý, người viết bài, biên tập viên hoặc lãnh đạo mới đánh dấu góp ý đã giải quyết.' : 'Chỉ người mở góp ý, người viết bài, biên tập viên hoặc lãnh đạo mới mở lại góp ý.');
    }
    const from = to === 'resolved' ? 'open' : 'resolved';
    const updated = await tx
      .update(articleThreads)
      .set(to === 'resolved' ? { status: 'resolved', resolvedBy: user.id, resolvedAt: sql`now()` } : { status: 'open', resolvedBy: null, resolvedAt: null })
      .where(and(eq(articleThreads.id, thread.id), eq(articleThreads.status, from)))
      .returning({ id: articleThreads.id });
    if (updated.length === 0) {
      throw new DataError('conflict', to === 'resolved' ? 'Góp ý này đã được đánh dấu giải quyết rồi. Hãy tải lại danh sách góp ý.' : 'Góp ý này đang mở. Hãy tải lại danh sách góp ý.');
    }
    await tx.insert(workflowEvents).values({
      articleId,
      revisionId: article.currentRevisionId,
      actorId: user.id,
      event: to === 'resolved' ? 'thread_resolved' : 'thread_reopened',
      fromStatus: article.status,
      toStatus: article.status,
      note: null,
      data: { threadId: thread.id, quote: thread.quote },
    });
    const [view] = await threadViews(tx, article, [thread.id]);
    return view!;
  });
}
