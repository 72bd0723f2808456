import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { hashSecretToken } from '@/lib/auth/secret-token';
import { ANONYMOUS, systemViewer } from '@/lib/policy/roles';
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from '../api-tokens';
import { userForApiToken } from '../sessions';
import { auditRows, db, makeUser, pool } from './auth-fixtures';

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
    await expect(createApiToken(user.viewer, { userId: user.id, name: 'x', expiresInDays: 7 as never })).rejects.toMatchObject({ userMessage: 'Thời hạn token không hợp lệ.' });
    expect((await createApiToken(systemViewer('cli:test'), { userId: user.id, name: 'cli' })).token).toMatch(/^ktw_/);
    const inactive = await makeUser(['editor'], { active: false });
    await expect(createApiToken(systemViewer('cli:test'), { userId: inactive.id, name: 'cli' })).rejects.toMatchObject({ code: 'invalid' });
  });
});
