import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { apiTokens, userSessions, users } from '@/db/schema';
import { credentialLifetimes } from '@/lib/credentials/lifetimes';
import { newSecretToken } from '@/lib/credentials/secret-token';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { actorOf, viaOf, writeAudit } from '../audit/audit';
import { DataError, forbidden } from '../errors';

export const API_TOKEN_PREFIX = 'ktw';

const tokenNameSchema = z.string({ error: 'Hãy đặt tên cho token.' }).trim().min(1, 'Hãy đặt tên cho token.').max(100, 'Tên token dài quá 100 ký tự.');
const BAD_LIFETIME = 'Thời hạn token không hợp lệ.';
/** Days until the token stops working; omitted means the default, null ("never") is refused below. */
const expiresSchema = z.number({ error: BAD_LIFETIME }).int(BAD_LIFETIME).min(1, BAD_LIFETIME).nullable();

export const newApiTokenSchema = z.object({ name: tokenNameSchema, expiresInDays: expiresSchema.optional() });

export interface CreatedApiToken {
  id: string;
  /** Shown once; only its SHA-256 is stored. */
  token: string;
  prefix: string;
  expiresAt: Date | null;
}

/**
 * Creates a personal API token; the token itself is returned once and only its hash is stored.
 * Every token expires: after the default lifetime unless a shorter or longer one (up to the maximum,
 * see lib/credentials/lifetimes.ts) is asked for. Asked for through a session, the session must still be
 * live when the token is written, so a cookie that was just signed out cannot mint a token.
 */
export async function createApiToken(
  viewer: Viewer,
  input: { userId: string; name: string; expiresInDays?: number | null },
  via?: string,
): Promise<CreatedApiToken> {
  if (!can(viewer, 'token.manage_own', { userId: input.userId })) throw forbidden();
  const parsed = newApiTokenSchema.safeParse({ name: input.name, expiresInDays: input.expiresInDays });
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues[0]!.message);
  const { name } = parsed.data;
  const { tokenDefaultDays, tokenMaxDays } = credentialLifetimes();
  const expiresInDays = parsed.data.expiresInDays === undefined ? tokenDefaultDays : parsed.data.expiresInDays;
  if (expiresInDays === null || expiresInDays > tokenMaxDays) {
    throw new DataError('invalid', `Token API dùng được tối đa ${tokenMaxDays} ngày. Hãy chọn thời hạn ngắn hơn.`);
  }
  if (!z.uuid().safeParse(input.userId).success) throw new DataError('not_found', 'Không tìm thấy người dùng.');
  const { token, hash, display } = newSecretToken(API_TOKEN_PREFIX);
  return db.transaction(async (tx) => {
    if (viewer.kind === 'user' && viewer.sessionId) {
      // FOR SHARE: a concurrent sign-out waits for this transaction, or this one sees it ended.
      const [live] = await tx
        .select({ id: userSessions.id })
        .from(userSessions)
        .where(and(eq(userSessions.id, viewer.sessionId), eq(userSessions.userId, viewer.id), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
        .for('share');
      if (!live) throw new DataError('unauthenticated', 'Phiên đăng nhập đã kết thúc. Hãy đăng nhập lại rồi tạo token.');
    }
    const [owner] = await tx.select({ id: users.id, isActive: users.isActive }).from(users).where(eq(users.id, input.userId)).limit(1);
    if (!owner) throw new DataError('not_found', 'Không tìm thấy người dùng.');
    if (!owner.isActive) throw new DataError('invalid', 'Tài khoản đã bị vô hiệu hóa; không thể tạo token.');
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: owner.id,
        name,
        tokenHash: hash,
        prefix: display,
        expiresAt: sql`now() + make_interval(days => ${expiresInDays})`,
      })
      .returning({ id: apiTokens.id, expiresAt: apiTokens.expiresAt });
    await writeAudit(tx, {
      actorId: actorOf(viewer),
      action: 'token.created',
      targetType: 'api_token',
      targetId: row!.id,
      data: { ownerId: owner.id, name, prefix: display, expiresAt: row!.expiresAt?.toISOString() ?? null, via: viaOf(viewer, via) },
    });
    return { id: row!.id, token, prefix: display, expiresAt: row!.expiresAt };
  });
}

export interface ApiTokenListItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** When a token stops working: its own expiry, or the maximum lifetime if that comes first. */
export const effectiveExpiry = () =>
  sql`least(coalesce(${apiTokens.expiresAt}, 'infinity'), ${apiTokens.createdAt} + make_interval(days => ${credentialLifetimes().tokenMaxDays}))`.mapWith(apiTokens.expiresAt);

/** The viewer's own tokens, newest first (never the token or its hash). */
export async function listOwnApiTokens(viewer: Viewer): Promise<ApiTokenListItem[]> {
  if (viewer.kind !== 'user' || !can(viewer, 'token.manage_own', { userId: viewer.id })) throw forbidden();
  return tokensOf(viewer.id);
}

/** One account's tokens, newest first, for a caller that has already checked the policy. */
export function tokensOf(userId: string): Promise<ApiTokenListItem[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: effectiveExpiry(),
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);
}

/** Revokes one of the viewer's own tokens; ownership is part of the UPDATE's WHERE. */
export async function revokeOwnApiToken(viewer: Viewer, tokenId: unknown, via?: string): Promise<void> {
  if (viewer.kind !== 'user' || !can(viewer, 'token.manage_own', { userId: viewer.id })) throw forbidden();
  const notFound = () => new DataError('not_found', 'Không tìm thấy token (hoặc token đã bị thu hồi).');
  if (!z.uuid().safeParse(tokenId).success) throw notFound();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, tokenId as string), eq(apiTokens.userId, viewer.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    if (!row) throw notFound();
    await writeAudit(tx, { actorId: viewer.id, action: 'token.revoked', targetType: 'api_token', targetId: row.id, data: { ownerId: viewer.id, name: row.name, prefix: row.prefix, via: viaOf(viewer, via) } });
  });
}
