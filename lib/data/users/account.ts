import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, MAX_PASSWORD_BYTES, passwordProblem, verifyPassword } from '@/lib/credentials/password';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { revokeAllApiTokensOf } from '../tokens/admin';
import { writeAudit } from '../audit/audit';
import { DataError, forbidden } from '../errors';
import { recordFailedPasswordCheck, signInLock } from '../sessions/sign-in';
import { endSessionsOf } from '../sessions/user-sessions';
import { waitText } from '@/lib/credentials/lockout';

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Hãy nhập mật khẩu hiện tại.' }).min(1, 'Hãy nhập mật khẩu hiện tại.').max(10_000, `Mật khẩu dài quá ${MAX_PASSWORD_BYTES} byte.`),
    newPassword: z.string({ error: 'Hãy nhập mật khẩu mới.' }).max(10_000, `Mật khẩu dài quá ${MAX_PASSWORD_BYTES} byte.`),
    confirm: z.string({ error: 'Hãy nhập lại mật khẩu mới.' }).max(10_000, `Mật khẩu dài quá ${MAX_PASSWORD_BYTES} byte.`),
    /** Also revoke every API token of the account (a token otherwise survives the change). */
    revokeApiTokens: z.boolean({ error: 'Dữ liệu gửi lên không hợp lệ.' }).optional(),
  }, { error: 'Dữ liệu gửi lên không hợp lệ.' })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.newPassword);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['newPassword'] });
    else if (v.newPassword !== v.confirm) ctx.addIssue({ code: 'custom', message: 'Hai mật khẩu mới không khớp.', path: ['confirm'] });
    else if (v.newPassword === v.currentPassword) ctx.addIssue({ code: 'custom', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.', path: ['newPassword'] });
  });

/**
 * Changes the viewer's own password after proving the current one. A wrong current password counts
 * toward the sign-in lock. Every session of the account ends, this one included; its API tokens
 * too when the owner asks (`revokeApiTokens`).
 */
export async function changeOwnPassword(viewer: Viewer, input: unknown, ip: string): Promise<void> {
  if (viewer.kind !== 'user' || !can(viewer, 'account.manage_own', { userId: viewer.id })) throw forbidden();
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues[0]!.message);
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, viewer.id)).limit(1);
  if (!user) throw forbidden();
  const lock = await signInLock(user.email, ip);
  if (lock.locked) throw new DataError('rate_limited', `Đã nhập sai quá nhiều lần. Hãy thử lại sau ${waitText(lock.retryAfterSeconds)}.`, { retryAfterSeconds: lock.retryAfterSeconds });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    await recordFailedPasswordCheck(user.email, ip, viewer.id);
    throw new DataError('invalid', 'Mật khẩu hiện tại không đúng.');
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` }).where(eq(users.id, viewer.id));
    const endedSessions = await endSessionsOf(tx, viewer.id);
    const revokedTokens = parsed.data.revokeApiTokens ? await revokeAllApiTokensOf(tx, viewer.id, { actorId: viewer.id, reason: 'password_change' }) : 0;
    await writeAudit(tx, { actorId: viewer.id, action: 'password.changed', targetType: 'user', targetId: viewer.id, ip, data: { endedSessions, revokedTokens } });
  });
}
