import 'server-only';
import { and, arrayOverlaps, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articleFollowers, articles, revisions, users, workflowEvents } from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { assigneeFits, canAssignArticle, canClaimArticle, canFollowArticle, stageRole } from '@/lib/policy/routing';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import { readableArticle } from '../articles/read-article';
import { creditedTo, loadArticleFacts } from '../articles/load';
import type { Executor, Tx } from '../articles/tx';
import { mailTransitionNotices, notifyTransition, type TransitionNotice } from '../notifications/notifications';

export interface Person {
  id: string;
  name: string;
}

/**
 * The editor who last had the story in review (claimed, was assigned it, forwarded it, or had it
 * returned by a leader): a resubmission goes back to them, a sign-off and a leader's return too.
 * Recorded as `data.editorId` on those workflow events.
 */
export async function reviewEditorOf(tx: Executor, articleId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: users.id })
    .from(workflowEvents)
    .innerJoin(users, eq(users.id, sql`(${workflowEvents.data} ->> 'editorId')::uuid`))
    .where(and(eq(workflowEvents.articleId, articleId), sql`${workflowEvents.data} ? 'editorId'`, eq(users.isActive, true), arrayOverlaps(users.roles, ['editor'])))
    .orderBy(desc(workflowEvents.id))
    .limit(1);
  return row?.id ?? null;
}

/** The story's writers: its creator and credited authors, active ones only. */
export async function writersOf(tx: Executor, articleId: string): Promise<Person[]> {
  return tx
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(articles, eq(articles.id, articleId))
    .where(
      and(
        eq(users.isActive, true),
        or(eq(users.id, articles.createdBy), sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articleId} and ${articleAuthors.userId} = ${users.id})`),
      ),
    )
    .orderBy(asc(users.name))
    .limit(20);
}

/** Whom a return may go to from this state: the review editor (leader's return only) and the writers. */
export async function returnTargetsOf(tx: Executor, articleId: string, status: string): Promise<Array<Person & { kind: 'editor' | 'writer' }>> {
  const writers = (await writersOf(tx, articleId)).map((w) => ({ ...w, kind: 'writer' as const }));
  if (status !== 'awaiting_approval' && status !== 'approved') return writers;
  const editorId = await reviewEditorOf(tx, articleId);
  const [editor] = editorId ? await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, editorId)) : [];
  return [...(editor ? [{ ...editor, kind: 'editor' as const }] : []), ...writers.filter((w) => w.id !== editor?.id)];
}

/** True when the story was submitted before (only the first submission tells the editors' pool). */
export async function submittedBefore(tx: Executor, articleId: string): Promise<boolean> {
  const [row] = await tx.select({ id: workflowEvents.id }).from(workflowEvents).where(and(eq(workflowEvents.articleId, articleId), eq(workflowEvents.event, 'submit'))).limit(1);
  return Boolean(row);
}

async function recordRouting(tx: Tx, viewer: Viewer & { kind: 'user' }, article: { id: string; status: typeof articles.$inferSelect.status; currentRevisionId: string | null; slug: string }, event: 'claim' | 'assign', assignee: Person) {
  const role = stageRole(article.status);
  await tx.insert(workflowEvents).values({
    articleId: article.id,
    revisionId: article.currentRevisionId,
    actorId: viewer.id,
    event,
    fromStatus: article.status,
    toStatus: article.status,
    note: null,
    data: { assigneeId: assignee.id, ...(role === 'editor' ? { editorId: assignee.id } : {}) },
  });
  const [current] = article.currentRevisionId ? await tx.select({ title: revisions.title }).from(revisions).where(eq(revisions.id, article.currentRevisionId)) : [];
  const notice: TransitionNotice = {
    articleId: article.id,
    title: current?.title ?? article.slug,
    event,
    from: article.status,
    to: article.status,
    actorId: viewer.id,
    assigneeId: assignee.id,
    detail: `người phụ trách: ${assignee.name}`,
  };
  return { ids: await notifyTransition(tx, notice), notice };
}

/** "Nhận bài": the viewer becomes the story's assignee at its current step. */
export async function claimArticle(viewer: Viewer, id: string): Promise<{ assigneeId: string }> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  const sent = await db.transaction(async (tx) => {
    const { article, facts } = await loadArticleFacts(tx, viewer, id);
    const decision = canClaimArticle(viewer, facts);
    if (!decision.allowed) throw new DataError('forbidden', decision.message);
    if (article.assigneeId === viewer.id) throw new DataError('conflict', 'Bạn đã nhận bài này rồi.');
    if (article.assigneeId) {
      const [holder] = await tx.select({ name: users.name }).from(users).where(eq(users.id, article.assigneeId));
      throw new DataError('conflict', `Bài đã có người nhận (${holder?.name ?? 'người khác'}); biên tập viên có thể giao lại bài nếu cần.`);
    }
    // Guarded: two editors pressing "Nhận bài" together, one wins; the other is told who has it.
    const updated = await tx
      .update(articles)
      .set({ assigneeId: viewer.id })
      .where(and(eq(articles.id, id), eq(articles.status, article.status), article.assigneeId ? eq(articles.assigneeId, article.assigneeId) : sql`${articles.assigneeId} is null`))
      .returning({ id: articles.id });
    if (updated.length === 0) throw new DataError('conflict', 'Bài vừa được người khác nhận hoặc chuyển bước. Hãy tải lại trang.');
    const [me] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, viewer.id));
    return recordRouting(tx, viewer, article, 'claim', me!);
  });
  await mailTransitionNotices(sent.ids, sent.notice).catch(() => {});
  return { assigneeId: viewer.id };
}

/** An editor hands the story to a named editor (in review) or leader (awaiting sign-off). */
export async function assignArticle(viewer: Viewer, id: string, assigneeId: string): Promise<{ assigneeId: string }> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!isUuid(assigneeId)) throw new DataError('invalid', 'Hãy chọn người nhận bài trong danh sách.');
  const sent = await db.transaction(async (tx) => {
    const { article, facts } = await loadArticleFacts(tx, viewer, id);
    // Policy first: someone who may not assign learns nothing about accounts from the refusals below.
    const decision = canAssignArticle(viewer, facts);
    if (!decision.allowed) throw new DataError('forbidden', decision.message);
    const [target] = await tx
      .select({
        id: users.id,
        name: users.name,
        roles: users.roles,
        isActive: users.isActive,
        // Credited in any version, as approve and claim count it: else the story would wait on a leader who may not sign it off.
        isAuthor: sql<boolean>`${creditedTo(sql`"users"."id"`)}`,
      })
      .from(users)
      .innerJoin(articles, eq(articles.id, id))
      .where(eq(users.id, assigneeId));
    if (!target) throw new DataError('invalid', 'Không tìm thấy người được giao; hãy chọn lại trong danh sách.');
    // Giving the story to whoever holds it already would notify everyone again for nothing.
    if (article.assigneeId === target.id) throw new DataError('conflict', `Bài đã giao cho ${target.name} rồi.`);
    const fits = assigneeFits(facts, { roles: target.roles, isActive: target.isActive, isAuthor: Boolean(target.isAuthor) });
    if (!fits.allowed) throw new DataError('invalid', fits.message);
    // Unchanged since it was read (status and assignee): two people assigning at once do not both notify.
    const updated = await tx
      .update(articles)
      .set({ assigneeId })
      .where(and(eq(articles.id, id), eq(articles.status, article.status), article.assigneeId === null ? isNull(articles.assigneeId) : eq(articles.assigneeId, article.assigneeId)))
      .returning({ id: articles.id });
    if (updated.length === 0) throw new DataError('conflict', 'Bài vừa được chuyển bước hoặc giao cho người khác. Hãy tải lại trang.');
    return recordRouting(tx, viewer, article, 'assign', { id: target.id, name: target.name });
  });
  await mailTransitionNotices(sent.ids, sent.notice).catch(() => {});
  return { assigneeId };
}

/** "Theo dõi": toggles the viewer following the story; returns whether they follow it now. */
export async function setFollowing(viewer: Viewer, id: string, follow: boolean): Promise<{ following: boolean }> {
  const decision = canFollowArticle(viewer);
  if (!decision.allowed || viewer.kind !== 'user') throw new DataError('unauthenticated', decision.allowed ? 'Hãy đăng nhập.' : decision.message);
  await readableArticle(viewer, id);
  if (follow) await db.insert(articleFollowers).values({ articleId: id, userId: viewer.id }).onConflictDoNothing();
  else await db.delete(articleFollowers).where(and(eq(articleFollowers.articleId, id), eq(articleFollowers.userId, viewer.id)));
  return { following: follow };
}

export interface RoutingView {
  assignee: Person | null;
  /** The role whose pool holds the story when nobody is assigned. */
  stageRole: Role | null;
  canClaim: boolean;
  /** Whom an editor may hand it to now (empty when they may not). */
  assignable: Person[];
  following: boolean;
  /** Whom a return may go to (leader steps only). */
  returnTargets: Array<Person & { kind: 'editor' | 'writer' }>;
}

/** What the editor page shows of routing, for a viewer readableArticle() already let through. */
export async function routingView(viewer: Viewer, id: string): Promise<RoutingView> {
  const { article, facts } = await readableArticle(viewer, id);
  const role = stageRole(article.status);
  const viewerId = viewer.kind === 'user' ? viewer.id : null;
  const [assignee, follow, candidates, returnTargets] = await Promise.all([
    article.assigneeId ? db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, article.assigneeId)).then((r) => r[0] ?? null) : Promise.resolve(null),
    viewerId ? db.select({ id: articleFollowers.userId }).from(articleFollowers).where(and(eq(articleFollowers.articleId, id), eq(articleFollowers.userId, viewerId))) : Promise.resolve([]),
    role && viewer.kind === 'user' && viewer.roles.includes('editor')
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.isActive, true), arrayOverlaps(users.roles, [role])))
          .orderBy(asc(users.name))
          .limit(200)
      : Promise.resolve([]),
    // The choice is the leader's (and an editor's on approved work); an editor's return from review goes to the writers.
    article.status === 'awaiting_approval' || article.status === 'approved' ? returnTargetsOf(db, id, article.status) : Promise.resolve([]),
  ]);
  const authorIds =
    role === 'leader' && candidates.length
      ? new Set(
          (
            await db
              .select({ id: users.id })
              .from(users)
              .innerJoin(articles, eq(articles.id, id))
              .where(and(inArray(users.id, candidates.map((c) => c.id)), creditedTo(sql`"users"."id"`)))
          ).map((r) => r.id),
        )
      : new Set<string>();
  return {
    assignee,
    stageRole: role,
    canClaim: canClaimArticle(viewer, facts).allowed && article.assigneeId === null,
    assignable: candidates.filter((c) => !authorIds.has(c.id)),
    following: follow.length > 0,
    returnTargets,
  };
}

