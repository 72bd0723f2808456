import 'server-only';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { isUuid } from '../ids';

import { BADGE_CAP, NOTIFICATIONS_MAX_PAGE, NOTIFICATIONS_PAGE_SIZE } from './inbox-limits';

export { BADGE_CAP, NOTIFICATIONS_MAX_PAGE, NOTIFICATIONS_PAGE_SIZE };

function userOf(viewer: Viewer): string {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  return viewer.id;
}

/** One page of the viewer's own notifications, newest first ("Tất cả thông báo"). */
export async function notificationPage(viewer: Viewer, page: number) {
  const userId = userOf(viewer);
  if (!Number.isInteger(page) || page < 1 || page > NOTIFICATIONS_MAX_PAGE) {
    throw new DataError('invalid', `Trang phải là số nguyên từ 1 đến ${NOTIFICATIONS_MAX_PAGE}.`);
  }
  const [items, [total], [unread]] = await Promise.all([
    db
      .select({ id: notifications.id, articleId: notifications.articleId, kind: notifications.kind, message: notifications.message, readAt: notifications.readAt, createdAt: notifications.createdAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATIONS_PAGE_SIZE)
      .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE),
    db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)),
    db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  const pages = Math.min(NOTIFICATIONS_MAX_PAGE, Math.max(1, Math.ceil((total?.n ?? 0) / NOTIFICATIONS_PAGE_SIZE)));
  return { items, page, pages, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

/** The header badge: unread notifications, counted no further than BADGE_CAP + 1. */
export async function unreadBadge(viewer: Viewer): Promise<number> {
  if (viewer.kind !== 'user') return 0;
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from ${notifications} where ${notifications.userId} = ${viewer.id} and ${notifications.readAt} is null limit ${BADGE_CAP + 1}) x`,
  );
  return Number(rows.rows[0]?.n ?? 0);
}

/** The header badge's refresh (after client-side navigation or on focus): signed-in staff only. */
export async function headerBadge(viewer: Viewer): Promise<{ unread: number; cap: number }> {
  userOf(viewer);
  return { unread: await unreadBadge(viewer), cap: BADGE_CAP };
}

/** Opening a story reads the viewer's notifications about it. */
export async function markArticleNotificationsRead(viewer: Viewer, articleId: string): Promise<number> {
  if (viewer.kind !== 'user' || !isUuid(articleId)) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, viewer.id), eq(notifications.articleId, articleId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Whether the viewer gets the 07:00 e-mail digest. */
export async function digestSetting(viewer: Viewer): Promise<{ digest: boolean; email: string }> {
  const userId = userOf(viewer);
  const [row] = await db.select({ digest: users.notificationDigest, email: users.email }).from(users).where(eq(users.id, userId));
  if (!row) throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  return row;
}

export async function setDigestSetting(viewer: Viewer, digest: boolean): Promise<{ digest: boolean }> {
  const userId = userOf(viewer);
  // Turning it on starts from now: the first digest does not carry everything ever unread.
  await db
    .update(users)
    .set({ notificationDigest: digest, ...(digest ? { digestSentAt: sql`coalesce(${users.digestSentAt}, now() - interval '1 day')` } : {}) })
    .where(eq(users.id, userId));
  return { digest };
}
