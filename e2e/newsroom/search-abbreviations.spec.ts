import { expect, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestUser } from '../fixtures/users';

test('an admin adds, edits and deletes an abbreviation, and readers find stories through it', async ({ page, browser }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  const tag = `ZQ${crypto.randomUUID().slice(0, 6).toUpperCase()}`;
  await page.goto('/toa-soan/cai-dat');
  await page.getByRole('link', { name: 'Từ viết tắt trong tìm kiếm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ viết tắt trong tìm kiếm');

  const add = page.getByRole('form', { name: 'Thêm mục viết tắt' });
  // Bad input: the same letters on both sides is refused with a message saying what to fix.
  await add.getByLabel('Viết tắt').fill(tag);
  await add.getByLabel('Dạng đầy đủ').fill(tag.toLowerCase());
  await add.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dạng viết tắt và dạng đầy đủ phải khác nhau.' })).toBeVisible();

  await add.getByLabel('Viết tắt').fill(tag);
  await add.getByLabel('Dạng đầy đủ').fill('Trung tâm Thông tin, Phân tích và Dự báo kinh tế');
  await add.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã thêm mục viết tắt.');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/tim-kiem?q=${tag}`);
  await expect(reader.locator('.search-results h2', { hasText: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế công bố báo cáo' })).toBeVisible();

  const row = page.getByRole('form', { name: `Mục viết tắt ${tag}` });
  await row.getByLabel('Dạng đầy đủ').fill('cụm từ không có trong bài nào');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu mục viết tắt.');
  await reader.goto(`/tim-kiem?q=${tag}`);
  await expect(reader.locator('.search-results h2')).toHaveCount(0);

  await page.getByRole('button', { name: `Xóa mục viết tắt ${tag}` }).click();
  await expect(page.getByRole('status')).toHaveText('Đã xóa mục viết tắt.');
  const left = await withE2eDb((db) => db.select().from(s.searchAbbreviations).where(eq(s.searchAbbreviations.short, tag)));
  expect(left).toEqual([]);
});
