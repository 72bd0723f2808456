import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { userSessions } from '@/db/schema';
import { credentialLifetimes } from '@/lib/credentials/lifetimes';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { writeAudit } from '../audit/audit';
import { forbidden } from '../errors';

// Staff sessions as rows (user_sessions): started by a successful sign-in, checked on every staff
// request (./sessions.ts), ended by signing out, "sign out everywhere" or a password change.

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
type Executor = Pick<typeof db, 'insert'>;

export type SessionEndReason = 'sign_out' | 'password_change';

const MAX_USER_AGENT = 300;

/** A new session for a user who just proved their password; its absolute expiry is fixed here. */
export async function startSession(ex: Executor, userId: string, meta: { userAgent?: string | null; ip?: string | null } = {}): Promise<{ id: string; expiresAt: Date }> {
  const { sessionHours } = credentialLifetimes();
  const [row] = await ex
    .insert(userSessions)
    .values({
      userId,
      userAgent: (meta.userAgent ?? '').slice(0, MAX_USER_AGENT),
      ip: meta.ip ?? null,
      expiresAt: sql`now() + make_interval(hours => ${sessionHours})`,
    })
    .returning({ id: userSessions.id, expiresAt: userSessions.expiresAt });
  return row!;
}

/**
 * Ends one session (signing out). The session id comes from the cookie being signed out, which is
 * the authority here. True when it was live; ending it twice writes one audit row.
 */
export async function endSession(sessionId: unknown, reason: SessionEndReason): Promise<boolean> {
  if (!z.uuid().safeParse(sessionId).success) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(userSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(userSessions.id, sessionId as string), isNull(userSessions.revokedAt)))
      .returning({ userId: userSessions.userId });
    if (!row) return false;
    await writeAudit(tx, { actorId: row.userId, action: 'session.ended', targetType: 'user', targetId: row.userId, data: { sessionId, reason } });
    return true;
  });
}

/** Ends every live session of a user inside the caller's transaction; returns how many. */
export async function endSessionsOf(tx: Tx, userId: string): Promise<number> {
  const ended = await tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .returning({ id: userSessions.id });
  return ended.length;
}

/** "Đăng xuất khỏi mọi nơi": ends every session of the viewer, this one included. */
export async function endAllOwnSessions(viewer: Viewer): Promise<number> {
  if (viewer.kind !== 'user' || !can(viewer, 'account.manage_own', { userId: viewer.id })) throw forbidden();
  return db.transaction(async (tx) => {
    const count = await endSessionsOf(tx, viewer.id);
    await writeAudit(tx, { actorId: viewer.id, action: 'session.ended_all', targetType: 'user', targetId: viewer.id, data: { count } });
    return count;
  });
}

export interface OwnSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string;
  /** The session this request came with. */
  current: boolean;
}

/** The viewer's live sessions, newest first. */
export async function listOwnSessions(viewer: Viewer): Promise<OwnSession[]> {
  if (viewer.kind !== 'user' || !can(viewer, 'account.manage_own', { userId: viewer.id })) throw forbidden();
  const rows = await db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, expiresAt: userSessions.expiresAt, userAgent: userSessions.userAgent })
    .from(userSessions)
    .where(and(eq(userSessions.userId, viewer.id), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.createdAt))
    .limit(100);
  return rows.map((r) => ({ ...r, current: r.id === viewer.sessionId }));
}

/** How long an ended session stays listed (for "where am I signed in" and investigations). */
export const ENDED_SESSION_KEEP_DAYS = 30;
const PURGE_BATCH = 1_000;

/**
 * Deletes sessions that ended (expired or revoked) more than ENDED_SESSION_KEEP_DAYS ago, at most
 * PURGE_BATCH per call so one call never holds a long lock; the minute sweep calls it, so a backlog
 * drains in batches. Without it every sign-in leaves a row forever. Returns how many were deleted.
 */
export async function purgeEndedSessions(): Promise<number> {
  const result = await db.execute(sql`
    DELETE FROM user_sessions WHERE id IN (
      SELECT id FROM user_sessions
      WHERE least(expires_at, coalesce(revoked_at, expires_at)) < now() - make_interval(days => ${ENDED_SESSION_KEEP_DAYS})
      LIMIT ${PURGE_BATCH})`);
  return result.rowCount ?? 0;
}
