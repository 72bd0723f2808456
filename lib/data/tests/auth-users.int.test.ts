import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { ANONYMOUS, type Role } from '@/lib/policy/roles';
import { changeOwnPassword } from '../users/account';
import { createApiToken } from '../tokens/api-tokens';
import { createPasswordLink, passwordLinkHolder, setPasswordWithLink } from '../users/password-links';
import { userForApiToken, userForSession } from '../sessions/sessions';
import { attemptSignIn, signInInputSchema, signInLock } from '../sessions/sign-in';
import { changeUserRoles, inviteUser, listUsers, setUserActive, USERS_MAX_PAGE, USERS_PAGE_SIZE, userDetail, userPage } from '../users/admin';
import { asOnlyActiveAdmin, auditRows, db, email, ip, makeUser, pool, sessionFor } from './auth-fixtures';

afterAll(() => pool.end());

const row = async (id: string) => (await db.select().from(s.users).where(eq(s.users.id, id)))[0]!;

describe('users admin', () => {
  it('is for admins only', async () => {
    const target = await makeUser(['reporter']);
    for (const roles of [['reporter'], ['editor'], ['leader'], ['editor', 'leader', 'reporter']] as Role[][]) {
      const { viewer } = await makeUser(roles);
      for (const call of [
        () => listUsers(viewer),
        () => userPage(viewer, { q: 'a' }),
        () => userDetail(viewer, target.id),
        () => inviteUser(viewer, { email: email(), name: 'X', roles: ['admin'] }),
        () => changeUserRoles(viewer, { userId: target.id, roles: ['admin'] }),
        () => setUserActive(viewer, { userId: target.id, active: false }),
        () => createPasswordLink(viewer, target.id),
      ]) {
        await expect(call()).rejects.toMatchObject({ code: 'forbidden' });
      }
    }
    await expect(listUsers(ANONYMOUS)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await row(target.id)).toMatchObject({ roles: ['reporter'], isActive: true });
  });

  it('pages the accounts list and searches names and emails without diacritics, "%" and "_" as letters', async () => {
    const admin = await makeUser(['admin']);
    const tag = `trang${crypto.randomUUID().slice(0, 8)}`;
    // 55 accounts share the tag in their email: two pages; one is deactivated and comes last.
    const made = [];
    for (let i = 0; i < USERS_PAGE_SIZE + 5; i += 1) {
      const inactive = i === 0;
      const [row] = await db
        .insert(s.users)
        .values({ email: `${tag}-${String(i).padStart(2, '0')}@int.test`, name: `Đặng Thị Hà ${String(i).padStart(2, '0')}`, roles: ['reporter'], isActive: !inactive })
        .returning();
      made.push(row!);
    }
    const first = await userPage(admin.viewer, { q: `  dang thi ha ${tag} ` });
    expect(first).toMatchObject({ total: USERS_PAGE_SIZE + 5, page: 1, pages: 2, q: `dang thi ha ${tag}` });
    expect(first.items).toHaveLength(USERS_PAGE_SIZE);
    expect(first.items[0]!.name).toBe('Đặng Thị Hà 01');
    const second = await userPage(admin.viewer, { q: `ĐẶNG ${tag}`, page: 2 });
    expect(second.items.map((u) => u.name)).toEqual(['Đặng Thị Hà 51', 'Đặng Thị Hà 52', 'Đặng Thị Hà 53', 'Đặng Thị Hà 54', 'Đặng Thị Hà 00']);
    expect(second.items.at(-1)!.isActive).toBe(false);
    // Pages beyond the last, below the first or not integers land on a real page.
    expect((await userPage(admin.viewer, { q: tag, page: 99 })).page).toBe(2);
    expect((await userPage(admin.viewer, { q: tag, page: -3 })).page).toBe(1);
    expect((await userPage(admin.viewer, { q: tag, page: 1.5 })).page).toBe(1);
    expect((await userPage(admin.viewer, { page: 10 ** 9 })).page).toBeLessThanOrEqual(USERS_MAX_PAGE);
    // Wildcards typed are letters: "%" alone matches no address here, "_" neither.
    expect((await userPage(admin.viewer, { q: `${tag}%` })).total).toBe(0);
    expect((await userPage(admin.viewer, { q: `${tag.slice(0, 4)}_${tag.slice(5)}` })).total).toBe(0);
    // Every word must match; a word matching nothing empties the list.
    expect((await userPage(admin.viewer, { q: `${tag}-07 hà` })).items.map((u) => u.id)).toEqual([made[7]!.id]);
    expect((await userPage(admin.viewer, { q: `${tag} khongco` })).total).toBe(0);
    // A long query is cut, not refused.
    expect((await userPage(admin.viewer, { q: `${tag} ${'x'.repeat(500)}` })).q.length).toBe(100);
  });

  it('invites a user with a one-time set-password link that works once', async () => {
    const admin = await makeUser(['admin']);
    const address = email('moi');
    const { user, link } = await inviteUser(admin.viewer, { email: `  ${address.toUpperCase()} `, name: ' Trần Thị Mới ', roles: ['editor', 'reporter', 'editor'] });
    expect(user).toMatchObject({ email: address, name: 'Trần Thị Mới', roles: ['reporter', 'editor'] });
    expect((await row(user.id)).passwordHash).toBeNull();
    expect(link.token).toMatch(/^pwd_[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    // Only the hash is stored.
    expect(JSON.stringify(await db.select().from(s.passwordTokens).where(eq(s.passwordTokens.userId, user.id)))).not.toContain(link.token);
    expect(await passwordLinkHolder(link.token)).toEqual({ name: 'Trần Thị Mới', email: address });

    await expect(setPasswordWithLink({ token: link.token, password: 'ngan', confirm: 'ngan' })).rejects.toMatchObject({ userMessage: 'Mật khẩu cần ít nhất 10 ký tự.' });
    await expect(setPasswordWithLink({ token: link.token, password: 'mat-khau-du-dai', confirm: 'khac-han-roi' })).rejects.toMatchObject({ userMessage: 'Hai mật khẩu không khớp.' });
    expect(await setPasswordWithLink({ token: link.token, password: 'mat-khau-du-dai', confirm: 'mat-khau-du-dai' })).toEqual({ email: address });
    expect((await row(user.id)).passwordHash).toMatch(/^\$argon2id\$/);
    await expect(setPasswordWithLink({ token: link.token, password: 'mat-khau-khac', confirm: 'mat-khau-khac' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await passwordLinkHolder(link.token)).toBeNull();
    expect((await attemptSignIn(signInInputSchema.parse({ email: address, password: 'mat-khau-du-dai' }), ip())).ok).toBe(true);
    expect((await auditRows(user.id)).map((a) => a.action)).toEqual(['user.created', 'password.link_created', 'password.set', 'sign_in.succeeded']);

    await expect(inviteUser(admin.viewer, { email: address, name: 'Lần hai', roles: ['reporter'] })).rejects.toMatchObject({ code: 'conflict' });
    await expect(inviteUser(admin.viewer, { email: 'nguoі@int.test', name: 'X', roles: ['reporter'] })).rejects.toMatchObject({ code: 'invalid' });
    await expect(inviteUser(admin.viewer, { email: email(), name: '', roles: ['reporter'] })).rejects.toMatchObject({ userMessage: 'Hãy nhập họ tên.' });
    await expect(inviteUser(admin.viewer, { email: email(), name: 'X', roles: [] })).rejects.toMatchObject({ userMessage: 'Hãy chọn ít nhất một vai trò.' });
    await expect(inviteUser(admin.viewer, { email: email(), name: 'X'.repeat(201), roles: ['reporter'] })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('a new link replaces the old one; expired links and links of deactivated users do nothing', async () => {
    const admin = await makeUser(['admin']);
    const user = await makeUser(['reporter']);
    const first = await createPasswordLink(admin.viewer, user.id);
    const second = await createPasswordLink(admin.viewer, user.id);
    expect(await passwordLinkHolder(first.token)).toBeNull();
    expect(await passwordLinkHolder(second.token)).not.toBeNull();
    await db.update(s.passwordTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(s.passwordTokens.userId, user.id));
    await expect(setPasswordWithLink({ token: second.token, password: 'mat-khau-du-dai', confirm: 'mat-khau-du-dai' })).rejects.toMatchObject({ code: 'not_found' });
    const third = await createPasswordLink(admin.viewer, user.id);
    await setUserActive(admin.viewer, { userId: user.id, active: false });
    await expect(setPasswordWithLink({ token: third.token, password: 'mat-khau-du-dai', confirm: 'mat-khau-du-dai' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createPasswordLink(admin.viewer, user.id)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('a role change ends the sessions of the user and is audited', async () => {
    const admin = await makeUser(['admin']);
    const user = await makeUser(['admin', 'editor']);
    const sid = await sessionFor(user.id);
    expect(await userForSession(sid, user.id, 1)).not.toBeNull();
    expect(await changeUserRoles(admin.viewer, { userId: user.id, roles: ['editor'] })).toEqual({ roles: ['editor'] });
    expect(await userForSession(sid, user.id, 1)).toBeNull();
    expect(await userForSession(await sessionFor(user.id), user.id, 2)).toMatchObject({ roles: ['editor'] });
    const [audit] = (await auditRows(user.id)).filter((a) => a.action === 'user.roles_changed');
    expect(audit).toMatchObject({ actorId: admin.id, data: { from: ['admin', 'editor'], to: ['editor'] } });
    // Saving the same roles changes nothing.
    await changeUserRoles(admin.viewer, { userId: user.id, roles: ['editor'] });
    expect((await row(user.id)).sessionVersion).toBe(2);
    await expect(changeUserRoles(admin.viewer, { userId: user.id, roles: ['boss'] })).rejects.toMatchObject({ userMessage: 'Vai trò không hợp lệ.' });
    await expect(changeUserRoles(admin.viewer, { userId: crypto.randomUUID(), roles: ['editor'] })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('deactivation ends sessions, revokes tokens and links; reactivation restores sign-in only', async () => {
    const admin = await makeUser(['admin']);
    const user = await makeUser(['editor']);
    const { token } = await createApiToken(user.viewer, { userId: user.id, name: 'script' });
    expect(await userForApiToken(token)).not.toBeNull();
    const sid = await sessionFor(user.id);
    await setUserActive(admin.viewer, { userId: user.id, active: false });
    expect(await userForSession(sid, user.id, 1)).toBeNull();
    expect(await userForApiToken(token)).toBeNull();
    await setUserActive(admin.viewer, { userId: user.id, active: true });
    expect(await userForSession(await sessionFor(user.id), user.id, 2)).not.toBeNull();
    expect(await userForApiToken(token)).toBeNull();
    expect((await auditRows(user.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['user.deactivated', 'user.reactivated']));
    await expect(setUserActive(admin.viewer, { userId: admin.id, active: false })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('never removes or demotes the last active admin', async () => {
    const last = await makeUser(['admin']);
    const other = await makeUser(['admin']);
    await asOnlyActiveAdmin(last.id, async () => {
      await expect(changeUserRoles(last.viewer, { userId: last.id, roles: ['editor'] })).rejects.toMatchObject({ code: 'conflict', userMessage: expect.stringContaining('quản trị viên cuối cùng') });
      // Deactivation by the system (CLI) is refused the same way.
      const { systemViewer } = await import('@/lib/policy/roles');
      await expect(setUserActive(systemViewer('test'), { userId: last.id, active: false })).rejects.toMatchObject({ code: 'conflict' });
      expect(await row(last.id)).toMatchObject({ roles: ['admin'], isActive: true });
      // Adding roles to the last admin is fine.
      await changeUserRoles(last.viewer, { userId: last.id, roles: ['admin', 'leader'] });
    });
    // With two active admins, two simultaneous demotions of each other: exactly one wins.
    await asOnlyActiveAdmin(last.id, async () => {
      await db.update(s.users).set({ isActive: true }).where(eq(s.users.id, other.id));
      const results = await Promise.allSettled([
        changeUserRoles(last.viewer, { userId: other.id, roles: ['editor'] }),
        changeUserRoles(other.viewer, { userId: last.id, roles: ['editor'] }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const admins = await db.select({ id: s.users.id }).from(s.users).where(sql`${s.users.isActive} and 'admin' = any(${s.users.roles}) and ${s.users.id} in (${last.id}, ${other.id})`);
      expect(admins).toHaveLength(1);
      await db.update(s.users).set({ isActive: false }).where(eq(s.users.id, other.id));
    });
  });
});

describe('own password', () => {
  it('needs the current password, counts wrong ones toward the lock, and ends every session', async () => {
    const user = await makeUser(['reporter']);
    const sid = await sessionFor(user.id);
    const from = ip();
    await expect(changeOwnPassword(user.viewer, { currentPassword: 'sai', newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1' }, from)).rejects.toMatchObject({ userMessage: 'Mật khẩu hiện tại không đúng.' });
    await expect(changeOwnPassword(user.viewer, { currentPassword: user.password, newPassword: user.password, confirm: user.password }, from)).rejects.toMatchObject({ code: 'invalid' });
    await expect(changeOwnPassword(user.viewer, { currentPassword: user.password, newPassword: 'x'.repeat(1025), confirm: 'x'.repeat(1025) }, from)).rejects.toMatchObject({ userMessage: 'Mật khẩu dài quá 1024 byte.' });
    await changeOwnPassword(user.viewer, { currentPassword: user.password, newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1' }, from);
    expect(await userForSession(sid, user.id, 1)).toBeNull();
    expect((await auditRows(user.id)).map((a) => a.action)).toContain('password.changed');
    expect(JSON.stringify(await auditRows(user.id))).not.toContain('mat-khau-moi-1');

    const victim = await makeUser(['reporter']);
    for (let i = 0; i < 5; i++) await changeOwnPassword(victim.viewer, { currentPassword: `sai-${i}`, newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1' }, ip()).catch(() => {});
    expect(await signInLock(victim.email, ip())).toMatchObject({ locked: true });
    await expect(changeOwnPassword(victim.viewer, { currentPassword: victim.password, newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1' }, ip())).rejects.toMatchObject({ code: 'rate_limited' });
  });
});
