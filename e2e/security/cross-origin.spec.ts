// Cross-site requests change nothing: a server action or a cookie-authenticated API call from
// another origin, or with no Origin at all, is refused before any write. Bearer tokens (scripts,
// no cookie) need no Origin.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { BASE_URL, postSignIn, signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { callAction, findAction } from '../fixtures/server-actions';
import { createTestApiToken, createTestUser, uniqueEmail, userRow, type TestUser } from '../fixtures/users';

const INVITE = ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'inviteUserAction'] as const;
const ROLES_ACTION = ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'changeRolesAction'] as const;

let adminUser: TestUser;
let admin: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  adminUser = await createTestUser({ roles: ['admin'] });
  admin = await playwright.request.newContext({ baseURL: BASE_URL });
  await signIn(admin, adminUser);
});
test.afterAll(async () => admin?.dispose());

const userByEmail = (email: string) => withE2eDb((db) => db.select().from(s.users).where(eq(s.users.email, email)));

test('a server action from another origin, with a null origin or without Origin creates nothing', async () => {
  const invite = findAction(...INVITE);
  for (const origin of ['https://evil.example', 'http://localhost:1', 'null', null] as const) {
    const email = uniqueEmail('csrf');
    const call = await callAction(admin, invite, [{ email, name: 'Giả mạo', roles: ['admin'] }], { origin });
    expect(call.status, String(origin)).toBeLessThan(500);
    expect(await userByEmail(email), String(origin)).toEqual([]);
    // A foreign Origin is turned away by the proxy (403) before Next.js would abort it; a missing
    // one reaches the action, which refuses it itself.
    if (origin === null) expect(call.result).toMatchObject({ ok: false, code: 'cross_origin' });
    else expect(call.status).toBe(403);
  }
  // The same call from the newsroom's own pages works: the refusals above are about the origin.
  const email = uniqueEmail('csrf-ok');
  const ok = await callAction(admin, invite, [{ email, name: 'Thật', roles: ['reporter'] }]);
  expect(ok.result).toMatchObject({ ok: true });
  expect(await userByEmail(email)).toHaveLength(1);
});

test('a cross-site server action cannot change roles', async () => {
  const target = await createTestUser({ roles: ['reporter'] });
  const action = findAction(...ROLES_ACTION);
  for (const origin of ['https://evil.example', null]) {
    await callAction(admin, action, [{ userId: target.id, roles: ['admin'] }], { origin, params: { id: target.id } });
    expect((await userRow(target.id))!.roles).toEqual(['reporter']);
  }
});

test('cookie-authenticated API writes need a same-origin Origin', async () => {
  const target = await createTestUser({ roles: ['reporter'] });
  const variants: Array<Record<string, string>> = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, {}];
  for (const headers of variants) {
    const email = uniqueEmail('csrf-api');
    const created = await admin.post('/api/v1/users', { headers, data: { email, name: 'Giả mạo', roles: ['admin'] } });
    expect(created.status(), JSON.stringify(headers)).toBe(403);
    expect((await created.json()).code).toBe('cross_origin');
    expect(await userByEmail(email)).toEqual([]);
    const patched = await admin.patch(`/api/v1/users/${target.id}`, { headers, data: { roles: ['admin'], active: false } });
    expect(patched.status()).toBe(403);
    expect(await userRow(target.id)).toMatchObject({ roles: ['reporter'], isActive: true });
  }
  // Reading needs no Origin; a same-origin write goes through.
  expect((await admin.get('/api/v1/users')).status()).toBe(200);
  const ok = await admin.patch(`/api/v1/users/${target.id}`, { headers: { Origin: BASE_URL }, data: { roles: ['editor'] } });
  expect(ok.status()).toBe(200);
  expect((await userRow(target.id))!.roles).toEqual(['editor']);
});

test('a cross-site request cannot revoke a token or sign someone in', async ({ playwright }) => {
  const user = await createTestUser({ roles: ['editor'] });
  const context = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    await signIn(context, user);
    const token = await createTestApiToken(user.id);
    const list = await (await context.get('/api/v1/tokens')).json();
    const id = list.tokens[0].id as string;
    expect((await context.delete(`/api/v1/tokens/${id}`, { headers: { Origin: 'https://evil.example' } })).status()).toBe(403);
    expect((await context.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);

    // Login CSRF: a page elsewhere cannot sign the browser into an account of its choosing.
    const fresh = await playwright.request.newContext({ baseURL: BASE_URL });
    const answer = await postSignIn(fresh, user, { origin: 'https://evil.example' });
    expect(answer.status()).toBe(403);
    expect(answer.headers()['set-cookie'] ?? '').not.toContain('session-token');
    expect((await fresh.get('/api/v1/me')).status()).toBe(401);
    await fresh.dispose();
  } finally {
    await context.dispose();
  }
});

test('Bearer tokens need no Origin: scripts are not browsers', async ({ request }) => {
  const user = await createTestUser({ roles: ['admin'] });
  const token = await createTestApiToken(user.id);
  const email = uniqueEmail('bearer');
  const created = await request.post('/api/v1/users', { headers: { Authorization: `Bearer ${token}` }, data: { email, name: 'Qua API', roles: ['reporter'] } });
  expect(created.status(), await created.text()).toBe(201);
  const body = await created.json();
  expect(body.setPasswordUrl).toMatch(/\/toa-soan\/dat-mat-khau\/pwd_/);
  expect(await userByEmail(email)).toHaveLength(1);
});
