// Sessions are re-checked on every request: deactivation, a role change and a password change
// take effect on the very next request, for cookies and for API tokens. Signing out ends the
// session on the server, so a copy of the cookie is worthless afterwards.
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { BASE_URL, postSignIn, sameOrigin, signIn } from '../fixtures/auth';
import { createTestApiToken, createTestUser, uniqueIp, type TestUser } from '../fixtures/users';

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token$/;

async function signInWithForm(page: Page, user: TestUser) {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueIp() });
  await page.goto('/toa-soan/dang-nhap');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Bàn làm việc' })).toBeVisible();
}

/** The session cookie of the page's browser context, as a Cookie header someone could replay. */
async function copiedSessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => SESSION_COOKIE.test(c.name));
  expect(cookie, 'session cookie').toBeTruthy();
  return `${cookie!.name}=${cookie!.value}`;
}

/** Whether a response sets a non-empty session cookie (i.e. renews the session). */
function renewsSession(response: APIResponse): boolean {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .some((h) => /^(__Secure-)?authjs\.session-token=[^;]+/.test(h.value));
}

test('after signing out, a copy of the session cookie is refused everywhere and is not renewed', async ({ page, playwright }) => {
  const user = await createTestUser({ roles: ['editor'] });
  await signInWithForm(page, user);
  const copied = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Cookie: await copiedSessionCookie(page) } });
  // While the session is live the copy works like the original (and the session endpoint renews it).
  expect((await copied.get('/api/v1/me')).status()).toBe(200);
  const live = await copied.get('/api/auth/session');
  expect(await live.json()).toMatchObject({ user: { id: user.id } });

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Bạn đã đăng xuất.');

  const me = await copied.get('/api/v1/me');
  expect(me.status()).toBe(401);
  const desk = await copied.get('/toa-soan', { maxRedirects: 0 });
  expect(desk.status()).toBeGreaterThanOrEqual(300);
  expect(desk.status()).toBeLessThan(400);
  expect(desk.headers()['location']).toContain('/toa-soan/dang-nhap');
  // Nor can it mint an API token, or be renewed.
  expect((await copied.post('/api/v1/tokens', { headers: sameOrigin, data: { name: 'sau khi đăng xuất' } })).status()).toBe(401);
  const session = await copied.get('/api/auth/session');
  expect(await session.json()).toBeNull();
  expect(renewsSession(session)).toBe(false);
  expect((await copied.get('/api/v1/me')).status()).toBe(401);
  await copied.dispose();
});

test('"Đăng xuất khỏi mọi nơi" ends the sessions of every browser of the account', async ({ page, playwright }) => {
  const user = await createTestUser({ roles: ['reporter'] });
  const elsewhere = await playwright.request.newContext({ baseURL: BASE_URL });
  await signIn(elsewhere, user);
  await signInWithForm(page, user);
  await page.goto('/toa-soan/tai-khoan');
  await expect(page.getByRole('region', { name: 'Phiên đăng nhập' }).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Đăng xuất khỏi mọi nơi' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Đã đăng xuất khỏi mọi thiết bị và trình duyệt.');
  expect((await elsewhere.get('/api/v1/me')).status()).toBe(401);
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  await elsewhere.dispose();
});

test('API tokens are refused a lifetime beyond the maximum', async ({ page }) => {
  const user = await createTestUser({ roles: ['editor'] });
  await signIn(page.request, user);
  const never = await page.request.post('/api/v1/tokens', { headers: sameOrigin, data: { name: 'mãi mãi', expiresInDays: null } });
  expect(never.status()).toBe(400);
  expect((await never.json()).detail).toBe('Token API dùng được tối đa 365 ngày. Hãy chọn thời hạn ngắn hơn.');
  const plain = await page.request.post('/api/v1/tokens', { headers: sameOrigin, data: { name: 'mặc định' } });
  expect(plain.status()).toBe(201);
  const days = (new Date((await plain.json()).expiresAt).getTime() - Date.now()) / 86_400_000;
  expect(Math.round(days)).toBe(90);
});

test('an API token cannot mint another token (a leaked token must not outlive its expiry or revocation)', async ({ page, playwright }) => {
  const user = await createTestUser({ roles: ['editor'] });
  const withToken = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${await createTestApiToken(user.id)}` } });
  const minted = await withToken.post('/api/v1/tokens', { data: { name: 'token con' } });
  expect(minted.status()).toBe(403);
  expect((await minted.json()).detail).toBe('Không tạo được token API bằng một token API. Hãy đăng nhập tòa soạn rồi tạo token ở trang Tài khoản.');
  // The token still reads, and nothing was created: the owner has exactly the one token.
  const listed = await withToken.get('/api/v1/tokens');
  expect(listed.status()).toBe(200);
  expect((await listed.json()).tokens).toHaveLength(1);
  await withToken.dispose();
  // The signed-in owner still can.
  await signIn(page.request, user);
  expect((await page.request.post('/api/v1/tokens', { headers: sameOrigin, data: { name: 'từ phiên đăng nhập' } })).status()).toBe(201);
});

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
