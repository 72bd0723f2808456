// The library at /toa-soan/thu-vien in a real browser: a meeting's photo set uploaded at once with
// a progress bar and an error per file, paste and drop, search without diacritics, metadata with
// required alt text, "used in", and delete.
import { expect, test, type Page } from '@playwright/test';
import { photoJpeg, SVG_WITH_SCRIPT, truncatedJpeg, withIptc } from '../../lib/media/testing/fixtures';
import { signIn } from '../fixtures/auth';
import { createTestUser } from '../fixtures/users';

const run = crypto.randomUUID().slice(0, 6);

async function openLibrary(page: Page, roles: Array<'reporter' | 'editor' | 'leader' | 'admin'> = ['reporter']) {
  const user = await createTestUser({ roles });
  await signIn(page.request, user);
  await page.goto('/toa-soan/thu-vien');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện ảnh và tài liệu' })).toBeVisible();
  return user;
}

test('a meeting’s whole photo set uploads at once: a progress bar and a result per file, failures do not stop the rest', async ({ page }) => {
  // Twenty photos are each decoded and encoded nine ways on the server: give it room on a slow machine.
  test.setTimeout(240_000);
  await openLibrary(page);
  const photos = await Promise.all(Array.from({ length: 20 }, async (_, i) => ({ name: `hoi-nghi-${run}-${String(i + 1).padStart(2, '0')}.jpg`, mimeType: 'image/jpeg', buffer: await photoJpeg(640, 427, i + 1) })));
  const bad = [
    { name: 've-so-do.svg', mimeType: 'image/svg+xml', buffer: SVG_WITH_SCRIPT },
    { name: `dut-${run}.jpg`, mimeType: 'image/jpeg', buffer: await truncatedJpeg() },
  ];
  // The bad files sit in the middle of the set.
  await page.locator('input[type=file]').setInputFiles([...photos.slice(0, 10), ...bad, ...photos.slice(10)]);

  const list = page.getByRole('list', { name: 'Tệp tải lên' });
  await expect(list.getByRole('listitem')).toHaveCount(22);
  await expect(list.getByRole('progressbar')).toHaveCount(22);
  await expect(page.getByText('Đã tải lên 20/22 tệp, 2 tệp lỗi.')).toBeVisible({ timeout: 200_000 });
  await expect(list.locator('li[data-status="done"]')).toHaveCount(20);
  await expect(list.getByRole('listitem').filter({ hasText: 've-so-do.svg' })).toContainText('Không nhận tệp SVG');
  await expect(list.getByRole('listitem').filter({ hasText: `dut-${run}.jpg` })).toContainText('bị hỏng hoặc không đầy đủ');
  await expect(list.getByRole('progressbar', { name: `Tiến độ tải lên hoi-nghi-${run}-01.jpg` })).toHaveAttribute('value', '100');

  // The grid shows them, found by file name.
  await page.getByRole('searchbox', { name: /Tìm theo chú thích/ }).fill(`hoi-nghi-${run}`);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^20 tệp khớp/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tệp trong thư viện' }).getByRole('listitem')).toHaveCount(20);
});

test('paste and drag and drop feed the same queue', async ({ page }) => {
  await openLibrary(page);
  const png = (await photoJpeg(300, 200, 40)).toString('base64');
  const list = page.getByRole('list', { name: 'Tệp tải lên' });
  // The page's listeners exist only once React has hydrated it, and a paste or a drop before that
  // is simply lost (as it would be for a person acting in the page's first instant). CI once
  // pasted before hydration: repeat an action until its file is in the queue, exactly once.
  async function untilQueued(name: string, act: () => Promise<unknown>) {
    await expect(async () => {
      if ((await list.getByRole('listitem').filter({ hasText: name }).count()) === 0) await act();
      await expect(list.getByRole('listitem').filter({ hasText: name })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  }
  // Paste anywhere on the page (a screenshot from the clipboard).
  await untilQueued('anh-dan.jpg', () =>
    page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'anh-dan.jpg', { type: 'image/jpeg' }));
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, png),
  );
  // Drop onto the zone.
  await untilQueued('anh-keo-tha.jpg', async () => {
    const transfer = await page.evaluateHandle(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'anh-keo-tha.jpg', { type: 'image/jpeg' }));
      return data;
    }, png);
    await page.getByTestId('vung-tai-len').dispatchEvent('drop', { dataTransfer: transfer });
  });
  await expect(list.locator('li[data-status="done"]').filter({ hasText: 'anh-dan.jpg' })).toBeVisible({ timeout: 30_000 });
  await expect(list.locator('li[data-status="done"]').filter({ hasText: 'anh-keo-tha.jpg' })).toBeVisible({ timeout: 30_000 });
  await expect(list.getByRole('listitem')).toHaveCount(2);
});

test('search without diacritics, edit metadata with required alt text, see where it is used, delete when unused', async ({ page }) => {
  await openLibrary(page, ['editor']);
  const caption = `Đồng chí Trưởng Ban phát biểu khai mạc Hội nghị ${run}`;
  await page.locator('input[type=file]').setInputFiles({ name: `khai-mac-${run}.jpg`, mimeType: 'image/jpeg', buffer: withIptc(await photoJpeg(800, 533, 77), { caption, credit: 'Ảnh: Văn Điệp' }) });
  await expect(page.getByText('Đã tải lên 1/1 tệp.')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('searchbox', { name: /Tìm theo chú thích/ }).fill(`truong ban phat bieu khai mac ${run}`);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  const results = page.getByRole('list', { name: 'Tệp trong thư viện' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Thiếu alt');
  await expect(results.first()).toContainText('Ảnh: Văn Điệp');
  await results.first().getByRole('link').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(caption);
  await expect(page.getByRole('textbox', { name: 'Chú thích', exact: true })).toHaveValue(caption);
  await expect(page.getByRole('textbox', { name: 'Nguồn', exact: true })).toHaveValue('Ảnh: Văn Điệp');
  const alt = page.getByRole('textbox', { name: /Mô tả thay thế/ });
  await expect(alt).toHaveValue('');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Hãy nhập mô tả thay thế (alt)');
  await expect(alt).toBeFocused();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await alt.fill('Đồng chí Trưởng Ban đứng phát biểu trên bục, phía sau là phông hội nghị');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Đã lưu thông tin tệp.');
  await page.reload();
  await expect(alt).toHaveValue('Đồng chí Trưởng Ban đứng phát biểu trên bục, phía sau là phông hội nghị');
  await expect(page.getByRole('img', { name: /Trưởng Ban đứng phát biểu/ })).toHaveAttribute('width', '800');

  await expect(page.getByRole('region', { name: 'Được dùng trong' })).toContainText('Chưa được dùng trong bài viết nào.');
  await page.getByRole('button', { name: 'Xóa tệp…' }).click();
  await page.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await expect(page).toHaveURL(/\/toa-soan\/thu-vien\?da_xoa=1$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Đã xóa tệp khỏi thư viện.');
});

test('an item in use shows its stories and offers no delete', async ({ page }) => {
  await openLibrary(page, ['reporter']);
  await page.locator('input[type=file]').setInputFiles({ name: `dung-${run}.jpg`, mimeType: 'image/jpeg', buffer: await photoJpeg(400, 300, 5) });
  const done = page.getByRole('list', { name: 'Tệp tải lên' }).locator('li[data-status="done"]');
  await expect(done).toHaveCount(1, { timeout: 30_000 });
  const href = await done.getByRole('link', { name: 'Sửa thông tin' }).getAttribute('href');
  const id = href!.split('/').pop()!;
  // The reporter's own story uses the photo (through the API, with the browser's session).
  const title = `Bài dùng ảnh ${run}`;
  const body = { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: id, alt: 'Ảnh minh họa', caption: '', credit: '' } }] };
  const created = await page.request.post('/api/v1/articles', { headers: { Origin: new URL(page.url()).origin }, data: { title, body } });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto(`/toa-soan/thu-vien/${id}`);
  await expect(page.getByRole('region', { name: 'Được dùng trong' }).getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByText('Không xóa được: tệp đang được dùng trong 1 bài viết.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xóa tệp…' })).toHaveCount(0);
});

test('the drop zone works from the keyboard and says what it accepts', async ({ page }) => {
  await openLibrary(page);
  const choose = page.getByRole('button', { name: 'Chọn tệp…' });
  await choose.focus();
  await expect(choose).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  const fileChooser = await chooser;
  expect(fileChooser.isMultiple()).toBe(true);
  // Photos and documents have their own limit; videos theirs (a 200 MB photo is never accepted).
  await expect(page.getByText(/tối đa 20 MB mỗi tệp, ảnh tối đa 40 triệu điểm ảnh, video tối đa 200 MB/)).toBeVisible();
});
