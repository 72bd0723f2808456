import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { newSecretToken } from '@/lib/auth/secret-token';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { actorOf, viaOf, writeAudit } from './audit';
import { DataError, forbidden } from './errors';

export const API_TOKEN_PREFIX = 'ktw';

const tokenNameSchema = z.string({ error: 'Hãy đặt tên cho token.' }).trim().min(1, 'Hãy đặt tên cho token.').max(100, 'Tên token dài quá 100 ký tự.');
/** Days until the token stops working; none means until revoked. */
const expiresSchema = z.union([z.literal(30), z.literal(90), z.literal(365), z.null()], { error: 'Thời hạn token không hợp lệ.' });

export const newApiTokenSchema = z.object({ name: tokenNameSchema, expiresInDays: expiresSchema.optional() });

export interface CreatedApiToken {
  id: string;
  /** Shown once; only its SHA-256 is stored. */
  token: string;
  prefix: string;
  expiresAt: Date | null;
}

/** Creates a personal API token; the token itself is returned once and only its hash is stored. */
export async function createApiToken(
  viewer: Viewer,
  input: { userId: string; name: string; expiresInDays?: 30 | 90 | 365 | null },
  via?: string,
): Promise<CreatedApiToken> {
  if (!can(viewer, 'token.manage_own', { userId: input.userId })) throw forbidden();
  const parsed = newApiTokenSchema.safeParse({ name: input.name, expiresInDays: input.expiresInDays });
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues[0]!.message);
  const { name, expiresInDays } = parsed.data;
  if (!z.uuid().safeParse(input.userId).success) throw new DataError('not_found', 'Không tìm thấy người dùng.');
  const { token, hash, display } = newSecretToken(API_TOKEN_PREFIX);
  return db.transaction(async (tx) => {
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
        expiresAt: expiresInDays ? sql`now() + make_interval(days => ${expiresInDays})` : null,
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

/** The viewer's own tokens, newest first (never the token or its hash). */
export async function listOwnApiTokens(viewer: Viewer): Promise<ApiTokenListItem[]> {
  if (viewer.kind !== 'user' || !can(viewer, 'token.manage_own', { userId: viewer.id })) throw forbidden();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, viewer.id))
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
