import 'server-only';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { apiTokens, userSessions, users } from '@/db/schema';
import { credentialLifetimes } from '@/lib/credentials/lifetimes';
import { hashSecretToken } from '@/lib/credentials/secret-token';
import type { Role } from '@/lib/policy/roles';

// Turning a credential (a session's claims, an API token) into the user behind it. These run
// before there is a viewer, on every request, so they are single indexed lookups.

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user of a session, read fresh on every staff request in one primary-key lookup: null when the
 * session row was ended (sign-out, sign out everywhere, password change) or is past its absolute
 * expiry, when it belongs to someone else, when the account is gone or deactivated, or when its
 * session version moved on (role change, deactivation) since sign-in. Reader pages never call this.
 */
export async function userForSession(sessionId: string, userId: string, sessionVersion: number): Promise<(SessionUser & { sessionId: string }) | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId) || !Number.isInteger(sessionVersion)) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      roles: users.roles,
      stale: sql<boolean>`${userSessions.lastSeenAt} < now() - interval '1 minute'`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        eq(users.isActive, true),
        eq(users.sessionVersion, sessionVersion),
      ),
    )
    .limit(1);
  if (!row) return null;
  // "Last seen" for the account page, written at most once a minute per session.
  if (row.stale) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, sql`now() - interval '1 minute'`)));
  }
  return { id: row.id, name: row.name, email: row.email, roles: row.roles, sessionId };
}

/** The owner of a personal API token, when the token is live and its owner active. */
export async function userForApiToken(token: string): Promise<SessionUser | null> {
  if (!/^ktw_[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const hash = hashSecretToken(token);
  const [row] = await db
    .select({ tokenId: apiTokens.id, id: users.id, name: users.name, email: users.email, roles: users.roles })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        // The maximum lifetime holds for every token, including those made before there was one.
        gt(apiTokens.createdAt, sql`now() - make_interval(days => ${credentialLifetimes().tokenMaxDays})`),
        eq(users.isActive, true),
      ),
    )
    .limit(1);
  if (!row) return null;
  // At most one write a minute per token, so a busy script does not turn every read into a write.
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
  return { id: row.id, name: row.name, email: row.email, roles: row.roles };
}
