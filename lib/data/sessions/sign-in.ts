import 'server-only';
import { and, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { signInAttempts, signInLockClears, users } from '@/db/schema';
import { MAX_PASSWORD_BYTES, verifyPassword, hashPassword } from '@/lib/credentials/password';
import { lockState, SIGN_IN_LIMITS, type LockState } from '@/lib/credentials/lockout';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { actorOf, writeAudit } from '../audit/audit';
import { DataError, forbidden } from '../errors';
import { startSession } from './user-sessions';
import { emailSchema } from '../users/users';

// Brute-force protection lives in Postgres so the limits hold across every app instance: attempts
// are rows, a lock is "enough recent failures", and an admin lifts it by writing a clear mark.

export const signInInputSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'Hãy nhập mật khẩu.' })
    .min(1, 'Hãy nhập mật khẩu.')
    .refine((p) => Buffer.byteLength(p) <= MAX_PASSWORD_BYTES, `Mật khẩu dài quá ${MAX_PASSWORD_BYTES} byte.`),
});
export type SignInInput = z.output<typeof signInInputSchema>;

export type SignInLock = LockState & { scope?: 'account' | 'ip' };

export type SignInResult =
  | { ok: true; user: { id: string; sessionVersion: number }; session: { id: string; expiresAt: Date } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

type Executor = Pick<typeof db, 'select' | 'execute'>;
type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** The `limit` most recent failures still counting: inside the window and after the last clear (and, for an account, its last success). */
async function recentFailures(ex: Executor, key: 'email' | 'ip', value: string, limit: number) {
  const column = key === 'email' ? signInAttempts.email : signInAttempts.ip;
  const clearColumn = key === 'email' ? signInLockClears.email : signInLockClears.ip;
  const conditions: SQL[] = [
    eq(column, value),
    eq(signInAttempts.succeeded, false),
    gt(signInAttempts.createdAt, sql`now() - make_interval(secs => ${SIGN_IN_LIMITS.windowMs / 1000})`),
    sql`${signInAttempts.createdAt} > coalesce((select max(${signInLockClears.createdAt}) from ${signInLockClears} where ${clearColumn} = ${value}), '-infinity')`,
  ];
  // A success proves the password was known, so it resets the account's count (not the address's:
  // one valid account must not let an address keep guessing at others).
  if (key === 'email') {
    conditions.push(
      sql`${signInAttempts.createdAt} > coalesce((select max(s.created_at) from sign_in_attempts s where s.email = ${value} and s.succeeded), '-infinity')`,
    );
  }
  const recent = ex
    .select({ createdAt: signInAttempts.createdAt })
    .from(signInAttempts)
    .where(and(...conditions))
    .orderBy(desc(signInAttempts.createdAt))
    .limit(limit)
    .as('recent');
  const [row] = await ex
    .select({ count: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${recent.createdAt})`, now: sql<Date>`now()` })
    .from(recent);
  const toDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
  return { count: row?.count ?? 0, oldest: toDate(row?.oldest), now: toDate(row?.now) ?? new Date() };
}

async function currentLock(ex: Executor, email: string, ip: string): Promise<SignInLock> {
  const account = lockState(await recentFailures(ex, 'email', email, SIGN_IN_LIMITS.perAccount), SIGN_IN_LIMITS.perAccount);
  const address = lockState(await recentFailures(ex, 'ip', ip, SIGN_IN_LIMITS.perIp), SIGN_IN_LIMITS.perIp);
  if (account.locked && address.locked) {
    return { locked: true, retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds), scope: 'account' };
  }
  if (account.locked) return { ...account, scope: 'account' };
  if (address.locked) return { ...address, scope: 'ip' };
  return { locked: false };
}

/** Whether attempts for this account or from this address are refused right now (no write). */
export function signInLock(email: string, ip: string): Promise<SignInLock> {
  return currentLock(db, email.toLowerCase(), ip);
}

let dummyHash: Promise<string> | undefined;
/** Verifying against a throwaway hash makes an unknown email cost as much time as a wrong password. */
const timingDecoy = () => (dummyHash ??= hashPassword('timing-decoy-not-a-password'));

/**
 * One sign-in attempt. Serialised per account and per address with transaction-scoped advisory
 * locks, so concurrent guesses on several instances cannot slip past the limit. Unknown email,
 * wrong password, deactivated account and account without a password all answer `invalid`.
 */
export async function attemptSignIn(input: SignInInput, ip: string, meta: { userAgent?: string | null } = {}): Promise<SignInResult> {
  const email = input.email.toLowerCase();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'sign-in:email:' + email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'sign-in:ip:' + ip}))`);
    const lock = await currentLock(tx, email, ip);
    if (lock.locked) return { ok: false, reason: 'locked', retryAfterSeconds: lock.retryAfterSeconds };

    const [user] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email))
      .limit(1);
    const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await timingDecoy(), input.password), false);
    const ok = passwordOk && user!.isActive;

    await tx.insert(signInAttempts).values({ email, ip, succeeded: ok });
    if (ok) {
      await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user!.id));
      const session = await startSession(tx, user!.id, { userAgent: meta.userAgent, ip });
      await writeAudit(tx, { actorId: user!.id, action: 'sign_in.succeeded', targetType: 'user', targetId: user!.id, ip, data: { sessionId: session.id } });
      return { ok: true, user: { id: user!.id, sessionVersion: user!.sessionVersion }, session };
    }

    const reason = !user ? 'unknown_email' : !user.passwordHash ? 'no_password' : !passwordOk ? 'wrong_password' : 'inactive';
    await writeAudit(tx, { actorId: null, action: 'sign_in.failed', targetType: 'user', targetId: user?.id ?? null, ip, data: { email, reason } });
    await auditIfNowLocked(tx, email, ip, user?.id ?? null);
    return { ok: false, reason: 'invalid' };
  });
}

/** Records `sign_in.locked` once, on the failure that reaches a limit. */
async function auditIfNowLocked(tx: Tx, email: string, ip: string, userId: string | null) {
  const account = await recentFailures(tx, 'email', email, SIGN_IN_LIMITS.perAccount + 1);
  if (account.count === SIGN_IN_LIMITS.perAccount) {
    await writeAudit(tx, { actorId: null, action: 'sign_in.locked', targetType: 'user', targetId: userId, ip, data: { scope: 'account', email } });
  }
  const address = await recentFailures(tx, 'ip', ip, SIGN_IN_LIMITS.perIp + 1);
  if (address.count === SIGN_IN_LIMITS.perIp) {
    await writeAudit(tx, { actorId: null, action: 'sign_in.locked', targetType: 'sign_in', targetId: null, ip, data: { scope: 'ip', ip } });
  }
}

/** Records a failed proof of the current password (e.g. when changing it), so it counts toward the lock. */
export async function recordFailedPasswordCheck(email: string, ip: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(signInAttempts).values({ email: email.toLowerCase(), ip, succeeded: false });
    await writeAudit(tx, { actorId: userId, action: 'sign_in.failed', targetType: 'user', targetId: userId, ip, data: { email, reason: 'wrong_current_password' } });
    await auditIfNowLocked(tx, email.toLowerCase(), ip, userId);
  });
}

const clearSchema = z.union([z.object({ email: emailSchema }), z.object({ ip: z.string().trim().min(1).max(64) })]);

/** Lifts a lock: failures before this moment no longer count for that account or address. */
export async function clearSignInLock(viewer: Viewer, input: { email: string } | { ip: string }): Promise<void> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  const parsed = clearSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', 'Hãy chỉ rõ email hoặc địa chỉ IP cần mở khóa.');
  const target = parsed.data;
  await db.transaction(async (tx) => {
    await tx.insert(signInLockClears).values({ ...target, clearedBy: actorOf(viewer) });
    await writeAudit(tx, {
      actorId: actorOf(viewer),
      action: 'sign_in.lock_cleared',
      targetType: 'email' in target ? 'user' : 'sign_in',
      targetId: 'email' in target ? await userIdFor(tx, target.email) : null,
      data: target,
    });
  });
}

async function userIdFor(tx: Tx, email: string): Promise<string | null> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  return row?.id ?? null;
}

/** Whether one account is locked now (for the admin page). */
export async function accountLock(viewer: Viewer, email: string): Promise<LockState> {
  if (!can(viewer, 'user.view')) throw forbidden();
  return lockState(await recentFailures(db, 'email', email.toLowerCase(), SIGN_IN_LIMITS.perAccount), SIGN_IN_LIMITS.perAccount);
}

/** Addresses locked right now, with when each lock lifts (for the admin page). */
export async function lockedAddresses(viewer: Viewer): Promise<Array<{ ip: string; failures: number; retryAfterSeconds: number }>> {
  if (!can(viewer, 'user.view')) throw forbidden();
  const candidates = await db
    .select({ ip: signInAttempts.ip, failures: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.createdAt, sql`now() - make_interval(secs => ${SIGN_IN_LIMITS.windowMs / 1000})`),
        sql`${signInAttempts.createdAt} > coalesce((select max(c.created_at) from sign_in_lock_clears c where c.ip = ${signInAttempts.ip}), '-infinity')`,
      ),
    )
    .groupBy(signInAttempts.ip)
    .having(sql`count(*) >= ${SIGN_IN_LIMITS.perIp}`)
    .limit(100);
  const result = [];
  for (const c of candidates) {
    const state = lockState(await recentFailures(db, 'ip', c.ip, SIGN_IN_LIMITS.perIp), SIGN_IN_LIMITS.perIp);
    if (state.locked) result.push({ ip: c.ip, failures: c.failures, retryAfterSeconds: state.retryAfterSeconds });
  }
  return result;
}
