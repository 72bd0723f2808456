// The daily e-mail digest: at 07:00 Vietnam time (a pg-boss cron job in lib/jobs/scheduler), each
// person who opted in gets their unread notifications since the previous digest, in one mail.
import 'server-only';
import { and, asc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { sendMail, type Mail, type MailSender } from '@/lib/mail/mail';
import { formatDateTime } from '@/lib/time/format';

/** Bounds per run: people mailed, and items listed in one mail (the rest are counted). */
export const DIGEST_MAX_USERS = 2000;
export const DIGEST_MAX_ITEMS = 50;

export interface DigestItem {
  articleId: string | null;
  message: string;
  createdAt: Date;
}

export function digestMail(input: { email: string; name: string; items: DigestItem[]; more: number; baseUrl: string }): Mail {
  const total = input.items.length + input.more;
  return {
    to: input.email,
    subject: `[Tòa soạn] ${total} thông báo chưa đọc`,
    text: [
      `Kính gửi ${input.name},`,
      '',
      `Bạn có ${total} thông báo chưa đọc trong tòa soạn:`,
      '',
      ...input.items.map((i) => `- ${formatDateTime(i.createdAt)}: ${i.message}${i.articleId ? `\n  ${input.baseUrl}/toa-soan/bai-viet/${i.articleId}` : ''}`),
      ...(input.more > 0 ? [`… và ${input.more} thông báo khác.`] : []),
      '',
      `Xem tất cả: ${input.baseUrl}/toa-soan/thong-bao`,
      `Tắt thư tóm tắt: ${input.baseUrl}/toa-soan/tai-khoan`,
    ].join('\n'),
  };
}

/**
 * Sends the digests due at `now`. Idempotent per run: each person's digestSentAt moves to `now`
 * only after their mail went out, and the next run lists only newer notifications. Returns the
 * number of mails sent. Without SMTP (and no sender given) it sends nothing and moves nothing.
 */
export async function sendDailyDigests(now: Date = new Date(), sender?: MailSender): Promise<number> {
  const baseUrl = (process.env.AUTH_URL || process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '');
  const people = await db
    .select({ id: users.id, email: users.email, name: users.name, since: users.digestSentAt })
    .from(users)
    .where(and(eq(users.isActive, true), eq(users.notificationDigest, true), or(isNull(users.digestSentAt), lte(users.digestSentAt, sql`${now.toISOString()}::timestamptz - interval '1 hour'`))))
    .orderBy(asc(users.id))
    .limit(DIGEST_MAX_USERS);
  let sent = 0;
  for (const person of people) {
    const since = person.since ?? new Date(now.getTime() - 24 * 3600_000);
    const unread = and(eq(notifications.userId, person.id), isNull(notifications.readAt), gt(notifications.createdAt, since), lte(notifications.createdAt, now));
    const [items, [{ n } = { n: 0 }]] = await Promise.all([
      db
        .select({ articleId: notifications.articleId, message: notifications.message, createdAt: notifications.createdAt })
        .from(notifications)
        .where(unread)
        .orderBy(asc(notifications.createdAt))
        .limit(DIGEST_MAX_ITEMS),
      db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(unread),
    ]);
    if (items.length === 0) continue; // nothing new: no mail
    const ok = await sendMail(digestMail({ email: person.email, name: person.name, items, more: Math.max(0, n - items.length), baseUrl }), sender);
    if (!ok) continue;
    await db.update(users).set({ digestSentAt: now }).where(eq(users.id, person.id));
    sent++;
  }
  return sent;
}
