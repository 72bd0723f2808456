import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { hashSecretToken } from '@/lib/credentials/secret-token';
import { ANONYMOUS, systemViewer } from '@/lib/policy/roles';
import { changeOwnPassword } from '../users/account';
import { listUserApiTokens, revokeUserApiTokens } from '../tokens/admin';
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from '../tokens/api-tokens';
import { userForApiToken } from '../sessions/sessions';
import { attemptSignIn, signInInputSchema } from '../sessions/sign-in';
import { endSession } from '../sessions/user-sessions';
import { auditRows, db, ip, makeUser, pool } from './auth-fixtures';

afterAll(() => pool.end());

describe('personal API tokens', () => {
  it('are shown once, stored as SHA-256, act as their owner and record their use', async () => {
    const user = await makeUser(['editor', 'leader']);
    const created = await createApiToken(user.viewer, { userId: user.id, name: '  Nhập tin  ', expiresInDays: 30 });
    expect(created.token).toMatch(/^ktw_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 10));
    expect(created.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const [stored] = await db.select().from(s.apiTokens).where(eq(s.apiTokens.id, created.id));
    expect(stored).toMatchObject({ tokenHash: hashSecretToken(created.token), name: 'Nhập tin', lastUsedAt: null });
    expect(JSON.stringify([stored, await auditRows(created.id)])).not.toContain(created.token);

    expect(await userForApiToken(created.token)).toMatchObject({ id: user.id, roles: ['editor', 'leader'] });
    const [used] = await db.select().from(s.apiTokens).where(eq(s.apiTokens.id, created.id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);

    const listed = await listOwnApiTokens(user.viewer);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(stored!.tokenHash);
    expect((await auditRows(created.id)).map((a) => a.action)).toEqual(['token.created']);
  });

  it('stop working when revoked or expired; only the owner revokes', async () => {
    const owner = await makeUser(['reporter']);
    const other = await makeUser(['admin']);
    const { id, token } = await createApiToken(owner.viewer, { userId: owner.id, name: 'a' });
    await expect(revokeOwnApiToken(other.viewer, id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await userForApiToken(token)).not.toBeNull();
    await revokeOwnApiToken(owner.viewer, id);
    expect(await userForApiToken(token)).toBeNull();
    await expect(revokeOwnApiToken(owner.viewer, id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await auditRows(id)).map((a) => a.action)).toEqual(['token.created', 'token.revoked']);

    const expiring = await createApiToken(owner.viewer, { userId: owner.id, name: 'b' });
    await db.update(s.apiTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(s.apiTokens.id, expiring.id));
    expect(await userForApiToken(expiring.token)).toBeNull();
    for (const bad of ['', 'ktw_', 'ktw_' + 'a'.repeat(43), token + 'x', 'Bearer ' + token]) expect(await userForApiToken(bad)).toBeNull();
  });

  it('are created only for oneself (the CLI, as the system, for anyone active)', async () => {
    const user = await makeUser(['editor']);
    const admin = await makeUser(['admin']);
    await expect(createApiToken(admin.viewer, { userId: user.id, name: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createApiToken(ANONYMOUS, { userId: user.id, name: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createApiToken(user.viewer, { userId: user.id, name: ' ' })).rejects.toMatchObject({ userMessage: 'Hãy đặt tên cho token.' });
    await expect(createApiToken(user.viewer, { userId: user.id, name: 'x', expiresInDays: 1.5 })).rejects.toMatchObject({ userMessage: 'Thời hạn token không hợp lệ.' });
    expect((await createApiToken(systemViewer('cli:test'), { userId: user.id, name: 'cli' })).token).toMatch(/^ktw_/);
    const inactive = await makeUser(['editor'], { active: false });
    await expect(createApiToken(systemViewer('cli:test'), { userId: inactive.id, name: 'cli' })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('API token lifetimes and revocation', () => {
  const DAY = 86_400_000;

  it('expire after 90 days unless asked otherwise, and never live longer than 365 days', async () => {
    const user = await makeUser(['editor']);
    const plain = await createApiToken(user.viewer, { userId: user.id, name: 'mặc định' });
    expect(Math.round((plain.expiresAt!.getTime() - Date.now()) / DAY)).toBe(90);
    const year = await createApiToken(user.viewer, { userId: user.id, name: 'một năm', expiresInDays: 365 });
    expect(Math.round((year.expiresAt!.getTime() - Date.now()) / DAY)).toBe(365);
    const week = await createApiToken(user.viewer, { userId: user.id, name: 'một tuần', expiresInDays: 7 });
    expect(Math.round((week.expiresAt!.getTime() - Date.now()) / DAY)).toBe(7);

    const tooLong = 'Token API dùng được tối đa 365 ngày. Hãy chọn thời hạn ngắn hơn.';
    await expect(createApiToken(user.viewer, { userId: user.id, name: 'mãi mãi', expiresInDays: null })).rejects.toMatchObject({ code: 'invalid', userMessage: tooLong });
    await expect(createApiToken(user.viewer, { userId: user.id, name: 'quá dài', expiresInDays: 366 })).rejects.toMatchObject({ code: 'invalid', userMessage: tooLong });
    await expect(createApiToken(user.viewer, { userId: user.id, name: 'âm', expiresInDays: 0 })).rejects.toMatchObject({ userMessage: 'Thời hạn token không hợp lệ.' });
    // The CLI gets the default too.
    const cli = await createApiToken(systemViewer('cli:test'), { userId: user.id, name: 'cli' });
    expect(Math.round((cli.expiresAt!.getTime() - Date.now()) / DAY)).toBe(90);

    // A token from before the limit (no expiry) stops working a year after it was made.
    const legacy = await createApiToken(user.viewer, { userId: user.id, name: 'cũ' });
    await db.update(s.apiTokens).set({ expiresAt: null, createdAt: sql`now() - interval '366 days'` }).where(eq(s.apiTokens.id, legacy.id));
    expect(await userForApiToken(legacy.token)).toBeNull();
    const listed = (await listOwnApiTokens(user.viewer)).find((t) => t.id === legacy.id)!;
    expect(listed.expiresAt!.getTime()).toBeLessThan(Date.now());
  });

  it('are minted through a session only while that session is live', async () => {
    const user = await makeUser(['editor']);
    const result = await attemptSignIn(signInInputSchema.parse({ email: user.email, password: user.password }), ip(), { userAgent: 'thử' });
    if (!result.ok) throw new Error('sign-in failed');
    const viewer = { ...user.viewer, sessionId: result.session.id };
    expect((await createApiToken(viewer, { userId: user.id, name: 'trong phiên' })).token).toMatch(/^ktw_/);
    await endSession(result.session.id, 'sign_out');
    await expect(createApiToken(viewer, { userId: user.id, name: 'sau khi đăng xuất' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await listOwnApiTokens(user.viewer)).map((t) => t.name)).toEqual(['trong phiên']);
  });

  it('a password change revokes every token when asked to, and keeps them otherwise', async () => {
    const keeper = await makeUser(['editor']);
    const kept = await createApiToken(keeper.viewer, { userId: keeper.id, name: 'giữ' });
    await changeOwnPassword(keeper.viewer, { currentPassword: keeper.password, newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1', revokeApiTokens: false }, ip());
    expect(await userForApiToken(kept.token)).not.toBeNull();

    const user = await makeUser(['editor']);
    const a = await createApiToken(user.viewer, { userId: user.id, name: 'a' });
    const b = await createApiToken(user.viewer, { userId: user.id, name: 'b' });
    await changeOwnPassword(user.viewer, { currentPassword: user.password, newPassword: 'mat-khau-moi-1', confirm: 'mat-khau-moi-1', revokeApiTokens: true }, ip());
    expect(await userForApiToken(a.token)).toBeNull();
    expect(await userForApiToken(b.token)).toBeNull();
    const audit = (await auditRows(user.id)).filter((x) => x.action === 'token.revoked_all');
    expect(audit).toMatchObject([{ actorId: user.id, data: { reason: 'password_change', count: 2 } }]);
  });

  it("admins list any user's tokens with their last use and revoke them all", async () => {
    const admin = await makeUser(['admin']);
    const user = await makeUser(['reporter']);
    const a = await createApiToken(user.viewer, { userId: user.id, name: 'a' });
    await createApiToken(user.viewer, { userId: user.id, name: 'b' });
    await userForApiToken(a.token);
    const listed = await listUserApiTokens(admin.viewer, user.id);
    expect(listed.map((t) => [t.name, t.lastUsedAt instanceof Date])).toEqual([
      ['b', false],
      ['a', true],
    ]);
    await expect(listUserApiTokens(user.viewer, user.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(revokeUserApiTokens(user.viewer, { userId: user.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await revokeUserApiTokens(admin.viewer, { userId: user.id })).toEqual({ revoked: 2 });
    expect(await userForApiToken(a.token)).toBeNull();
    expect(await revokeUserApiTokens(admin.viewer, { userId: user.id })).toEqual({ revoked: 0 });
    const audit = (await auditRows(user.id)).filter((x) => x.action === 'token.revoked_all');
    expect(audit).toMatchObject([{ actorId: admin.id, data: { reason: 'admin', count: 2 } }]);
  });
});
