import 'server-only';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { approvals, revisions, sections, users, workflowEvents, type Meeting, type RevisionMeta } from '@/db/schema';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { canReadArticle } from '@/lib/policy/workflow';
import type { State } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { loadArticleFacts } from './load';
import { placementOf } from './placement';

export interface StaffArticle {
  id: string;
  slug: string;
  kind: 'news' | 'meeting_report';
  /** 'vi' or 'en': the language the story is written in. */
  language: string;
  status: State;
  version: number;
  section: { id: string; slug: string; name: string } | null;
  tags: string[];
  authors: Array<{ id: string; name: string }>;
  title: string;
  sapo: string;
  body: JSONContent;
  meta: RevisionMeta;
  meeting: Meeting | null;
  currentRevisionId: string;
  liveRevisionId: string | null;
  approvedRevisionId: string | null;
  approval: { approverName: string; approverTitle: string; revisionId: string; contentHash: string; note: string | null; at: Date } | null;
  embargoUntil: Date | null;
  scheduledAt: Date | null;
  scheduledUnpublishAt: Date | null;
  publishedAt: Date | null;
  liveUpdatedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The article and its policy facts, once the policy says this viewer may read it. */
export async function readableArticle(viewer: Viewer, id: string) {
  const loaded = await loadArticleFacts(db, viewer, id);
  const decision = canReadArticle(viewer, loaded.facts);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
  return loaded;
}

async function assertCanRead(viewer: Viewer, id: string) {
  return (await readableArticle(viewer, id)).article;
}

export async function getStaffArticle(viewer: Viewer, id: string): Promise<StaffArticle> {
  return staffArticleOf(await assertCanRead(viewer, id));
}

/**
 * The editor's shape of an article row that readableArticle() has already let through: the working
 * copy (current revision), its placement included. For a live story with an update pending, readers
 * still see the live revision's placement (on the article row) until the update is published.
 */
export async function staffArticleOf(article: Awaited<ReturnType<typeof readableArticle>>['article']): Promise<StaffArticle> {
  const [[revision], [approval]] = await Promise.all([
    db.select().from(revisions).where(eq(revisions.id, article.currentRevisionId!)),
    article.approvedRevisionId
      ? db.select().from(approvals).where(eq(approvals.revisionId, article.approvedRevisionId)).orderBy(desc(approvals.createdAt)).limit(1)
      : Promise.resolve([]),
  ]);
  const placement = await placementOf(db, article, revision!);
  const [[section], authorRows] = await Promise.all([
    placement.sectionId ? db.select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections).where(eq(sections.id, placement.sectionId)) : Promise.resolve([]),
    placement.authorIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, placement.authorIds)) : Promise.resolve([]),
  ]);
  return {
    id: article.id,
    slug: placement.slug,
    kind: placement.kind,
    language: placement.language,
    status: article.status,
    version: article.version,
    section: section ?? null,
    tags: placement.tags,
    authors: placement.authorIds.map((id) => authorRows.find((a) => a.id === id) ?? { id, name: '(tài khoản đã xóa)' }),
    title: revision!.title,
    sapo: revision!.sapo,
    body: revision!.body as JSONContent,
    meta: revision!.meta,
    meeting: revision!.meeting ?? null,
    currentRevisionId: revision!.id,
    liveRevisionId: article.liveRevisionId,
    approvedRevisionId: article.approvedRevisionId,
    approval: approval
      ? { approverName: approval.approverName, approverTitle: approval.approverTitle, revisionId: approval.revisionId, contentHash: approval.contentHash, note: approval.note, at: approval.createdAt }
      : null,
    embargoUntil: placement.embargoUntil ? new Date(placement.embargoUntil) : null,
    scheduledAt: article.scheduledAt,
    scheduledUnpublishAt: placement.scheduledUnpublishAt ? new Date(placement.scheduledUnpublishAt) : null,
    publishedAt: article.publishedAt,
    liveUpdatedAt: article.liveUpdatedAt,
    createdBy: article.createdBy,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
  };
}

export async function listRevisions(viewer: Viewer, id: string) {
  await assertCanRead(viewer, id);
  return revisionsOf(id);
}

/** Revisions of an article the caller has already checked with readableArticle(). */
export function revisionsOf(id: string) {
  return db
    .select({
      id: revisions.id,
      number: revisions.number,
      title: revisions.title,
      contentHash: revisions.contentHash,
      origin: revisions.origin,
      changedFields: revisions.changedFields,
      authorId: revisions.authorId,
      authorName: users.name,
      createdAt: revisions.createdAt,
      // Threads open when this revision was made (opened by then, not resolved by then).
      openThreads: sql<number>`(select count(*)::int from article_threads t where t.article_id = ${revisions.articleId} and t.created_at <= ${revisions.createdAt} and (t.resolved_at is null or t.resolved_at > ${revisions.createdAt}))`,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.articleId, id))
    .orderBy(desc(revisions.number));
}

export async function listEvents(viewer: Viewer, id: string) {
  await assertCanRead(viewer, id);
  return eventsOf(id);
}

/** Workflow events of an article the caller has already checked with readableArticle(). */
export function eventsOf(id: string) {
  return db
    .select({
      id: workflowEvents.id,
      event: workflowEvents.event,
      fromStatus: workflowEvents.fromStatus,
      toStatus: workflowEvents.toStatus,
      note: workflowEvents.note,
      revisionId: workflowEvents.revisionId,
      actorId: workflowEvents.actorId,
      actorName: users.name,
      data: workflowEvents.data,
      createdAt: workflowEvents.createdAt,
    })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorId))
    .where(eq(workflowEvents.articleId, id))
    .orderBy(asc(workflowEvents.id));
}

