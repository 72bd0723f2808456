import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { passwordTokens, users } from '@/db/schema';
import { hashPassword, passwordProblem } from '@/lib/credentials/password';
import { hashSecretToken, newSecretToken } from '@/lib/credentials/secret-token';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { actorOf, writeAudit } from '../audit/audit';
import { DataError, forbidden } from '../errors';

// One-time links to set a password: for new accounts and for resets an admin starts. The token is
// shown (or mailed) once; only its SHA-256 is stored, and using it is a single guarded UPDATE.

export const PASSWORD_LINK_PREFIX = 'pwd';
export const PASSWORD_LINK_HOURS = 72;
const TOKEN_PATTERN = /^pwd_[A-Za-z0-9_-]{43}$/;

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export interface PasswordLink {
  token: string;
  expiresAt: Date;
}

/** Issues a new link for the user; earlier unused links stop working. Runs inside the caller's transaction. */
export async function issuePasswordLink(tx: Tx, viewer: Viewer, userId: string): Promise<PasswordLink> {
  const { token, hash } = newSecretToken(PASSWORD_LINK_PREFIX);
  await tx
    .update(passwordTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
  const [row] = await tx
    .insert(passwordTokens)
    .values({ userId, tokenHash: hash, expiresAt: sql`now() + make_interval(hours => ${PASSWORD_LINK_HOURS})` })
    .returning({ id: passwordTokens.id, expiresAt: passwordTokens.expiresAt });
  await writeAudit(tx, { actorId: actorOf(viewer), action: 'password.link_created', targetType: 'user', targetId: userId, data: { expiresAt: row!.expiresAt.toISOString() } });
  return { token, expiresAt: row!.expiresAt };
}

/** An admin starts a password reset for an active account. */
export async function createPasswordLink(viewer: Viewer, userId: string): Promise<PasswordLink & { email: string; name: string }> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  if (!z.uuid().safeParse(userId).success) throw new DataError('not_found', 'Không tìm thấy người dùng.');
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email, name: users.name, isActive: users.isActive }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new DataError('not_found', 'Không tìm thấy người dùng.');
    if (!user.isActive) throw new DataError('invalid', 'Tài khoản đang bị vô hiệu hóa; hãy kích hoạt lại trước khi gửi liên kết.');
    const link = await issuePasswordLink(tx, viewer, user.id);
    return { ...link, email: user.email, name: user.name };
  });
}

const liveToken = (hash: string) =>
  and(eq(passwordTokens.tokenHash, hash), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`), eq(users.isActive, true));

/** Who a link is for, when it can still be used (the set-password page shows the name). */
export async function passwordLinkHolder(token: string): Promise<{ name: string; email: string } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(liveToken(hashSecretToken(token)))
    .limit(1);
  return row ?? null;
}

export const setPasswordSchema = z
  .object({
    token: z.string({ error: 'Liên kết đặt mật khẩu không hợp lệ.' }).max(200, 'Liên kết đặt mật khẩu không hợp lệ.'),
    password: z.string({ error: 'Hãy nhập mật khẩu mới.' }).max(10_000, 'Mật khẩu dài quá 1024 byte.'),
    confirm: z.string({ error: 'Hãy nhập lại mật khẩu.' }).max(10_000, 'Mật khẩu dài quá 1024 byte.'),
  }, { error: 'Dữ liệu gửi lên không hợp lệ.' })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['password'] });
    else if (v.password !== v.confirm) ctx.addIssue({ code: 'custom', message: 'Hai mật khẩu không khớp.', path: ['confirm'] });
  });

/**
 * Sets the password with a one-time link. Whoever holds the link is the authority here, so there is
 * no viewer: the token is consumed by one UPDATE that only succeeds while it is unused and unexpired.
 * Earlier sessions of the account end (session version moves on).
 */
export async function setPasswordWithLink(input: unknown, ip: string | null = null): Promise<{ email: string }> {
  const parsed = setPasswordSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues[0]!.message);
  const { token, password } = parsed.data;
  const invalidLink = () => new DataError('not_found', 'Liên kết đặt mật khẩu không hợp lệ, đã hết hạn hoặc đã được dùng. Hãy đề nghị quản trị viên gửi liên kết mới.');
  if (!TOKEN_PATTERN.test(token)) throw invalidLink();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordTokens.tokenHash, hashSecretToken(token)),
          isNull(passwordTokens.usedAt),
          gt(passwordTokens.expiresAt, sql`now()`),
          sql`exists (select 1 from ${users} where ${users.id} = ${passwordTokens.userId} and ${users.isActive})`,
        ),
      )
      .returning({ userId: passwordTokens.userId });
    if (!used) throw invalidLink();
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, email: users.email });
    await writeAudit(tx, { actorId: user!.id, action: 'password.set', targetType: 'user', targetId: user!.id, ip, data: { via: 'link' } });
    return { email: user!.email };
  });
}
