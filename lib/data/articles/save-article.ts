import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, revisions, users, workflowEvents } from '@/db/schema';
import { changedFields, PLACEMENT_FIELDS, type RevisionField } from '@/lib/content/placement';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { canEditContent } from '@/lib/policy/workflow';
import { stateAfterContentChange } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { notifyTransition } from '../notifications/notifications';
import { insertRevision, normalizeContent, type ContentInput } from './content-input';
import { assertDocumentsExist, assertMediaExist, assertOwnNewSuggestions, assertVideosExist, conflict, loadArticleFacts } from './load';
import { parseMetadata, type ArticleMetadata } from './metadata';
import { placementOf, placementWrites, requestedPlacement } from './placement';
import { isUniqueViolation, type Executor, type Tx } from './tx';

export type SaveInput = ContentInput & ArticleMetadata & { baseVersion: number };

/** Facts about a save that only the server decides; never read from a request. */
export interface SaveOptions {
  origin?: 'save' | 'autosave' | 'restore' | 'import' | 'suggestion';
  /** For a restore: the revision whose text was copied. */
  restoredFrom?: { id: string; number: number };
  /**
   * For a checkpoint of the live document (lib/data/collab/checkpoint.ts): everyone who wrote to it
   * since the last checkpoint, each allowed to by the collaboration server; new suggestions may be in
   * any of their names. The saver is the last of them.
   */
  coEditors?: string[];
  /**
   * The editor co-edits the body in the live document (issue #24), which the collaboration server
   * checkpoints into revisions itself: this save changes the other fields and keeps the current
   * revision's body. Checkpoints made since `baseVersion` that changed the body only are not a
   * conflict (they are not this save's fields); anything else since is.
   */
  bodyFromLiveDocument?: boolean;
  /** For an accepted or rejected suggestion (lib/data/suggestions): recorded in the audit trail. */
  suggestion?: { id: string; decision: 'accept' | 'reject'; kind: string; authorId: string | null; text: string };
}

export interface SaveResult {
  version: number;
  status: string;
  revisionId: string;
  slug: string;
  changed: boolean;
  approvalVoided: boolean;
  /** What this save changed (lib/content/placement field names). */
  changedFields: RevisionField[];
}

/**
 * The story's working copy — its current revision — and its version: what a save that changes only
 * the body starts from (suggestion decisions, co-editing checkpoints, the live document's merges).
 */
export async function workingRevision(tx: Executor, articleId: string): Promise<{ version: number; revision: typeof revisions.$inferSelect } | null> {
  const [row] = await tx
    .select({ version: articles.version, revision: revisions })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.currentRevisionId))
    .where(eq(articles.id, articleId))
    .limit(1);
  return row ?? null;
}

/** A save of `revision` with another body and nothing else changed (placement is kept when not sent). */
export function withBody(revision: typeof revisions.$inferSelect, body: unknown, baseVersion: number): SaveInput {
  return {
    title: revision.title,
    sapo: revision.sapo,
    body,
    schemaVersion: revision.schemaVersion,
    byline: revision.meta.byline,
    seoTitle: revision.meta.seoTitle,
    seoDescription: revision.meta.seoDescription,
    coverMediaId: revision.meta.coverMediaId,
    correction: revision.meta.correction,
    meeting: revision.meeting,
    baseVersion,
  };
}

/**
 * Saves the full content of an article, text and placement, as a new immutable revision. The save
 * carries the version it was based on; if anyone changed the article meanwhile it is refused
 * (conflict) and nothing is lost: the caller still has the text. Any change after a sign-off voids
 * it (back to review). A live story's readers keep the live revision, placement included, until a
 * newer revision is approved and published.
 */
export async function saveArticle(viewer: Viewer, id: string, input: SaveInput, options: SaveOptions = {}): Promise<SaveResult> {
  if (!Number.isInteger(input.baseVersion)) throw new DataError('invalid', 'Thiếu phiên bản gốc (baseVersion) của bản lưu.');
  let content = normalizeContent(input);
  const meta = parseMetadata(input);
  const actorId = viewer.kind === 'user' ? viewer.id : null;
  try {
    return await db.transaction(async (tx) => {
      const { article, facts } = await loadArticleFacts(tx, viewer, id);
      const decision = canEditContent(viewer, facts);
      if (!decision.allowed) throw new DataError('forbidden', decision.message);
      if (article.version !== input.baseVersion && !(options.bodyFromLiveDocument && (await onlyBodyCheckpointsSince(tx, id, input.baseVersion, article.version)))) {
        throw conflict(article.version);
      }
      if (options.bodyFromLiveDocument) {
        const [working] = await tx.select({ body: revisions.body }).from(revisions).where(eq(revisions.id, article.currentRevisionId!)).limit(1);
        content = normalizeContent({ ...input, body: working!.body });
      }
      await assertMediaExist(tx, content.mediaIds);
      await assertDocumentsExist(tx, content.documentIds);
      await assertVideosExist(tx, content.videoIds);

      const [current] = await tx
        .select({ revision: revisions, max: sql<number>`(select max(number) from revisions where article_id = ${id})` })
        .from(revisions)
        .where(eq(revisions.id, article.currentRevisionId!))
        .limit(1);
      const before = { ...current!.revision, placement: await placementOf(tx, article, current!.revision) };
      // A restore copies a stored revision, whose suggestions were checked when they were saved.
      if (options.origin !== 'restore') assertOwnNewSuggestions(options.coEditors?.length ? options.coEditors : actorId, before.body as JSONContent, content.body);
      const placement = await requestedPlacement(tx, article, before.placement, meta);
      const fields = changedFields(before, { ...content, placement });
      if (fields.length === 0) {
        return { version: article.version, status: article.status, revisionId: before.id, slug: article.slug, changed: false, approvalVoided: false, changedFields: [] };
      }

      if (fields.includes('correction') && content.meta.correction && !article.liveRevisionId && !article.publishedAt) {
        throw new DataError('invalid', 'Bài chưa từng đăng nên chưa có gì để đính chính: hãy sửa thẳng nội dung và để trống ô "Đính chính".', { field: 'correction' });
      }
      const next = stateAfterContentChange(article.status);
      const version = article.version + 1;
      const revisionId = await insertRevision(tx, content, placement, {
        articleId: id,
        number: Number(current!.max) + 1,
        origin: options.origin ?? 'save',
        basedOnRevisionId: before.id,
        authorId: actorId,
        changedFields: fields,
        articleVersion: version,
      });
      // Nothing of the story is public: the row follows the working copy. A live story's row keeps
      // what readers see until the new revision is published.
      const writes = article.liveRevisionId ? null : await placementWrites(tx, article, placement);
      const kinds = new Set(next.effects.map((e) => e.kind));
      const updated = await tx
        .update(articles)
        .set({
          ...writes?.columns,
          currentRevisionId: revisionId,
          status: next.to,
          version: sql`${articles.version} + 1`,
          ...(kinds.has('clear_approval') ? { approvedRevisionId: null } : {}),
          ...(kinds.has('clear_schedule') ? { scheduledAt: null } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(articles.id, id), eq(articles.version, article.version), eq(articles.status, article.status)))
        .returning({ version: articles.version });
      if (updated.length === 0) throw conflict(null);
      await writes?.after(tx);
      const approvalVoided = kinds.has('clear_approval');
      const event = (name: string, note: string | null, data: Record<string, unknown> = {}) =>
        tx.insert(workflowEvents).values({ articleId: id, revisionId, actorId, event: name, fromStatus: article.status, toStatus: next.to, note, data });
      if (approvalVoided) {
        await notifyTransition(tx, { articleId: id, title: content.title, event: 'approval_voided', from: article.status, to: next.to, actorId });
      }
      if (next.to !== article.status) {
        await event(approvalVoided ? 'approval_voided' : 'content_changed', approvalVoided ? 'Nội dung thay đổi sau khi duyệt: cần duyệt lại.' : null, { fields });
      }
      if (options.suggestion) {
        const { decision, id: suggestionId, ...rest } = options.suggestion;
        await event(decision === 'accept' ? 'suggestion_accepted' : 'suggestion_rejected', null, { suggestionId, ...rest, fields });
      }
      if (options.restoredFrom) await event('revision_restored', null, { fromRevisionId: options.restoredFrom.id, fromNumber: options.restoredFrom.number, fields });
      if (fields.includes('authorIds')) await recordAuthorship(tx, event, before.placement.authorIds, placement.authorIds);
      const placementChanged = fields.filter((f) => f !== 'authorIds' && PLACEMENT_FIELDS.includes(f));
      if (placementChanged.length > 0) await event('metadata_changed', null, { fields: placementChanged });
      return { version: updated[0]!.version, status: next.to, revisionId, slug: placement.slug, changed: true, approvalVoided, changedFields: fields };
    });
  } catch (error) {
    // Two saves on the same base: the loser may trip the revision number's unique index first.
    if (isUniqueViolation(error)) throw conflict(null);
    throw error;
  }
}

/** Every version after `base` up to `current` is a revision that changed the body only (co-editing checkpoints). */
async function onlyBodyCheckpointsSince(tx: Tx, articleId: string, base: number, current: number): Promise<boolean> {
  if (current <= base || current - base > 1000) return false;
  const rows = await tx
    .select({ version: revisions.articleVersion, fields: revisions.changedFields })
    .from(revisions)
    .where(and(eq(revisions.articleId, articleId), sql`${revisions.articleVersion} > ${base}`, sql`${revisions.articleVersion} <= ${current}`));
  const bodyOnly = new Set(rows.filter((r) => r.fields.length > 0 && r.fields.every((f) => f === 'body')).map((r) => r.version));
  return bodyOnly.size === current - base;
}

/** Who was added to and removed from the credits, by name as well (a name outlives an account). */
async function recordAuthorship(
  tx: Tx,
  event: (name: string, note: string | null, data: Record<string, unknown>) => Promise<unknown>,
  before: string[],
  after: string[],
): Promise<void> {
  const added = after.filter((u) => !before.includes(u));
  const removed = before.filter((u) => !after.includes(u));
  const ids = [...added, ...removed];
  const names = ids.length ? await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)) : [];
  const nameOf = (u: string) => names.find((n) => n.id === u)?.name ?? u;
  const note = [added.length ? `Thêm: ${added.map(nameOf).join(', ')}` : '', removed.length ? `Bỏ: ${removed.map(nameOf).join(', ')}` : ''].filter(Boolean).join('; ') || 'Đổi thứ tự tác giả';
  await event('authors_changed', note, { added, removed, order: after });
}
