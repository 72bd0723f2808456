import 'server-only';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { hashSecretToken } from '@/lib/auth/secret-token';
import type { Role } from '@/lib/policy/roles';

// Turning a credential (a session's claims, an API token) into the user behind it. These run
// before there is a viewer, on every request, so they are single indexed lookups.

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/**
 * The user of a session, read fresh on every request: null when the account is gone, deactivated,
 * or its session version moved on (password change, role change, deactivation) since sign-in.
 */
export async function userForSession(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId) || !Number.isInteger(sessionVersion)) return null;
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isActive, true), eq(users.sessionVersion, sessionVersion)))
    .limit(1);
  return row ?? null;
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
