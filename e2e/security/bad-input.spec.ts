// Garbage at every door of the access area: clear Vietnamese messages, never a 500, nothing written.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL, signIn } from '../fixtures/auth';
import { callAction, findAction } from '../fixtures/server-actions';
import { createTestUser } from '../fixtures/users';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const GARBAGE: unknown[][] = [[], [null], ['chuỗi'], [42], [[1, 2, 3]], [{ email: ['x'], name: { a: 1 }, roles: 'admin', userId: 7, active: 'có', tokenId: null, token: 5 }], [{ name: 'x'.repeat(300_000) }]];

const ACTIONS: Array<[string, string]> = [
  ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'inviteUserAction'],
  ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'changeRolesAction'],
  ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'setActiveAction'],
  ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'passwordLinkAction'],
  ['app/(newsroom)/toa-soan/nguoi-dung/actions.ts', 'clearLockAction'],
  ['app/(newsroom)/toa-soan/tai-khoan/actions.ts', 'changePasswordAction'],
  ['app/(newsroom)/toa-soan/tai-khoan/actions.ts', 'createTokenAction'],
  ['app/(newsroom)/toa-soan/tai-khoan/actions.ts', 'revokeTokenAction'],
  ['app/(newsroom)/toa-soan/dat-mat-khau/[token]/actions.ts', 'setPasswordAction'],
];

let admin: APIRequestContext;
test.beforeAll(async ({ playwright }) => {
  admin = await playwright.request.newContext({ baseURL: BASE_URL });
  await signIn(admin, await createTestUser({ roles: ['admin', 'editor'] }));
});
test.afterAll(async () => admin?.dispose());

test('server actions answer garbage arguments with a Vietnamese message, not a crash', async () => {
  const before = await (await admin.get('/api/v1/users')).json();
  for (const [file, name] of ACTIONS) {
    const action = findAction(file, name);
    for (const args of GARBAGE) {
      const label = `${name}(${JSON.stringify(args).slice(0, 60)})`;
      const call = await callAction(admin, action, args);
      if (call.status === 413) continue; // over the request-body limit: refused before any code runs
      expect(call.status, label).toBeLessThan(500);
      const result = call.result as { ok: boolean; code: string; message: string };
      expect(result, label).toMatchObject({ ok: false });
      expect(result.code, label).not.toBe('internal');
      expect(result.message, label).toMatch(VIETNAMESE);
      expect(result.message, label).not.toMatch(/Invalid input|expected|undefined|null/);
    }
  }
  // Nothing was created or changed along the way.
  const after = await (await admin.get('/api/v1/users')).json();
  expect(after.users.length).toBe(before.users.length);
});

test('API endpoints answer garbage bodies with problem+json in Vietnamese', async () => {
  const bodies = ['không phải JSON', '[1,2]', 'null', JSON.stringify({ email: ['x'], name: 5, roles: 'admin' }), JSON.stringify({ roles: ['boss'] }), JSON.stringify({ active: 'có' })];
  const target = await createTestUser({ roles: ['reporter'] });
  for (const [method, path] of [['POST', '/api/v1/users'], ['PATCH', `/api/v1/users/${target.id}`], ['POST', '/api/v1/tokens'], ['PATCH', '/api/v1/users/khong-phai-uuid']] as const) {
    for (const data of bodies) {
      const response = await admin.fetch(path, { method, data, headers: { Origin: BASE_URL, 'Content-Type': 'application/json' } });
      const label = `${method} ${path} ${data}`;
      expect(response.status(), label).toBeGreaterThanOrEqual(400);
      expect(response.status(), label).toBeLessThan(500);
      expect(response.headers()['content-type'], label).toContain('application/problem+json');
      expect((await response.json()).detail, label).toMatch(VIETNAMESE);
    }
  }
});
