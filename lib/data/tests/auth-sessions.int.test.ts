// Server-side sessions: the cookie names a row in user_sessions, and that row decides. Signing out,
// "sign out everywhere", a password change and the absolute lifetime all end it for every instance.
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { changeOwnPassword } from '../users/account';
import { userForSession } from '../sessions/sessions';
import { attemptSignIn, signInInputSchema } from '../sessions/sign-in';
import { endAllOwnSessions, endSession, listOwnSessions, purgeEndedSessions } from '../sessions/user-sessions';
import { auditRows, db, ip, makeUser, pool } from './auth-fixtures';

afterAll(() => pool.end());

type User = Awaited<ReturnType<typeof makeUser>>;

async function signIn(user: User, userAgent = 'Mozilla/5.0 (thử nghiệm)') {
  const result = await attemptSignIn(signInInputSchema.parse({ email: user.email, password: user.password }), ip(), { userAgent });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.session;
}

const sessionRow = async (id: string) => (await db.select().from(s.userSessions).where(eq(s.userSessions.id, id)))[0]!;

describe('staff sessions', () => {
  it('sessions that ended more than 30 days ago are purged; live and recently ended ones stay', async () => {
    const user = await makeUser(['reporter']);
    const live = await signIn(user);
    const expiredLongAgo = await signIn(user);
    const revokedLongAgo = await signIn(user);
    const revokedRecently = await signIn(user);
    await db.update(s.userSessions).set({ createdAt: sql`now() - interval '45 days'`, expiresAt: sql`now() - interval '31 days'` }).where(eq(s.userSessions.id, expiredLongAgo.id));
    await db.update(s.userSessions).set({ revokedAt: sql`now() - interval '40 days'` }).where(eq(s.userSessions.id, revokedLongAgo.id));
    await db.update(s.userSessions).set({ revokedAt: sql`now() - interval '2 days'` }).where(eq(s.userSessions.id, revokedRecently.id));
    expect(await purgeEndedSessions()).toBeGreaterThanOrEqual(2);
    const left = (await db.select({ id: s.userSessions.id }).from(s.userSessions).where(eq(s.userSessions.userId, user.id))).map((r) => r.id);
    expect(left.sort()).toEqual([live.id, revokedRecently.id].sort());
  });

  it('signing in starts a session row with an absolute expiry; signing out makes the cookie worthless', async () => {
    const user = await makeUser(['editor']);
    const session = await signIn(user, 'Firefox/140 (thử)');
    const row = await sessionRow(session.id);
    expect(row).toMatchObject({ userId: user.id, userAgent: 'Firefox/140 (thử)', revokedAt: null });
    // Default absolute lifetime: 12 hours from sign-in.
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 3600_000);
    expect(session.expiresAt.getTime()).toBe(row.expiresAt.getTime());

    expect(await userForSession(session.id, user.id, 1)).toMatchObject({ id: user.id, roles: ['editor'], sessionId: session.id });
    // The session id alone is not enough: it must belong to the user the cookie names.
    const other = await makeUser(['admin']);
    expect(await userForSession(session.id, other.id, 1)).toBeNull();

    expect(await endSession(session.id, 'sign_out')).toBe(true);
    expect(await userForSession(session.id, user.id, 1)).toBeNull();
    expect((await sessionRow(session.id)).revokedAt).toBeInstanceOf(Date);
    // Ending it again changes nothing and writes no second audit row.
    expect(await endSession(session.id, 'sign_out')).toBe(false);
    const ended = (await auditRows(user.id)).filter((a) => a.action === 'session.ended');
    expect(ended).toMatchObject([{ actorId: user.id, data: { sessionId: session.id, reason: 'sign_out' } }]);
    expect((await auditRows(user.id)).find((a) => a.action === 'sign_in.succeeded')).toMatchObject({ data: { sessionId: session.id } });
  });

  it('refuses a session past its absolute lifetime, however recently it was used', async () => {
    const user = await makeUser(['reporter']);
    const session = await signIn(user);
    const { expiresAt } = await sessionRow(session.id);
    // Being seen (what a renewal does) records the visit and never moves the absolute expiry.
    await db.update(s.userSessions).set({ lastSeenAt: sql`now() - interval '1 hour'` }).where(eq(s.userSessions.id, session.id));
    expect(await userForSession(session.id, user.id, 1)).not.toBeNull();
    const seen = await sessionRow(session.id);
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(60_000);
    expect(seen.expiresAt.getTime()).toBe(expiresAt.getTime());

    // Twelve hours after sign-in, in constant use: refused.
    await db
      .update(s.userSessions)
      .set({ createdAt: sql`now() - interval '12 hours 1 minute'`, expiresAt: sql`now() - interval '1 minute'`, lastSeenAt: sql`now()` })
      .where(eq(s.userSessions.id, session.id));
    expect(await userForSession(session.id, user.id, 1)).toBeNull();
  });

  it('"sign out everywhere" ends every session of the user and nobody else\'s', async () => {
    const user = await makeUser(['editor']);
    const bystander = await makeUser(['editor']);
    const [a, b, c] = [await signIn(user, 'Máy A'), await signIn(user, 'Máy B'), await signIn(bystander)];
    expect((await listOwnSessions({ ...user.viewer, sessionId: a.id })).map((x) => [x.userAgent, x.current])).toEqual([
      ['Máy B', false],
      ['Máy A', true],
    ]);
    expect(await endAllOwnSessions({ ...user.viewer, sessionId: a.id })).toBe(2);
    expect(await userForSession(a.id, user.id, 1)).toBeNull();
    expect(await userForSession(b.id, user.id, 1)).toBeNull();
    expect(await userForSession(c.id, bystander.id, 1)).not.toBeNull();
    expect(await listOwnSessions(user.viewer)).toEqual([]);
    expect((await auditRows(user.id)).filter((x) => x.action === 'session.ended_all')).toMatchObject([{ actorId: user.id, data: { count: 2 } }]);
    await expect(endAllOwnSessions({ kind: 'anonymous' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a password change ends every session row of the account', async () => {
    const user = await makeUser(['reporter']);
    const session = await signIn(user);
    await changeOwnPassword({ ...user.viewer, sessionId: session.id }, { currentPassword: user.password, newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1' }, ip());
    expect((await sessionRow(session.id)).revokedAt).toBeInstanceOf(Date);
    expect(await userForSession(session.id, user.id, 2)).toBeNull();
  });
});
