// The media picker as the article editor embeds it: find a photo without typing diacritics, be
// stopped until it has alt text, and get a figure whose alt, caption and credit come from the library.
import { expect, test } from '@playwright/test';
import { photoJpeg, withIptc } from '../../lib/media/testing/fixtures';
import { BASE_URL, signIn } from '../fixtures/auth';
import { createTestUser } from '../fixtures/users';
import { upload, uploaded } from './helpers';

test('choosing a library photo for a story requires alt text and fills the figure from the library', async ({ page }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  const caption = `Quang cảnh phiên thảo luận tổ ${run}`;
  const photo = await uploaded(
    await upload(page.request, { Origin: BASE_URL }, 'thao-luan.jpg', withIptc(await photoJpeg(960, 640, 31), { caption, credit: 'Ảnh: Minh Quân' }), 'image/jpeg'),
  );

  await page.goto('/toa-soan/bai-viet');
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible();
  await page.getByRole('button', { name: 'Chèn ảnh' }).click();

  const dialog = page.getByRole('dialog', { name: 'Chọn ảnh từ thư viện' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: /Tìm theo chú thích/ }).fill(`phien thao luan to ${run}`);
  const results = dialog.getByRole('list', { name: 'Kết quả trong thư viện' }).getByRole('button');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Thiếu alt');
  await results.first().click();
  await expect(results.first()).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Chú thích' })).toHaveValue(caption);
  await expect(dialog.getByRole('textbox', { name: 'Nguồn' })).toHaveValue('Ảnh: Minh Quân');

  await dialog.getByRole('button', { name: 'Chèn ảnh vào bài' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Hãy nhập mô tả thay thế (alt) trước khi chèn ảnh');
  await expect(dialog.getByRole('textbox', { name: /Mô tả thay thế/ })).toBeFocused();

  await dialog.getByRole('textbox', { name: /Mô tả thay thế/ }).fill('Các đại biểu ngồi quanh bàn thảo luận');
  await dialog.getByRole('button', { name: 'Chèn ảnh vào bài' }).click();
  await expect(dialog).toBeHidden();

  const figure = page.getByRole('textbox', { name: 'Nội dung bài viết' }).locator(`figure[data-media-id="${photo.id}"]`);
  await expect(figure).toBeVisible();
  await expect(figure.getByLabel('Mô tả thay thế (alt)')).toHaveValue('Các đại biểu ngồi quanh bàn thảo luận');
  await expect(figure.getByLabel('Chú thích ảnh')).toHaveValue(caption);
  await expect(figure.getByLabel('Nguồn ảnh')).toHaveValue('Ảnh: Minh Quân');
  await expect.poll(() => figure.locator('img').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);

  // The alt text was saved to the library, for the next story that uses the photo.
  const item = await (await page.request.get(`/api/v1/media/${photo.id}`)).json();
  expect(item).toMatchObject({ alt: 'Các đại biểu ngồi quanh bàn thảo luận', needsAlt: false });
});

test('the picker uploads new photos itself and closes with Escape', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['editor'] });
  await signIn(page.request, reporter);
  await page.goto('/toa-soan/bai-viet');
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  await page.getByRole('button', { name: 'Chèn ảnh' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chọn ảnh từ thư viện' });
  await dialog.locator('input[type=file]').setInputFiles([
    { name: 'moi-tai.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg(500, 300, 32) },
    { name: 'tai-lieu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
  ]);
  await expect(dialog.getByText('Đã tải lên 1/2 tệp, 1 tệp lỗi.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('Ở đây chỉ chèn được ảnh.', { exact: false })).toBeVisible();
  // The new photo is chosen at once, ready for its alt text.
  await expect(dialog.getByRole('textbox', { name: /Mô tả thay thế/ })).toHaveValue('');
  await expect(dialog.getByText(/moi-tai\.jpg/).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
