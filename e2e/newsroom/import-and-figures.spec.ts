import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { sampleDocx } from '../../lib/data/articles/tests/docx-fixture';
import { signIn } from '../fixtures/auth';
import { createTestUser } from '../fixtures/users';

const saved = (page: import('@playwright/test').Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });

test('a .docx made by the test becomes a draft with its title, table and captioned photo', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  await page.goto('/toa-soan/bai-viet');
  await page.getByLabel('Nhập bài từ tệp Word (.docx)').setInputFiles({
    name: 'giao-ban.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await sampleDocx({ title: 'Giao ban kinh tế vùng (nhập từ Word)' }),
  });
  await page.getByRole('button', { name: 'Nhập thành bản nháp' }).click();
  await expect(page.getByText(/Đã nhập bài từ tệp Word thành bản nháp\. Đã nhập 1 ảnh\./)).toBeVisible();
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Giao ban kinh tế vùng (nhập từ Word)');
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await expect(body.locator('table')).toContainText('Đồng bằng sông Hồng');
  await expect(body.getByLabel('Chú thích ảnh')).toHaveValue('Quang cảnh hội nghị giao ban');
  const img = body.locator('figure img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
});

test('a broken .docx is refused with a clear message and nothing is created', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  await page.goto('/toa-soan/bai-viet');
  await page.getByLabel('Nhập bài từ tệp Word (.docx)').setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải tệp Word') });
  await page.getByRole('button', { name: 'Nhập thành bản nháp' }).click();
  await expect(page.getByText('Đây không phải tệp .docx (Word)')).toBeVisible();
  await expect(page.getByRole('cell', { name: /không phải/ })).toHaveCount(0);
});

test('an image pasted into the body goes to the library and becomes a figure whose caption and alt are saved', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  await page.goto('/toa-soan/bai-viet');
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  const png = (await sharp({ create: { width: 800, height: 533, channels: 3, background: { r: 160, g: 30, b: 30 } } }).png().toBuffer()).toString('base64');
  await body.evaluate((element, base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'quang-canh.png', { type: 'image/png' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, png);
  const figure = body.locator('figure');
  await expect(figure.locator('img')).toBeVisible({ timeout: 20_000 });
  await figure.getByLabel('Mô tả thay thế (alt)').fill('Đại biểu dự hội nghị');
  await figure.getByLabel('Chú thích ảnh').fill('Quang cảnh hội nghị');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' }).locator('figure').getByLabel('Chú thích ảnh')).toHaveValue('Quang cảnh hội nghị');
  await expect(page.getByTestId('danh-sach-kiem-tra')).toContainText('✓ Mọi ảnh có mô tả thay thế (alt)');
});
