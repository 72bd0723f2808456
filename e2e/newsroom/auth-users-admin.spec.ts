// The users admin: create an account with a one-time set-password link, change roles, deactivate
// and reactivate; personal API tokens created in the UI.
import { expect, test } from '@playwright/test';
import { BASE_URL, postSignIn, signIn } from '../fixtures/auth';
import { createTestUser, uniqueEmail, userRow } from '../fixtures/users';

test('an admin creates a user, who sets a password with the one-time link and signs in', async ({ page, browser }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  await page.goto('/toa-soan/nguoi-dung');
  await expect(page.getByRole('heading', { name: 'Người dùng', level: 1 })).toBeVisible();

  const form = page.locator('form', { has: page.getByRole('button', { name: 'Tạo tài khoản' }) });
  // Bad input first: clear messages, nothing created.
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(form.getByRole('alert')).toHaveText('Hãy nhập email.');
  await form.getByLabel('Email').fill('nguoі@e2e.test'); // Ukrainian "і"
  await form.getByLabel('Họ tên').fill('Nguyễn Văn Mới');
  await form.getByLabel('Phóng viên').check();
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(form.getByRole('alert')).toContainText('chữ cái Latin');
  await form.getByLabel('Email').fill(admin.email);
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(form.getByRole('alert')).toHaveText(`Đã có tài khoản với email ${admin.email}.`);

  const email = uniqueEmail('moi');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Họ tên').fill('Nguyễn Văn Mới');
  await form.getByLabel('Phóng viên').check();
  await form.getByLabel('Biên tập viên').check();
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(form.getByRole('status')).toContainText(`Đã tạo tài khoản ${email}.`);
  await expect(form.getByRole('status')).toContainText('Chưa cấu hình máy chủ thư');
  const link = await form.getByLabel('Liên kết đặt mật khẩu').inputValue();
  expect(link).toMatch(new RegExp(`^${BASE_URL}/toa-soan/dat-mat-khau/pwd_[A-Za-z0-9_-]{43}$`));
  // The list is paged (50 a page) with a search: the new account is found by a folded name word and its email.
  const search = page.getByRole('search');
  await search.getByLabel('Tìm theo họ tên hoặc email').fill(`moi ${email}`);
  await search.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByText(`1 tài khoản khớp “moi ${email}”.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await search.getByLabel('Tìm theo họ tên hoặc email').fill(`khong-co-ai-${email}`);
  await search.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByText(/^Không có tài khoản nào khớp/)).toBeVisible();

  // The new user, in another browser.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByText('Tài khoản: Nguyễn Văn Mới')).toBeVisible();
  await newcomer.getByLabel('Mật khẩu mới').fill('ngan');
  await newcomer.getByLabel('Nhập lại mật khẩu').fill('ngan');
  await newcomer.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(newcomer.getByRole('main').getByRole('alert')).toHaveText('Mật khẩu cần ít nhất 10 ký tự.');
  await newcomer.getByLabel('Mật khẩu mới').fill('mat-khau-cua-toi-2026');
  await newcomer.getByLabel('Nhập lại mật khẩu').fill('mat-khau-cua-toi-2026');
  await newcomer.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(newcomer.getByRole('main').getByRole('status')).toHaveText('Đã đặt mật khẩu. Hãy đăng nhập.');
  await newcomer.getByLabel('Email').fill(email);
  await newcomer.getByLabel('Mật khẩu').fill('mat-khau-cua-toi-2026');
  await newcomer.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(newcomer.getByText('Vai trò: Phóng viên, Biên tập viên.')).toBeVisible();

  // The link worked once.
  await newcomer.goto(link);
  await expect(newcomer.getByRole('main').getByRole('alert')).toContainText('không hợp lệ, đã hết hạn hoặc đã được dùng');
  await context.close();
});

test('an admin changes roles, deactivates and reactivates an account', async ({ page, request }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  const user = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, admin);
  await page.goto(`/toa-soan/nguoi-dung/${user.id}`);
  await expect(page.getByRole('heading', { name: user.name })).toBeVisible();

  const roles = page.locator('form', { has: page.getByRole('button', { name: 'Lưu vai trò' }) });
  await roles.getByLabel('Phóng viên').uncheck();
  await roles.getByRole('button', { name: 'Lưu vai trò' }).click();
  await expect(roles.getByRole('alert')).toHaveText('Hãy chọn ít nhất một vai trò.');
  await roles.getByLabel('Lãnh đạo').check();
  await roles.getByRole('button', { name: 'Lưu vai trò' }).click();
  await expect(roles.getByRole('status')).toHaveText('Đã lưu vai trò. Người dùng sẽ phải đăng nhập lại.');
  expect((await userRow(user.id))!.roles).toEqual(['leader']);

  await page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
  await expect(page.getByRole('button', { name: 'Kích hoạt lại tài khoản' })).toBeVisible();
  expect((await userRow(user.id))!.isActive).toBe(false);
  expect((await postSignIn(request, user)).status()).toBe(401);
  await page.getByRole('button', { name: 'Kích hoạt lại tài khoản' }).click();
  await expect(page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' })).toBeVisible();
  expect((await postSignIn(request, user)).status()).toBe(200);

  // The security log lists what happened, with who did it.
  await page.reload();
  const log = page.getByRole('region', { name: 'Nhật ký bảo mật' });
  for (const text of ['Đổi vai trò', 'Vô hiệu hóa tài khoản', 'Kích hoạt lại tài khoản', 'Đăng nhập thành công']) await expect(log.getByText(text).first()).toBeVisible();
  await expect(log.getByText(`(bởi ${admin.name})`).first()).toBeVisible();

  // An admin cannot deactivate themself.
  await page.goto(`/toa-soan/nguoi-dung/${admin.id}`);
  await page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Bạn không thể tự vô hiệu hóa tài khoản của chính mình.');
});

test('a personal API token is shown once, works as Bearer with the owner\'s roles, and can be revoked', async ({ page, request }) => {
  const user = await createTestUser({ roles: ['leader'] });
  await signIn(page.request, user);
  await page.goto('/toa-soan/tai-khoan');
  await page.getByLabel('Tên token').fill('Nhập tin tự động');
  await page.getByRole('button', { name: 'Tạo token' }).click();
  const token = await page.getByLabel('Token mới').inputValue();
  expect(token).toMatch(/^ktw_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('cell', { name: 'Nhập tin tự động', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: `${token.slice(0, 10)}…` })).toBeVisible();

  const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ id: user.id, roles: ['leader'] });
  expect((await request.get('/api/v1/users', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(403);

  // Shown once: a reload shows the prefix only.
  await page.reload();
  expect(await page.content()).not.toContain(token);
  await page.getByRole('button', { name: 'Thu hồi token Nhập tin tự động' }).click();
  await expect(page.getByText(/^Đã thu hồi/)).toBeVisible();
  expect((await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
});
