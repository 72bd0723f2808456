import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, calendarFeeds, users } from '@/db/schema';
import { hashSecretToken, newSecretToken } from '@/lib/credentials/secret-token';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { assignmentsForFeed } from './assignments';

/** The feed reaches back this far and holds at most this many items. */
const FEED_PAST_DAYS = 60;
const FEED_MAX_ITEMS = 300;
const TOKEN_PREFIX = 'lich';

function assertOwn(viewer: Viewer): asserts viewer is Viewer & { kind: 'user' } {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'calendar_feed.manage_own', { userId: viewer.id })) throw new DataError('forbidden', 'Bạn không có quyền dùng lịch công tác.');
}

export async function calendarFeedStatus(viewer: Viewer): Promise<{ active: boolean; createdAt: Date | null }> {
  assertOwn(viewer);
  const [row] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, viewer.id)).limit(1);
  return { active: Boolean(row), createdAt: row?.createdAt ?? null };
}

/** A new secret address (the old one stops working at once). The token is shown once, stored hashed. */
export async function renewCalendarFeed(viewer: Viewer): Promise<{ token: string }> {
  assertOwn(viewer);
  const { token, hash } = newSecretToken(TOKEN_PREFIX);
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ userId: viewer.id, tokenHash: hash })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hash, createdAt: new Date(), lastUsedAt: null } });
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'calendar_feed.renewed', targetType: 'user', targetId: viewer.id });
  });
  return { token };
}

export async function revokeCalendarFeed(viewer: Viewer): Promise<void> {
  assertOwn(viewer);
  await db.transaction(async (tx) => {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, viewer.id));
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'calendar_feed.revoked', targetType: 'user', targetId: viewer.id });
  });
}

export interface FeedItem {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  stamp: Date;
  /** RFC 5545 SEQUENCE: grows with every change, so calendars replace what they hold under the UID. */
  sequence: number;
  cancelled: boolean;
}

/**
 * The items of the feed behind a secret address, or null when the address is unknown, revoked or its
 * owner deactivated (the route answers 404 alike, so a guess learns nothing). Each assignment gives
 * the event it covers and a reminder at its due time. An edited assignment keeps its UID with a
 * higher SEQUENCE; a cancelled one stays with STATUS:CANCELLED (so subscribed calendars drop it), and
 * so does the event once none of the user's assignments for it is still on.
 */
export async function calendarFeedItems(token: string, now = new Date()): Promise<{ name: string; items: FeedItem[] } | null> {
  if (!token.startsWith(`${TOKEN_PREFIX}_`) || token.length > 100) return null;
  const [owner] = await db
    .select({ id: users.id, name: users.name, isActive: users.isActive, roles: users.roles })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashSecretToken(token)))
    .limit(1);
  if (!owner || !owner.isActive || owner.roles.length === 0) return null;
  await db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.userId, owner.id));
  const rows = await assignmentsForFeed(owner.id, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), FEED_MAX_ITEMS);
  const items: FeedItem[] = [];
  const events = new Map<string, FeedItem>();
  for (const r of rows) {
    // The event's SEQUENCE sums its own version and its assignments' versions: an edited event, a new,
    // edited or cancelled assignment each raise it. A reminder follows its assignment and its event
    // (the event's title and time are in it).
    const eventEdits = r.event.version - 1;
    const event = events.get(r.event.id);
    if (event) {
      event.sequence += r.version;
      event.cancelled &&= Boolean(r.cancelledAt);
      if (r.updatedAt > event.stamp) event.stamp = r.updatedAt;
    } else {
      const item: FeedItem = { uid: `su-kien-${r.event.id}`, start: r.event.startsAt, end: r.event.endsAt, summary: r.event.title, location: r.event.location, description: r.event.notes, stamp: r.event.updatedAt > r.updatedAt ? r.event.updatedAt : r.updatedAt, sequence: eventEdits + r.version - 1, cancelled: Boolean(r.cancelledAt) };
      events.set(r.event.id, item);
      items.push(item);
    }
    items.push({
      uid: `giao-viet-${r.id}`,
      start: new Date(r.dueAt.getTime() - 30 * 60_000),
      end: r.dueAt,
      summary: `Hạn nộp bài: ${r.event.title}`,
      location: '',
      description: r.notes,
      stamp: r.event.updatedAt > r.updatedAt ? r.event.updatedAt : r.updatedAt,
      sequence: eventEdits + r.version - 1,
      cancelled: Boolean(r.cancelledAt),
    });
  }
  return { name: owner.name, items };
}
