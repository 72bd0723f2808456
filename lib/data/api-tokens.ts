import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { apiTokens, auditLog, users } from '@/db/schema';
import { newSecretToken } from '@/lib/auth/secret-token';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { DataError, forbidden } from './errors';

export const API_TOKEN_PREFIX = 'ktw';

const tokenNameSchema = z.string().trim().min(1, 'Hãy đặt tên cho token.').max(100, 'Tên token dài quá 100 ký tự.');

/** Creates a personal API token; the token itself is returned once and only its hash is stored. */
export async function createApiToken(viewer: Viewer, input: { userId: string; name: string }) {
  if (!can(viewer, 'token.manage_own', { userId: input.userId })) throw forbidden();
  const name = tokenNameSchema.safeParse(input.name);
  if (!name.success) throw new DataError('invalid', name.error.issues[0]!.message);
  const { token, hash, display } = newSecretToken(API_TOKEN_PREFIX);
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: users.id, isActive: users.isActive })
      .from(users)
      .where(and(eq(users.id, input.userId)))
      .limit(1);
    if (!owner) throw new DataError('not_found', 'Không tìm thấy người dùng.');
    if (!owner.isActive) throw new DataError('invalid', 'Tài khoản đã bị khóa; không thể tạo token.');
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: owner.id, name: name.data, tokenHash: hash, prefix: display })
      .returning({ id: apiTokens.id });
    await tx.insert(auditLog).values({
      actorId: viewer.kind === 'user' ? viewer.id : null,
      action: 'token.created',
      targetType: 'api_token',
      targetId: row!.id,
      data: { ownerId: owner.id, name: name.data, prefix: display, via: viewer.kind === 'system' ? viewer.reason : 'newsroom' },
    });
    return { id: row!.id, token, prefix: display };
  });
}
