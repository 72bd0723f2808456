import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleThreadReplies, articleThreads, revisions, workflowEvents } from '@/db/schema';
import { anchorComment } from '@/lib/content/comment-marks';
import type { JSONContent } from '@/lib/content/types';
import { validateBody } from '@/lib/content/validate';
import type { Viewer } from '@/lib/policy/roles';
import { stateAfterContentChange } from '@/lib/workflow/transition';
import { insertRevision } from '../articles/content-input';
import { conflict } from '../articles/load';
import { placementOf } from '../articles/placement';
import { isUniqueViolation } from '../articles/tx';
import { DataError } from '../errors';
import { notifyTransition } from '../notifications/notifications';
import { maySettleThread, threadReader, threadViews, type ThreadView } from './access';
import { MAX_THREADS_PER_ARTICLE, parseThreadInput, threadCreateSchema } from './input';
import { mentionNames, notifyMentions } from './mentions';

export { addThreadReply } from './replies';
export { mentionCandidates } from './mentions';
export { reopenThread, resolveThread } from './resolution';
export type { ThreadView } from './access';

export async function listThreads(viewer: Viewer, articleId: string): Promise<ThreadView[]> {
  const { article } = await threadReader(db, viewer, articleId);
  return threadViews(db, article);
}

/** What the story editor's thread panel needs: the threads, the names its @mentions stand for, and whether this viewer settles any thread (else only their own). */
export async function threadsForEditor(viewer: Viewer, articleId: string): Promise<{ threads: ThreadView[]; names: Record<string, string>; canSettleAll: boolean }> {
  const { article, facts, user } = await threadReader(db, viewer, articleId);
  const threads = await threadViews(db, article);
  const names = await mentionNames(db, threads.flatMap((t) => t.replies.map((r) => r.body)));
  return { threads, names, canSettleAll: maySettleThread(user, facts.viewerIsAuthor, null) };
}

/**
 * Opens a thread on the first occurrence of `quote` in the working copy's text: a new revision of
 * the working copy carries the comment mark over those words (origin "comment"), under the same
 * version check as a save, so a writer saving from an older version gets the conflict view rather
 * than silently dropping the anchor. The mark changes nothing readers see, but it is a new revision:
 * like any change after a sign-off it voids it (an open thread would block approval anyway).
 */
export async function createThread(viewer: Viewer, articleId: string, input: unknown): Promise<ThreadView> {
  return (await openThread(viewer, articleId, input)).thread;
}

/**
 * Where the editor opens a thread: on the words the person selected, in the version on their screen.
 * `version` is the story's version their editor holds (everything saved): a story changed since is a
 * conflict, as for a save, since positions in another version mean other words.
 */
export interface ThreadPlacement {
  version: number;
  from: number;
  to: number;
}

/** createThread for the editor: also anchors on the selected occurrence and returns the story's new version. */
export async function openThread(viewer: Viewer, articleId: string, input: unknown, at?: ThreadPlacement): Promise<{ thread: ThreadView; version: number }> {
  // A malformed request is refused before anything is read, as always.
  parseThreadInput(threadCreateSchema, input);
  const { results, version } = await openThreads(viewer, articleId, [{ input, at: at && { from: at.from, to: at.to } }], at?.version);
  const [result] = results;
  if (!result!.ok) throw result!.error;
  return { thread: result!.thread, version };
}

/** One comment to open in a batch: the request's { quote, body } and, optionally, where its words are. */
export interface ThreadItem {
  input: unknown;
  at?: { from: number; to: number };
}

/** Per item of a batch, in its order: the opened thread, or why this one was not placed (nothing of it written). */
export type ThreadItemResult = { ok: true; thread: ThreadView } | { ok: false; message: string; error: DataError };

const quoteNotFound = (quote: string) =>
  new DataError(
    'invalid',
    `Không tìm thấy đoạn «${quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}» trong bản đang soạn của bài. Hãy chép đúng nguyên văn (kể cả dấu, chữ hoa và khoảng trắng) một đoạn nằm trong cùng một đoạn văn, tiêu đề con hoặc ô bảng.`,
    // 422 at the API: the request was well formed, the text is just not in the story.
    { field: 'quote', status: 422, reason: 'quote_not_found' },
  );

const overLimit = () => new DataError('invalid', `Bài đã có ${MAX_THREADS_PER_ARTICLE} góp ý, mức tối đa cho một bài. Hãy trả lời trong các góp ý đang có.`);

const failed = (error: unknown): ThreadItemResult => {
  if (!(error instanceof DataError)) throw error;
  return { ok: false, message: error.userMessage, error };
};

/**
 * Opens many threads at once (a .docx with its Word comments): ONE new revision of the working copy
 * carries all their comment marks (origin "comment"), one version step, under one version check
 * (`version`, when given, is the version the caller's positions belong to). Items are placed in
 * order; one whose input is malformed, whose quote is not in the text, or that would pass the
 * story's thread limit is reported as not placed and the others still are. Adding a mark does not
 * move any position (marks are not content), so every item's `at` still means the same words after
 * the ones before it are anchored. With nothing placed nothing is written.
 */
export async function openThreads(viewer: Viewer, articleId: string, items: ThreadItem[], version?: number): Promise<{ results: ThreadItemResult[]; version: number }> {
  const parsed = items.map((item) => {
    try {
      return { ...parseThreadInput(threadCreateSchema, item.input), at: item.at };
    } catch (error) {
      return failed(error);
    }
  });
  try {
    return await db.transaction(async (tx) => {
      const { article, user } = await threadReader(tx, viewer, articleId);
      if (version !== undefined && article.version !== version) throw conflict(null);
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(articleThreads).where(eq(articleThreads.articleId, articleId));
      const [current] = await tx
        .select({ revision: revisions, max: sql<number>`(select max(number) from revisions where article_id = ${articleId})` })
        .from(revisions)
        .where(eq(revisions.id, article.currentRevisionId!))
        .limit(1);
      const before = current!.revision;

      let body = before.body as JSONContent;
      const placed: Array<{ index: number; threadId: string; quote: string; body: string }> = [];
      const results: Array<ThreadItemResult | null> = parsed.map((item, index) => {
        if ('ok' in item) return item;
        if (n + placed.length >= MAX_THREADS_PER_ARTICLE) return failed(overLimit());
        const threadId = crypto.randomUUID();
        const anchored = anchorComment(body, item.quote, threadId, item.at);
        if (!anchored.ok) return failed(quoteNotFound(item.quote));
        body = anchored.body;
        placed.push({ index, threadId, quote: item.quote, body: item.body });
        return null;
      });
      if (placed.length === 0) return { results: results as ThreadItemResult[], version: article.version };

      const validated = validateBody(body);
      if (!validated.ok) throw new DataError('invalid', validated.problems.map((p) => p.message).join(' '));

      const next = stateAfterContentChange(article.status);
      const placement = await placementOf(tx, article, before);
      const revisionId = await insertRevision(
        tx,
        { title: before.title, sapo: before.sapo, body: validated.json, meta: before.meta, meeting: before.meeting ?? null, mediaIds: validated.mediaIds, documentIds: validated.documentIds, videoIds: validated.videoIds },
        placement,
        { articleId, number: Number(current!.max) + 1, origin: 'comment', basedOnRevisionId: before.id, authorId: user.id, changedFields: ['body'], articleVersion: article.version + 1 },
      );
      const kinds = new Set(next.effects.map((e) => e.kind));
      const updated = await tx
        .update(articles)
        .set({
          currentRevisionId: revisionId,
          status: next.to,
          version: sql`${articles.version} + 1`,
          ...(kinds.has('clear_approval') ? { approvedRevisionId: null } : {}),
          ...(kinds.has('clear_schedule') ? { scheduledAt: null } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(articles.id, articleId), eq(articles.version, article.version), eq(articles.status, article.status)))
        .returning({ version: articles.version });
      if (updated.length === 0) throw conflict(null);

      // One transaction has one now(): a microsecond apart keeps the threads in the items' order.
      await tx.insert(articleThreads).values(placed.map((p, i) => ({ id: p.threadId, articleId, quote: p.quote, createdBy: user.id, createdAt: sql`now() + ${i} * interval '1 microsecond'` })));
      await tx.insert(articleThreadReplies).values(placed.map((p) => ({ threadId: p.threadId, authorId: user.id, body: p.body })));
      if (kinds.has('clear_approval')) {
        await notifyTransition(tx, { articleId, title: before.title, event: 'approval_voided', from: article.status, to: next.to, actorId: user.id });
        await tx.insert(workflowEvents).values({ articleId, revisionId, actorId: user.id, event: 'approval_voided', fromStatus: article.status, toStatus: next.to, note: 'Có góp ý mới sau khi duyệt: cần duyệt lại.', data: { fields: ['body'] } });
      } else if (next.to !== article.status) {
        await tx.insert(workflowEvents).values({ articleId, revisionId, actorId: user.id, event: 'content_changed', fromStatus: article.status, toStatus: next.to, note: null, data: { fields: ['body'] } });
      }
      await tx.insert(workflowEvents).values(placed.map((p) => ({ articleId, revisionId, actorId: user.id, event: 'thread_opened' as const, fromStatus: next.to, toStatus: next.to, note: null, data: { threadId: p.threadId, quote: p.quote } })));
      for (const p of placed) await notifyMentions(tx, { articleId, title: before.title, actorId: user.id, text: p.body });
      const views = new Map((await threadViews(tx, { ...article, currentRevisionId: revisionId }, placed.map((p) => p.threadId))).map((view) => [view.id, view]));
      for (const p of placed) results[p.index] = { ok: true, thread: views.get(p.threadId)! };
      return { results: results as ThreadItemResult[], version: updated[0]!.version };
    });
  } catch (error) {
    // A save on the same base may take the revision number first.
    if (isUniqueViolation(error)) throw conflict(null);
    throw error;
  }
}
