import { expect, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser } from '../fixtures/users';

test('renaming the agency is a settings change that readers see at once', async ({ page, browser }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  await page.goto('/toa-soan/cai-dat');
  const nameField = page.getByLabel('Tên cơ quan', { exact: true });
  const original = await nameField.inputValue();
  try {
    await nameField.fill('Ban Thử Nghiệm Đổi Tên');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu cấu hình cổng thông tin.');
    const reader = await (await browser.newContext()).newPage();
    await reader.goto('/');
    await expect(reader.getByRole('banner')).toContainText('Ban Thử Nghiệm Đổi Tên');
    // Bad input: an empty name is refused and nothing changes.
    await page.getByLabel('Tên cơ quan', { exact: true }).fill('');
    await page.getByLabel('Email', { exact: true }).fill('khong-phai-email');
    await page.getByLabel('Tên cơ quan', { exact: true }).evaluate((el: HTMLInputElement) => el.removeAttribute('required'));
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Hãy nhập tên cơ quan.' })).toBeVisible();
    const [row] = await withE2eDb((db) => db.select().from(s.siteSettings).limit(1));
    expect(row!.agencyName).toBe('Ban Thử Nghiệm Đổi Tên');
  } finally {
    await withE2eDb((db) => db.update(s.siteSettings).set({ agencyName: original }).where(eq(s.siteSettings.id, 1)));
  }
});

test('an admin switches a checklist rule off for one section, and a story there can be submitted without a sapo', async ({ page }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  await page.goto('/toa-soan/cai-dat');
  const name = `Tin nhanh ${crypto.randomUUID().slice(0, 4)}`;
  await page.getByLabel('Chuyên mục mới').fill(name);
  await page.getByRole('button', { name: 'Thêm chuyên mục' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã thêm chuyên mục.');
  const form = page.getByRole('form', { name: `Chuyên mục ${name}` });
  await form.getByLabel('Có sapo (đoạn mở đầu in đậm)').uncheck();
  await form.getByRole('button', { name: 'Lưu chuyên mục' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu chuyên mục.');
  const [section] = await withE2eDb((db) => db.select().from(s.sections).where(eq(s.sections.name, name)));
  expect(section!.checklist).toMatchObject({ sapo: false, title: true });

  // The English interface's name of the section is a setting too; too long a name is refused and the saved one stays.
  await form.getByLabel('Tên tiếng Anh').fill('Quick news');
  // The page already says "Đã lưu chuyên mục." from the save above: wait for this save's answer itself.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/toa-soan/cai-dat'),
    form.getByRole('button', { name: 'Lưu chuyên mục' }).click(),
  ]);
  await expect(page.getByRole('status')).toHaveText('Đã lưu chuyên mục.');
  const english = await page.request.get(`/en/chuyen-muc/${section!.slug}`);
  expect(await english.text()).toContain('Quick news');
  // React resets a form when its action completes, which may land after the response above: a value
  // typed in between is reset before the click. Type and send again until the refusal shows.
  await expect(async () => {
    await page.getByRole('form', { name: `Chuyên mục ${name}` }).getByLabel('Tên tiếng Anh').fill('x'.repeat(121));
    await page.getByRole('form', { name: `Chuyên mục ${name}` }).getByRole('button', { name: 'Lưu chuyên mục' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Tối đa 120 ký tự.' })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  const [kept] = await withE2eDb((db) => db.select().from(s.sections).where(eq(s.sections.id, section!.id)));
  expect(kept!.nameEn).toBe('Quick news');

  const reporter = await createTestUser({ roles: ['reporter'] });
  const auth = { Authorization: `Bearer ${await createTestApiToken(reporter.id)}` };
  const created = await (await page.request.post('/api/v1/articles', { headers: auth, data: { title: 'Tin nhanh không sapo', sectionId: section!.id } })).json();
  const submitted = await page.request.post(`/api/v1/articles/${created.id}/transitions`, { headers: auth, data: { event: 'submit' } });
  expect(submitted.status(), await submitted.text()).toBe(200);
});
