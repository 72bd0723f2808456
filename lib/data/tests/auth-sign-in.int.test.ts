import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { attemptSignIn, clearSignInLock, signInLock, signInInputSchema } from '../sessions/sign-in';
import { userForSession } from '../sessions/sessions';
import { auditRows, db, email, ip, makeUser, pool, sessionFor } from './auth-fixtures';

afterAll(() => pool.end());

const attempt = (address: string, password: string, from = ip()) => attemptSignIn(signInInputSchema.parse({ email: address, password }), from);

describe('attemptSignIn', () => {
  it('signs in with the right password, records the attempt and the audit row, and stores no password', async () => {
    const user = await makeUser(['editor']);
    const result = await attempt(user.email.toUpperCase(), user.password);
    expect(result).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 1 }, session: { id: expect.any(String) } });
    const [row] = await db.select().from(s.users).where(eq(s.users.id, user.id));
    expect(row!.lastSignInAt).toBeInstanceOf(Date);
    expect((await auditRows(user.id)).map((a) => a.action)).toEqual(['sign_in.succeeded']);
    const attempts = await db.select().from(s.signInAttempts).where(eq(s.signInAttempts.email, user.email));
    expect(attempts).toMatchObject([{ succeeded: true }]);
    expect(JSON.stringify([attempts, await auditRows(user.id)])).not.toContain(user.password);
  });

  it('answers an unknown email, a wrong password, a deactivated account and one without a password alike', async () => {
    const wrong = await makeUser(['editor']);
    const inactive = await makeUser(['editor'], { active: false });
    const noPassword = await makeUser(['editor'], { password: null });
    const answers = [
      await attempt(email('khong-co'), 'bat-ky-mat-khau'),
      await attempt(wrong.email, 'sai-mat-khau'),
      await attempt(inactive.email, inactive.password),
      await attempt(noPassword.email, 'bat-ky-mat-khau'),
    ];
    for (const a of answers) expect(a).toEqual({ ok: false, reason: 'invalid' });
    const reasons = (await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'sign_in.failed'))).map((a) => (a.data as { reason: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(['unknown_email', 'wrong_password', 'inactive', 'no_password']));
  });

  it('spends about as long on an unknown email as on a wrong password (argon2 runs either way)', async () => {
    const user = await makeUser(['reporter']);
    const time = async (address: string) => {
      const start = performance.now();
      await attempt(address, 'sai-mat-khau');
      return performance.now() - start;
    };
    await time(email('am-may')); // warm the decoy hash
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 3; i++) {
      unknown.push(await time(email('khong-co')));
      wrong.push(await time(user.email));
    }
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(avg(unknown)).toBeGreaterThan(avg(wrong) * 0.4);
  });

  it('locks an account after five failures in 15 minutes, for the right password too, with the time to wait', async () => {
    const user = await makeUser(['leader']);
    for (let i = 0; i < 5; i++) expect(await attempt(user.email, `sai-${i}`)).toEqual({ ok: false, reason: 'invalid' });
    const locked = await attempt(user.email, user.password);
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(880);
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(await signInLock(user.email, ip())).toMatchObject({ locked: true, scope: 'account' });
    // Refused attempts are not recorded as failures, so a lock does not extend itself.
    const failures = await db.select().from(s.signInAttempts).where(eq(s.signInAttempts.email, user.email));
    expect(failures).toHaveLength(5);
    expect((await auditRows(user.id)).filter((a) => a.action === 'sign_in.locked')).toHaveLength(1);
  });

  it('counts only failures after the last success', async () => {
    const user = await makeUser(['reporter']);
    for (let i = 0; i < 4; i++) await attempt(user.email, 'sai');
    expect((await attempt(user.email, user.password)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await attempt(user.email, 'sai');
    expect((await attempt(user.email, user.password)).ok).toBe(true);
  });

  it('holds the limit under concurrent guesses (serialised in the database)', async () => {
    const user = await makeUser(['reporter']);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(user.email, `sai-${i}`)));
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(7);
  });

  it('locks an address after twenty failures, whichever accounts they were for', async () => {
    const address = ip();
    const user = await makeUser(['reporter']);
    for (let i = 0; i < 20; i++) await attempt(email('doan'), 'sai', address);
    expect(await attempt(user.email, user.password, address)).toMatchObject({ ok: false, reason: 'locked' });
    expect((await attempt(user.email, user.password, ip())).ok).toBe(true);
  });

  it('lets an admin lift an account or address lock, and nobody else', async () => {
    const admin = await makeUser(['admin']);
    const editor = await makeUser(['editor']);
    const user = await makeUser(['reporter']);
    for (let i = 0; i < 5; i++) await attempt(user.email, 'sai');
    await expect(clearSignInLock(editor.viewer, { email: user.email })).rejects.toMatchObject({ code: 'forbidden' });
    await clearSignInLock(admin.viewer, { email: user.email.toUpperCase() });
    expect((await attempt(user.email, user.password)).ok).toBe(true);
    expect((await auditRows(user.id)).map((a) => a.action)).toContain('sign_in.lock_cleared');

    const address = ip();
    for (let i = 0; i < 20; i++) await attempt(email('doan'), 'sai', address);
    expect(await signInLock(user.email, address)).toMatchObject({ locked: true, scope: 'ip' });
    await clearSignInLock(admin.viewer, { ip: address });
    expect(await signInLock(user.email, address)).toEqual({ locked: false });
    await expect(clearSignInLock(admin.viewer, {} as { ip: string })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('sign-in input', () => {
  it('refuses empty, oversized, malformed and look-alike input with Vietnamese messages', () => {
    const message = (input: unknown) => signInInputSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({})).toBe('Hãy nhập email.');
    expect(message({ email: 'a@b.vn', password: '' })).toBe('Hãy nhập mật khẩu.');
    expect(message({ email: 'a@b', password: 'x' })).toMatch(/không đúng định dạng/);
    expect(message({ email: 'аdmin@b.vn', password: 'x' })).toMatch(/chữ cái Latin/);
    expect(message({ email: `${'a'.repeat(300)}@b.vn`, password: 'x' })).toMatch(/254/);
    expect(message({ email: 'a@b.vn', password: 'ư'.repeat(600) })).toBe('Mật khẩu dài quá 1024 byte.');
    expect(signInInputSchema.parse({ email: '  Ten@CoQuan.gov.vn ', password: 'x' }).email).toBe('ten@coquan.gov.vn');
  });
});

describe('userForSession', () => {
  it('finds an active user whose session version matches, and nobody else', async () => {
    const user = await makeUser(['editor']);
    const sid = await sessionFor(user.id);
    expect(await userForSession(sid, user.id, 1)).toMatchObject({ id: user.id, roles: ['editor'] });
    expect(await userForSession(sid, user.id, 2)).toBeNull();
    expect(await userForSession(sid, 'not-a-uuid', 1)).toBeNull();
    expect(await userForSession('not-a-uuid', user.id, 1)).toBeNull();
    expect(await userForSession(crypto.randomUUID(), user.id, 1)).toBeNull();
    await db.update(s.users).set({ isActive: false }).where(eq(s.users.id, user.id));
    expect(await userForSession(sid, user.id, 1)).toBeNull();
  });
});
