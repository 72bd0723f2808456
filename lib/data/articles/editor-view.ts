import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { sections, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canEditContent, canFireEvent } from '@/lib/policy/workflow';
import { EVENTS, legalEvents, type WorkflowEvent } from '@/lib/workflow/transition';
import { commentsOf } from '../comments/comments';
import { creditableWriters } from '../users/writers';
import { leaseHolder } from './lease';
import { signOffView, type SignOffView } from './sign-off-view';
import { eventsOf, readableArticle, revisionsOf, staffArticleOf, type StaffArticle } from './read-article';

export type TimelineEntry =
  | { kind: 'event'; id: string; at: Date; actorName: string | null; event: string; from: string | null; to: string; note: string | null; data: Record<string, unknown> }
  | { kind: 'comment'; id: string; at: Date; actorName: string; body: string };

export interface EditorView {
  article: StaffArticle;
  canEdit: boolean;
  /** Why not, when canEdit is false. */
  editBlockedReason: string | null;
  /** The events this viewer may fire now (policy and workflow agree). */
  events: WorkflowEvent[];
  sections: Array<{ id: string; name: string }>;
  revisions: Awaited<ReturnType<typeof revisionsOf>>;
  /** The number of the current revision: the one version number staff see (header and list "#N"). */
  revisionNumber: number;
  /** Revisions a workflow step was taken on (submitted, returned, approved, published…): never folded away in the list. */
  steppedRevisionIds: string[];
  timeline: TimelineEntry[];
  lease: { userId: string; name: string; until: Date } | null;
  authorName: string | null;
  /** Staff offered in the author picker: active writers, no admin or test accounts. */
  writers: Array<{ id: string; name: string }>;
  /** From the request for sign-off until publication: everything the leader signs, in words. */
  signOff: SignOffView | null;
}

const SIGN_OFF_STATES: ReadonlySet<string> = new Set(['awaiting_approval', 'approved', 'scheduled']);

/** Everything the editor page shows, for this viewer, in one call. */
export async function editorView(viewer: Viewer, id: string): Promise<EditorView> {
  // One load and one read check; everything below is for an article this viewer may read.
  const { article: row, facts } = await readableArticle(viewer, id);
  const article = await staffArticleOf(row);
  const edit = canEditContent(viewer, facts);
  const events = legalEvents(facts.status, { live: facts.live }).filter((e) => canFireEvent(viewer, e, facts).allowed);
  const [sectionRows, revisionRows, eventRows, commentRows, lease, [author], writers, signOff] = await Promise.all([
    db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.sortOrder)),
    revisionsOf(id),
    eventsOf(id),
    commentsOf(id),
    leaseHolder(id),
    article.createdBy ? db.select({ name: users.name }).from(users).where(eq(users.id, article.createdBy)) : Promise.resolve([]),
    creditableWriters(),
    SIGN_OFF_STATES.has(row.status) ? signOffView(row) : Promise.resolve(null),
  ]);
  const timeline: TimelineEntry[] = [
    ...eventRows.map((e) => ({
      kind: 'event' as const,
      id: `e${e.id}`,
      at: e.createdAt,
      actorName: e.actorName,
      event: e.event,
      from: e.fromStatus,
      to: e.toStatus,
      note: e.note,
      data: e.data,
    })),
    ...commentRows.map((c) => ({ kind: 'comment' as const, id: `c${c.id}`, at: c.createdAt, actorName: c.authorName, body: c.body })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    article,
    canEdit: edit.allowed,
    editBlockedReason: edit.allowed ? null : edit.message,
    events,
    sections: sectionRows,
    revisions: revisionRows,
    revisionNumber: revisionRows.find((r) => r.id === article.currentRevisionId)?.number ?? revisionRows[0]?.number ?? 1,
    steppedRevisionIds: [...new Set(eventRows.filter((e) => e.revisionId && (EVENTS as readonly string[]).includes(e.event)).map((e) => e.revisionId!))],
    timeline,
    lease,
    authorName: author?.name ?? null,
    writers,
    signOff,
  };
}
