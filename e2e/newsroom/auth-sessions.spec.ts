// Sessions are re-checked on every request: deactivation, a role change and a password change
// take effect on the very next request, for cookies and for API tokens.
import { expect, test } from '@playwright/test';
import { BASE_URL, postSignIn, sameOrigin, signIn } from '../fixtures/auth';
import { createTestApiToken, createTestUser } from '../fixtures/users';

async function adminApi() {
  const admin = await createTestUser({ roles: ['admin'] });
  return { Authorization: `Bearer ${await createTestApiToken(admin.id)}` };
}

test("a deactivated user's open session is refused on the next request, and their tokens stop working", async ({ page, request }) => {
  const user = await createTestUser({ roles: ['editor'] });
  const token = await createTestApiToken(user.id);
  await signIn(page.request, user);
  await page.goto('/toa-soan');
  await expect(page.getByRole('heading', { name: 'Bàn làm việc' })).toBeVisible();
  expect((await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);

  const admin = await adminApi();
  expect((await request.patch(`/api/v1/users/${user.id}`, { headers: admin, data: { active: false } })).status()).toBe(200);

  const next = await page.goto('/toa-soan');
  expect(next?.url()).toContain('/toa-soan/dang-nhap');
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  expect((await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  // Nor can they sign in again.
  expect((await postSignIn(request, user)).status()).toBe(401);

  // Reactivated, they sign in again; the old token stays revoked.
  expect((await request.patch(`/api/v1/users/${user.id}`, { headers: admin, data: { active: true } })).status()).toBe(200);
  await signIn(page.request, user);
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);
  expect((await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
});

test('a demoted admin loses the admin pages on the very next request', async ({ page, request }) => {
  const demoted = await createTestUser({ roles: ['admin', 'editor'] });
  await signIn(page.request, demoted);
  expect((await page.goto('/toa-soan/nguoi-dung'))?.status()).toBe(200);
  expect((await page.request.get('/api/v1/users')).status()).toBe(200);

  const admin = await adminApi();
  expect((await request.patch(`/api/v1/users/${demoted.id}`, { headers: admin, data: { roles: ['editor'] } })).status()).toBe(200);

  // The session ended with the role change; nothing of the admin area is served.
  const next = await page.goto('/toa-soan/nguoi-dung');
  expect(next?.url()).toContain('/toa-soan/dang-nhap');
  expect((await page.request.get('/api/v1/users')).status()).toBe(401);
  // Signed in again, the new role applies: 403 on the admin pages, the desk still open.
  await signIn(page.request, demoted);
  expect((await page.goto('/toa-soan/nguoi-dung'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Bạn không có quyền truy cập trang này' })).toBeVisible();
  expect((await page.request.get('/api/v1/users')).status()).toBe(403);
  expect((await page.goto('/toa-soan'))?.status()).toBe(200);
});

test('an API token acts with its owner\'s current roles', async ({ request }) => {
  const owner = await createTestUser({ roles: ['admin'] });
  const token = { Authorization: `Bearer ${await createTestApiToken(owner.id)}` };
  expect((await request.get('/api/v1/users', { headers: token })).status()).toBe(200);
  const admin = await adminApi();
  await request.patch(`/api/v1/users/${owner.id}`, { headers: admin, data: { roles: ['reporter'] } });
  expect((await request.get('/api/v1/users', { headers: token })).status()).toBe(403);
  expect(await (await request.get('/api/v1/me', { headers: token })).json()).toMatchObject({ roles: ['reporter'] });
});

test('expired, revoked and malformed tokens are anonymous', async ({ request }) => {
  const user = await createTestUser({ roles: ['editor'] });
  const expired = await createTestApiToken(user.id, { expiresAt: new Date(Date.now() - 1000) });
  const revoked = await createTestApiToken(user.id, { revoked: true });
  for (const authorization of [`Bearer ${expired}`, `Bearer ${revoked}`, 'Bearer ktw_khong-ton-tai', 'Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${expired.slice(0, -2)}`]) {
    const response = await request.get('/api/v1/me', { headers: { Authorization: authorization } });
    expect(response.status(), authorization).toBe(401);
    expect(response.headers()['www-authenticate']).toContain('Bearer');
    expect(response.headers()['content-type']).toContain('application/problem+json');
  }
});

test('changing the password ends every session of the account', async ({ page, playwright }) => {
  const user = await createTestUser({ roles: ['reporter'] });
  const other = await playwright.request.newContext({ baseURL: BASE_URL });
  await signIn(other, user);
  await signIn(page.request, user);
  await page.goto('/toa-soan/tai-khoan');

  await page.getByLabel('Mật khẩu hiện tại').fill('khong-dung-mat-khau');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-an-toan');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-an-toan');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Mật khẩu hiện tại không đúng.');

  await page.getByLabel('Mật khẩu hiện tại').fill(user.password);
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-khac-han');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Hai mật khẩu mới không khớp.');

  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-an-toan');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới.');

  expect((await other.get('/api/v1/me')).status()).toBe(401);
  expect((await postSignIn(other, user)).status()).toBe(401);
  expect((await postSignIn(other, { email: user.email, password: 'mat-khau-moi-an-toan' })).status()).toBe(200);
  await other.dispose();
});

test('sign-in answers only same-origin posts', async ({ request }) => {
  const user = await createTestUser({ roles: ['reporter'] });
  expect((await postSignIn(request, user, { origin: null })).status()).toBe(403);
  expect((await request.get('/api/v1/me', { headers: sameOrigin })).status()).toBe(401);
});
