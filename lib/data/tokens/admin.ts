import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { actorOf, writeAudit } from '../audit/audit';
import { tokensOf, type ApiTokenListItem } from './api-tokens';
import { DataError, forbidden } from '../errors';

// Revoking all of an account's API tokens at once: by an admin from the user's page, or by the
// owner when changing their password (a token survives a password change unless revoked).

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Revokes every live token of a user inside the caller's transaction; one audit row when any were. */
export async function revokeAllApiTokensOf(tx: Tx, userId: string, audit: { actorId: string | null; reason: 'password_change' | 'admin' }): Promise<number> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, prefix: apiTokens.prefix });
  if (revoked.length > 0) {
    await writeAudit(tx, {
      actorId: audit.actorId,
      action: 'token.revoked_all',
      targetType: 'user',
      targetId: userId,
      data: { reason: audit.reason, count: revoked.length, tokens: revoked.map((t) => t.prefix) },
    });
  }
  return revoked.length;
}

const userIdSchema = z.object({ userId: z.uuid() });

/** Admins: revoke every API token of one account. */
export async function revokeUserApiTokens(viewer: Viewer, input: unknown): Promise<{ revoked: number }> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) throw new DataError('not_found', 'Không tìm thấy người dùng.');
  const revoked = await db.transaction((tx) => revokeAllApiTokensOf(tx, parsed.data.userId, { actorId: actorOf(viewer), reason: 'admin' }));
  return { revoked };
}

/** Admins: one account's tokens with their last use, newest first (never the secrets). */
export async function listUserApiTokens(viewer: Viewer, userId: string): Promise<ApiTokenListItem[]> {
  if (!can(viewer, 'user.view')) throw forbidden();
  if (!z.uuid().safeParse(userId).success) return [];
  return tokensOf(userId);
}
