import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { createTestUser } from '../fixtures/users';

test('staff preview and a share link show the revision as readers would, uncached and unindexed, until revoked', async ({ page, browser }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  await page.goto('/toa-soan/bai-viet');
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài xem trước trước khi đăng');
  await page.getByLabel('Sapo', { exact: true }).fill('Sapo để xem trước.');
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).fill('Nội dung chưa xuất bản.');
  await expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });
  const id = page.url().split('/').pop()!;

  const staff = await page.request.get(`/toa-soan/bai-viet/${id}/xem-truoc`);
  expect(staff.status()).toBe(200);
  expect(await staff.text()).toContain('Nội dung chưa xuất bản.');

  await page.getByRole('button', { name: 'Tạo liên kết chia sẻ' }).click();
  const url = await page.getByLabel('Liên kết (chỉ hiện một lần)').inputValue();
  expect(url).toMatch(/\/xem-truoc\/xem_[A-Za-z0-9_-]{43}$/);

  const outsider = await browser.newContext(); // no account
  const response = await outsider.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/private/);
  expect(response.headers()['cache-control']).toMatch(/no-store/);
  const html = await response.text();
  expect(html).toContain('Bài xem trước trước khi đăng');
  expect(html).toMatch(/<meta name="robots" content="[^"]*noindex/);
  const reader = await outsider.newPage();
  await reader.goto(url);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Bài xem trước trước khi đăng');
  await expect(reader.locator('.article-sapo')).toHaveText('Sapo để xem trước.');

  await page.getByRole('button', { name: 'Thu hồi liên kết' }).click();
  await expect(page.getByText('Đã thu hồi liên kết.')).toBeVisible();
  expect((await outsider.request.get(url)).status()).toBe(404);
  expect((await outsider.request.get('/xem-truoc/xem_khong-hop-le')).status()).toBe(404);
  // Not public: the story itself is on no reader surface.
  expect((await outsider.request.get(`/toa-soan/bai-viet/${id}/xem-truoc`, { maxRedirects: 0 })).status()).toBe(307);
  await outsider.close();
});
