import 'server-only';
import { and, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { approvals, articles, positions, revisions, sections, users, workflowEvents } from '@/db/schema';
import type { JSONContent } from '@/lib/content/types';
import { enqueueScheduledPublish } from '@/lib/jobs/queue';
import { requestLogger } from '@/lib/log/logger';
import { checklistRefusal, runChecklist } from '@/lib/workflow/checklist';
import type { Role, Viewer } from '@/lib/policy/roles';
import { canFireEvent } from '@/lib/policy/workflow';
import { vietnamDay } from '@/lib/time/format';
import { transition, type Effect, type WorkflowEvent } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { assertSuggestionsDecided } from '../suggestions/suggestions';
import { assertThreadsResolved } from '../threads/open-threads';
import { mailTransitionNotices, notifyTransition, type TransitionNotice } from '../notifications/notifications';
import { articleSurfaces, revalidateArticleSurfaces } from '../public/revalidate';
import { returnTargetsOf, reviewEditorOf, submittedBefore } from '../routing/routing';
import { recordCorrection } from './corrections';
import { projectLiveRevision, removeLiveProjection } from './live-projection';
import { conflict, loadArticleFacts, type ArticleRow } from './load';
import { placementOf, placementWrites } from './placement';
import { staleVersion } from './stale';
import type { Tx } from './tx';

/**
 * A workflow step as the doors hand it over, already parsed (the API and the editor's buttons parse
 * with transitionSchema, lib/api/schemas.ts: a known event, a note of at most 5,000 characters, an
 * ISO time), so the limits are not checked again here.
 */
export interface TransitionInput {
  event: WorkflowEvent;
  note?: string;
  /** ISO time with offset, for `schedule`. */
  at?: string;
  /** When given, the transition applies only to this version (the API's If-Match). */
  expectedVersion?: number;
  /** Set by the scheduler when it publishes after the planned time. */
  late?: boolean;
  /** For `return`: the person it goes to (the review editor or one of the writers). */
  returnTo?: string;
}

export interface TransitionOutcome {
  id: string;
  title: string;
  slug: string;
  from: string;
  to: string;
  version: number;
  /** Readers' view changed (published, replaced or removed): public caches must be refreshed. */
  publicChanged: boolean;
}

/** The sign-off still covers exactly the current content. */
async function approvalMatchesCurrent(tx: Tx, article: ArticleRow): Promise<boolean> {
  if (!article.approvedRevisionId || article.approvedRevisionId !== article.currentRevisionId) return false;
  const [row] = await tx
    .select({ approvalHash: approvals.contentHash, revisionHash: revisions.contentHash })
    .from(approvals)
    .innerJoin(revisions, eq(revisions.id, approvals.revisionId))
    .where(eq(approvals.revisionId, article.approvedRevisionId))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  return Boolean(row && row.approvalHash === row.revisionHash);
}

/** The title a leader holds today, from the people registry, for the sign-off record. */
async function approverIdentity(tx: Tx, userId: string, now: Date): Promise<{ name: string; title: string }> {
  const today = vietnamDay(now);
  const [row] = await tx
    .select({ name: users.name, title: positions.title })
    .from(users)
    .leftJoin(
      positions,
      and(eq(positions.personId, users.personId), lte(positions.startsOn, today), or(isNull(positions.endsOn), gte(positions.endsOn, today))),
    )
    .where(eq(users.id, userId))
    .orderBy(desc(positions.startsOn))
    .limit(1);
  return { name: row?.name ?? '', title: row?.title ?? 'Lãnh đạo' };
}

interface Route {
  /** The story's assignee after the step (null: its pool, or the writers in draft). */
  assigneeId: string | null;
  assigneeName?: string;
  /** The pool to tell when nobody is assigned and the step asks for it. */
  pool: Role | null;
  /** The editor responsible for the story from now on, recorded on the event (see reviewEditorOf). */
  editorId?: string;
  returnToWriter?: boolean;
}

/** Who the story goes to with this step, and whom to tell. */
async function routeOf(tx: Tx, article: ArticleRow, event: WorkflowEvent, returnTo: string | undefined, actorId: string | null): Promise<Route> {
  if (returnTo !== undefined && event !== 'return') throw new DataError('invalid', 'Chỉ khi trả lại bài mới chọn người nhận.');
  const nameOf = async (userId: string) => (await tx.select({ name: users.name }).from(users).where(eq(users.id, userId)))[0]?.name;
  switch (event) {
    case 'submit': {
      // A resubmission goes back to the editor who had it; only a first submission tells every editor.
      const editorId = await reviewEditorOf(tx, article.id);
      if (editorId) return { assigneeId: editorId, assigneeName: await nameOf(editorId), pool: null };
      return { assigneeId: null, pool: (await submittedBefore(tx, article.id)) ? null : 'editor' };
    }
    case 'forward_for_approval':
      // To the leaders' pool; an editor may then hand it to one leader ("Giao bài").
      return { assigneeId: null, pool: 'leader', editorId: actorId ?? undefined };
    case 'return': {
      const targets = await returnTargetsOf(tx, article.id, article.status);
      const leaderStep = article.status === 'awaiting_approval' || article.status === 'approved';
      const target = returnTo === undefined ? (leaderStep ? (targets.find((t) => t.kind === 'editor') ?? null) : null) : targets.find((t) => t.id === returnTo);
      if (target === undefined) {
        throw new DataError('invalid', leaderStep ? 'Hãy chọn người nhận bài trả lại: biên tập viên đã trình duyệt hoặc người viết bài.' : 'Hãy chọn người nhận bài trả lại trong số người viết bài.');
      }
      // An editor returning from review becomes the story's review editor even if they never
      // claimed it: the resubmission then goes back to them (else nobody at all was told of it).
      const reviewer = article.status === 'in_review' && actorId ? { editorId: actorId } : {};
      if (!target) return { assigneeId: null, pool: null, ...reviewer };
      return {
        assigneeId: target.id,
        assigneeName: target.name,
        pool: null,
        returnToWriter: target.kind === 'writer',
        ...(target.kind === 'editor' ? { editorId: target.id } : reviewer),
      };
    }
    case 'approve': {
      const editorId = await reviewEditorOf(tx, article.id);
      return { assigneeId: editorId, pool: null };
    }
    case 'withdraw':
      return { assigneeId: article.status === 'scheduled' ? article.assigneeId : null, pool: null };
    case 'publish':
    case 'unpublish':
    case 'archive':
      return { assigneeId: null, pool: null };
    case 'restore':
      return { assigneeId: null, pool: null };
    default:
      return { assigneeId: article.assigneeId, pool: null };
  }
}

/** The pre-submit checklist, enforced here whatever door the submit came through. */
async function assertReadyForReview(tx: Tx, article: ArticleRow): Promise<void> {
  const [row] = await tx
    .select({ revision: revisions, checklist: sections.checklist })
    .from(revisions)
    .leftJoin(sections, eq(sections.id, sql`${article.sectionId}`))
    .where(eq(revisions.id, article.currentRevisionId!))
    .limit(1);
  const items = runChecklist(
    { title: row!.revision.title, sapo: row!.revision.sapo, sectionId: article.sectionId, body: row!.revision.body as JSONContent, kind: article.kind, meeting: row!.revision.meeting },
    row!.checklist ?? null,
  );
  const refusal = checklistRefusal(items);
  if (refusal) throw new DataError('invalid', refusal, { checklist: items });
}

/**
 * Fires a workflow event: policy, then the workflow table, then one transaction with a guarded
 * update (WHERE status = from AND version = v) and its audit row. Of two conflicting transitions
 * exactly one wins; the other gets a conflict with a message a person can act on.
 */
export async function transitionArticle(viewer: Viewer, id: string, input: TransitionInput): Promise<TransitionOutcome> {
  const event = input.event;
  const note = input.note?.trim() || undefined;
  const at = input.at ? new Date(input.at) : undefined;

  let notified: { ids: string[]; notice: TransitionNotice } | undefined;
  // What readers could reach before (slugs, sections, tags, people): refreshed after a public change.
  const before = event === 'publish' || event === 'unpublish' || event === 'archive' ? await articleSurfaces(id).catch(() => null) : null;
  const outcome = await db.transaction(async (tx) => {
    const { article, facts } = await loadArticleFacts(tx, viewer, id);
    const decision = canFireEvent(viewer, event, facts);
    if (!decision.allowed) throw new DataError('forbidden', decision.message);
    if (input.expectedVersion !== undefined && input.expectedVersion !== article.version) throw await staleVersion(tx, article, input.expectedVersion);

    if (event === 'submit') await assertReadyForReview(tx, article);
    const now = new Date();
    const route = await routeOf(tx, article, event, input.returnTo, viewer.kind === 'user' ? viewer.id : null);
    const result = transition(article.status, event, {
      now,
      note,
      at,
      approvalMatchesCurrent: await approvalMatchesCurrent(tx, article),
      live: facts.live,
      returnToWriter: route.returnToWriter,
    });
    if (!result.ok) throw new DataError(result.code === 'illegal' || result.code === 'approval_stale' ? 'conflict' : 'invalid', result.message, { reason: result.code });
    // Comment threads (issue 23): the sign-off waits for every one to be resolved.
    if (event === 'approve') await assertThreadsResolved(tx, id);
    // Suggestions (issue 23): the signed text is the accepted text only, so none may be open.
    if (event === 'approve') await assertSuggestionsDecided(tx, id);

    const set: Partial<typeof articles.$inferInsert> = {};
    let publicChanged = false;
    const apply: Array<(tx: Tx) => Promise<void>> = [];
    const actorId = viewer.kind === 'user' ? viewer.id : null;
    for (const effect of result.effects as Effect[]) {
      switch (effect.kind) {
        case 'record_approval': {
          const identity = await approverIdentity(tx, actorId!, now);
          const [rev] = await tx.select({ hash: revisions.contentHash }).from(revisions).where(eq(revisions.id, article.currentRevisionId!));
          set.approvedRevisionId = article.currentRevisionId;
          apply.push(async (t) => {
            await t.insert(approvals).values({
              articleId: id,
              revisionId: article.currentRevisionId!,
              contentHash: rev!.hash,
              approverId: actorId!,
              approverName: identity.name,
              approverTitle: identity.title,
              note: note ?? null,
            });
          });
          break;
        }
        case 'clear_approval':
          set.approvedRevisionId = null;
          break;
        case 'make_approved_live': {
          // Readers get the signed placement with the signed text: section, tags, authors, times.
          const [approved] = await tx.select({ placement: revisions.placement }).from(revisions).where(eq(revisions.id, article.approvedRevisionId!));
          const placement = await placementOf(tx, article, approved!);
          if (placement.scheduledUnpublishAt && new Date(placement.scheduledUnpublishAt).getTime() <= now.getTime()) {
            throw new DataError('conflict', 'Thời điểm tự động gỡ bài của bản đã duyệt đã qua; hãy sửa thời điểm đó rồi trình duyệt lại.', { reason: 'removal_in_past' });
          }
          const writes = await placementWrites(tx, article, placement);
          Object.assign(set, writes.columns);
          apply.push(writes.after);
          set.liveRevisionId = article.approvedRevisionId;
          set.slugFrozen = true;
          set.unpublishedAt = null;
          if (article.publishedAt && article.liveRevisionId) set.liveUpdatedAt = now;
          else if (!article.publishedAt) {
            // Under embargo readers first see the story when the embargo lifts: that is its published
            // time (the page, RSS pubDate and every newest-first list), not the moment of sign-off.
            const embargo = set.embargoUntil ?? null;
            set.publishedAt = embargo && embargo.getTime() > now.getTime() ? embargo : now;
          }
          publicChanged = true;
          apply.push((t) => projectLiveRevision(t, id, article.approvedRevisionId!));
          apply.push((t) => recordCorrection(t, id, article.approvedRevisionId!, now));
          break;
        }
        case 'clear_live':
          if (article.liveRevisionId) publicChanged = true;
          set.liveRevisionId = null;
          set.unpublishedAt = now;
          set.scheduledUnpublishAt = null;
          apply.push((t) => removeLiveProjection(t, id));
          break;
        case 'set_schedule':
          set.scheduledAt = effect.at;
          break;
        case 'clear_schedule':
          set.scheduledAt = null;
          break;
      }
    }

    const updated = await tx
      .update(articles)
      .set({ ...set, assigneeId: route.assigneeId, status: result.to, version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(articles.id, id), eq(articles.status, article.status), eq(articles.version, article.version)))
      .returning({ version: articles.version });
    if (updated.length === 0) throw conflict(null);
    for (const step of apply) await step(tx);
    await tx.insert(workflowEvents).values({
      articleId: id,
      revisionId: event === 'publish' ? article.approvedRevisionId : article.currentRevisionId,
      actorId,
      event,
      fromStatus: article.status,
      toStatus: result.to,
      note: note ?? null,
      data: {
        ...(at ? { at: at.toISOString() } : {}),
        ...(input.late ? { late: true, scheduledAt: article.scheduledAt?.toISOString() } : {}),
        ...(viewer.kind === 'system' ? { by: viewer.reason } : {}),
        ...(route.assigneeId ? { assigneeId: route.assigneeId } : {}),
        ...(route.editorId ? { editorId: route.editorId } : {}),
      },
    });
    const [current] = await tx.select({ title: revisions.title }).from(revisions).where(eq(revisions.id, article.currentRevisionId!));
    const notice: TransitionNotice = {
      articleId: id,
      title: current?.title ?? article.slug,
      event,
      from: article.status,
      to: result.to,
      actorId,
      note,
      assigneeId: route.assigneeId,
      pool: route.pool,
      detail: route.assigneeName ? `chuyển cho ${route.assigneeName}` : undefined,
    };
    notified = { ids: await notifyTransition(tx, notice), notice };
    return { id, title: notice.title, slug: article.slug, from: article.status, to: result.to, version: updated[0]!.version, publicChanged };
  });
  if (notified) await mailTransitionNotices(notified.ids, notified.notice).catch(() => {});
  if (outcome.publicChanged) {
    // Never throws; from the job worker it purges the shared cache without revalidatePath.
    await revalidateArticleSurfaces(...(before ? [before] : []), await articleSurfaces(id));
  }
  if (outcome.to === 'scheduled' && at) {
    // After the commit: a job for a transaction that rolled back would only find nothing to do, but
    // a job sent before a commit that then failed is avoided. If sending fails, the sweep publishes.
    try {
      await enqueueScheduledPublish(id, at);
    } catch (error) {
      (await requestLogger({ area: 'jobs' })).warn({ articleId: id, err: error }, 'could not enqueue scheduled publish; the sweep will publish it');
    }
  }
  return outcome;
}
