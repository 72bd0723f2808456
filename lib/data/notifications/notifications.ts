import 'server-only';
import { and, arrayOverlaps, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articleFollowers, articles, notifications, users, workflowEvents } from '@/db/schema';
import { requestLogger } from '@/lib/log/logger';
import type { Role, Viewer } from '@/lib/policy/roles';
import { EVENT_LABELS, STATE_LABELS, type State, type WorkflowEvent } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import type { Tx } from '../articles/tx';

export interface TransitionNotice {
  articleId: string;
  title: string;
  event: WorkflowEvent | 'approval_voided' | 'claim' | 'assign';
  from: State;
  to: State;
  actorId: string | null;
  note?: string;
  /** Who the story is routed to after this step (null: the pool of `pool`, or nobody). */
  assigneeId?: string | null;
  /** When nobody is assigned and the step needs someone: tell this role's pool (first submission, forward). */
  pool?: Role | null;
  /** Words to add after the step, e.g. who it went to. */
  detail?: string;
}

const ROUTING_LABELS = { approval_voided: '', claim: 'Nhận bài', assign: 'Giao bài' } as const;

/**
 * Who a step concerns: the person it is routed to (or that role's pool when nobody is and the step
 * asks for it), the story's authors and its followers. Never every editor or every leader.
 */
async function recipients(tx: Tx, notice: TransitionNotice): Promise<string[]> {
  const byRole = async (role: Role) =>
    (await tx.select({ id: users.id }).from(users).where(and(eq(users.isActive, true), arrayOverlaps(users.roles, [role])))).map((r) => r.id);
  // One after the other: a transaction's connection runs one query at a time.
  const authorRows = await tx.select({ id: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, notice.articleId));
  const [creator] = await tx.select({ id: articles.createdBy }).from(articles).where(eq(articles.id, notice.articleId));
  const followerRows = await tx.select({ id: articleFollowers.userId }).from(articleFollowers).where(eq(articleFollowers.articleId, notice.articleId));
  const ids = [...authorRows.map((r) => r.id), ...(creator?.id ? [creator.id] : []), ...followerRows.map((r) => r.id)];
  if (notice.event === 'approval_voided') {
    // The sign-off it voids was the approver's: they are the one who must look again.
    const [row] = await tx
      .select({ id: workflowEvents.actorId })
      .from(workflowEvents)
      .where(and(eq(workflowEvents.articleId, notice.articleId), eq(workflowEvents.event, 'approve')))
      .orderBy(desc(workflowEvents.id))
      .limit(1);
    if (row?.id) ids.push(row.id);
  }
  if (notice.assigneeId) ids.push(notice.assigneeId);
  else if (notice.pool) ids.push(...(await byRole(notice.pool)));
  if (ids.length === 0) return [];
  // Only active staff are told.
  const active = await tx.select({ id: users.id }).from(users).where(and(inArray(users.id, [...new Set(ids)]), eq(users.isActive, true)));
  return active.map((r) => r.id);
}

function message(notice: TransitionNotice): string {
  const what =
    notice.event === 'approval_voided'
      ? 'Nội dung đã thay đổi sau khi duyệt, cần duyệt lại'
      : notice.event === 'claim' || notice.event === 'assign'
        ? ROUTING_LABELS[notice.event]
        : `${EVENT_LABELS[notice.event]} → ${STATE_LABELS[notice.to]}`;
  return `«${notice.title}»: ${what}${notice.detail ? ` (${notice.detail})` : ''}${notice.note ? `. Ghi chú: ${notice.note}` : ''}`;
}

/** Written in the transition's own transaction, so a notice exists exactly when the change does. */
export async function notifyTransition(tx: Tx, notice: TransitionNotice): Promise<string[]> {
  const ids = [...new Set(await recipients(tx, notice))].filter((id) => id !== notice.actorId);
  if (ids.length === 0) return [];
  await tx.insert(notifications).values(ids.map((userId) => ({ userId, articleId: notice.articleId, kind: notice.event, message: message(notice) })));
  return ids;
}

/** After the commit: email when SMTP_URL is set, otherwise a log line (no content beyond the title). */
export async function mailTransitionNotices(userIds: string[], notice: TransitionNotice): Promise<void> {
  if (userIds.length === 0) return;
  const { mailConfigured, sendMail } = await import('@/lib/mail/mail');
  if (!mailConfigured()) {
    (await requestLogger({ area: 'notifications' })).info({ articleId: notice.articleId, event: notice.event, recipients: userIds.length }, 'notification (no SMTP_URL: not mailed)');
    return;
  }
  const rows = await db.select({ email: users.email }).from(users).where(inArray(users.id, userIds));
  for (const { email } of rows) {
    await sendMail({ to: email, subject: `[Tòa soạn] ${message(notice).slice(0, 150)}`, text: `${message(notice)}\n\nMở bài trong tòa soạn: /toa-soan/bai-viet/${notice.articleId}` });
  }
}

export async function listNotifications(viewer: Viewer, limit = 50) {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  const [items, [unread]] = await Promise.all([
    db.select().from(notifications).where(eq(notifications.userId, viewer.id)).orderBy(desc(notifications.createdAt)).limit(Math.min(200, limit)),
    db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt))),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  if (viewer.kind !== 'user') return 0;
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the viewer's own notifications read (all, or the given ones); never anyone else's. */
export async function markNotificationsRead(viewer: Viewer, ids?: string[]): Promise<number> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (ids && !ids.every(isUuid)) throw new DataError('invalid', 'Mã thông báo không hợp lệ: hãy gửi danh sách mã (uuid), hoặc bỏ trống để đánh dấu tất cả.');
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}
