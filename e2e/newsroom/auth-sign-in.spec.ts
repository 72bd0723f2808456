// Signing in and out through the form, brute-force limits, and bad input at the sign-in door.
import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { BASE_URL, postSignIn, signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestUser, uniqueEmail, uniqueIp } from '../fixtures/users';

/** The browser's requests come from their own address, so this test's failures lock nobody else. */
async function useOwnAddress(page: Page) {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueIp() });
}

test('a reporter signs in with the labelled form, sees the desk, and signs out', async ({ page }) => {
  const user = await createTestUser({ roles: ['reporter', 'editor'] });
  await useOwnAddress(page);
  const first = await page.goto('/toa-soan/tai-khoan');
  expect(first?.url()).toContain('/toa-soan/dang-nhap?tiep=%2Ftoa-soan%2Ftai-khoan');
  await expect(page.getByRole('heading', { name: 'Đăng nhập tòa soạn' })).toBeVisible();
  await page.getByLabel('Email').fill(user.email.toUpperCase());
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Back where the user was going.
  await expect(page).toHaveURL(/\/toa-soan\/tai-khoan$/);
  await page.getByRole('link', { name: 'Bàn làm việc' }).click();
  await expect(page.getByRole('heading', { name: 'Bàn làm việc' })).toBeVisible();
  await expect(page.getByText(`Xin chào, ${user.name}.`)).toBeVisible();
  await expect(page.getByText('Vai trò: Phóng viên, Biên tập viên.')).toBeVisible();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Bạn đã đăng xuất.');
  const after = await page.goto('/toa-soan');
  expect(after?.url()).toContain('/toa-soan/dang-nhap');
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('wrong password and unknown email get the same answer, in the form and over HTTP', async ({ page, request }) => {
  const user = await createTestUser({ roles: ['editor'] });
  await useOwnAddress(page);
  await page.goto('/toa-soan/dang-nhap');
  for (const email of [user.email, uniqueEmail('khong-co')]) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
    await expect(page).toHaveURL(/\/toa-soan\/dang-nhap/);
  }

  const answer = async (email: string) => {
    const response = await postSignIn(request, { email, password: 'sai-mat-khau-roi' });
    const headers = response.headers();
    // These differ on every response by design.
    for (const name of ['date', 'content-security-policy', 'x-request-id']) delete headers[name];
    return { status: response.status(), body: await response.text(), headers };
  };
  const wrong = await answer(user.email);
  const unknown = await answer(uniqueEmail('khong-co'));
  expect(wrong.status).toBe(401);
  expect(unknown).toEqual(wrong);
  // A deactivated account answers the same too.
  const inactive = await createTestUser({ roles: ['editor'], active: false });
  expect((await postSignIn(request, inactive)).status()).toBe(401);
});

test('five failures lock the account for 15 minutes with 429 and Retry-After; an admin lifts the lock', async ({ page, playwright }) => {
  const user = await createTestUser({ roles: ['editor'] });
  const context = await playwright.request.newContext({ baseURL: BASE_URL });
  // Each attempt from a different address: the account limit alone must hold.
  for (let i = 1; i <= 5; i++) expect((await postSignIn(context, { email: user.email, password: `sai-${i}` })).status(), `attempt ${i}`).toBe(401);
  for (const password of ['sai-6', user.password]) {
    const locked = await postSignIn(context, { email: user.email, password });
    expect(locked.status()).toBe(429);
    const retry = Number(locked.headers()['retry-after']);
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
    expect((await locked.json()).detail).toContain('Đăng nhập tạm thời bị khóa vì nhập sai nhiều lần. Hãy thử lại sau 15 phút');
  }
  expect((await context.get('/api/v1/me')).status()).toBe(401);

  // Unknown emails lock the same way, so a lock reveals nothing about who has an account.
  const ghost = uniqueEmail('ma');
  for (let i = 1; i <= 5; i++) await postSignIn(context, { email: ghost, password: `sai-${i}` });
  expect((await postSignIn(context, { email: ghost, password: 'sai' })).status()).toBe(429);

  // The form shows the lock in Vietnamese.
  await useOwnAddress(page);
  await page.goto('/toa-soan/dang-nhap');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Đăng nhập tạm thời bị khóa');

  // An admin sees the lock on the user's page and lifts it.
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  await page.goto(`/toa-soan/nguoi-dung/${user.id}`);
  await expect(page.getByText('Đang bị khóa, tự mở sau')).toBeVisible();
  await page.getByRole('button', { name: 'Mở khóa đăng nhập' }).click();
  await expect(page.getByText('Không bị khóa')).toBeVisible();
  expect((await postSignIn(context, user)).status()).toBe(200);

  const audit = await withE2eDb((db) =>
    db.select({ action: s.auditLog.action, data: s.auditLog.data }).from(s.auditLog).where(eq(s.auditLog.targetId, user.id)),
  );
  const actions = audit.map((a) => a.action);
  expect(actions.filter((a) => a === 'sign_in.failed')).toHaveLength(5);
  expect(actions).toContain('sign_in.locked');
  expect(actions).toContain('sign_in.lock_cleared');
  expect(actions).toContain('sign_in.succeeded');
  await context.dispose();
});

test('twenty failures from one address lock that address, for every account', async ({ request }) => {
  const ip = uniqueIp();
  const victim = await createTestUser({ roles: ['reporter'] });
  for (let i = 0; i < 20; i++) {
    const response = await postSignIn(request, { email: uniqueEmail('doan'), password: 'sai' }, { ip });
    expect(response.status(), `attempt ${i + 1}`).toBe(401);
  }
  const blocked = await postSignIn(request, victim, { ip });
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  // The same account from another address is fine.
  expect((await postSignIn(request, victim)).status()).toBe(200);
});

test('bad input gets a clear Vietnamese message, never a 500, and nothing secret is stored', async ({ request, page }) => {
  const user = await createTestUser({ roles: ['reporter'] });
  const longPassword = 'mật-khẩu-'.repeat(120); // > 1024 bytes
  const cases: Array<[unknown, number, RegExp]> = [
    [{}, 400, /Hãy nhập email/],
    [{ email: '', password: '' }, 400, /Hãy nhập email/],
    [{ email: user.email, password: '' }, 400, /Hãy nhập mật khẩu/],
    [{ email: 'khong-phai-email', password: 'x' }, 400, /Email không đúng định dạng/],
    [{ email: `${'a'.repeat(250)}@e2e.test`, password: 'x' }, 400, /Email dài quá 254 ký tự/],
    [{ email: 'quаntri@demo.local', password: 'x' }, 400, /chữ cái Latin/], // Cyrillic "а"
    [{ email: user.email, password: longPassword }, 400, /Mật khẩu dài quá 1024 byte/],
    [{ email: 42, password: ['x'] }, 400, /email/i],
    ['không phải JSON', 400, /không hợp lệ/],
    [{ email: user.email, password: 'x'.repeat(40_000) }, 400, /quá lớn/],
  ];
  for (const [data, status, message] of cases) {
    const response = await request.post('/api/auth/sign-in', {
      headers: { Origin: BASE_URL, 'Content-Type': 'application/json', 'X-Forwarded-For': uniqueIp() },
      data: typeof data === 'string' ? data : JSON.stringify(data),
    });
    expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(status);
    expect((await response.json()).detail).toMatch(message);
  }
  // None of that counted as a failed attempt or was written anywhere.
  const stored = JSON.stringify(await withE2eDb((db) => db.select().from(s.signInAttempts).where(eq(s.signInAttempts.email, user.email))));
  expect(stored).toBe('[]');

  // A wrong password is recorded as an attempt and audited, but the password itself is nowhere.
  const secret = `mat-khau-bi-mat-${crypto.randomUUID()}`;
  await postSignIn(request, { email: user.email, password: secret });
  const rows = await withE2eDb(async (db) => [
    ...(await db.select().from(s.signInAttempts).where(eq(s.signInAttempts.email, user.email))),
    ...(await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, user.id))),
  ]);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  expect(JSON.stringify(rows)).not.toContain(secret);

  // The form marks the field in error.
  await useOwnAddress(page);
  await page.goto('/toa-soan/dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Hãy nhập email.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
});

test('without scripts the form still signs in (plain form post, 303 back to the newsroom)', async ({ request }) => {
  const user = await createTestUser({ roles: ['leader'] });
  const ok = await request.post('/api/auth/sign-in', {
    headers: { Origin: BASE_URL, 'X-Forwarded-For': uniqueIp() },
    form: { email: user.email, password: user.password, next: '/toa-soan/tai-khoan' },
    maxRedirects: 0,
  });
  expect(ok.status()).toBe(303);
  expect(ok.headers()['location']).toBe('/toa-soan/tai-khoan');
  const bad = await request.post('/api/auth/sign-in', {
    headers: { Origin: BASE_URL, 'X-Forwarded-For': uniqueIp() },
    form: { email: user.email, password: 'sai', next: 'https://evil.example/' },
    maxRedirects: 0,
  });
  expect(bad.headers()['location']).toBe('/toa-soan/dang-nhap?loi=sai');
  // Never redirected to another site after signing in.
  const offsite = await request.post('/api/auth/sign-in', {
    headers: { Origin: BASE_URL, 'X-Forwarded-For': uniqueIp() },
    form: { email: user.email, password: user.password, next: '//evil.example/' },
    maxRedirects: 0,
  });
  expect(offsite.headers()['location']).toBe('/toa-soan');
});

test('without scripts "Đăng xuất" still signs out (the plain server-action form post)', async ({ browser }) => {
  const user = await createTestUser({ roles: ['reporter'] });
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  try {
    await signIn(context.request, user);
    const page = await context.newPage();
    await page.goto('/toa-soan');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/toa-soan\/dang-nhap\?thong-bao=da-dang-xuat/);
    expect((await context.request.get('/api/v1/me')).status()).toBe(401);
  } finally {
    await context.close();
  }
});
