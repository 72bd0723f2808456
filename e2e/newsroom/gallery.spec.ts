// A photo gallery from the editor to the reader (issue #22): an editor builds a gallery of three
// library photos with captions and reorders it, the story goes through the real workflow to
// publication, and a reader sees the grid and opens the full views by keyboard and without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { photoJpeg } from '../../lib/media/testing/fixtures';
import { BASE_URL, signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { createTestApiToken, createTestUser } from '../fixtures/users';
import { upload, uploaded } from '../media/helpers';

type Auth = { Authorization: string };
const fire = (request: APIRequestContext, who: Auth, id: string, body: object, ifMatch?: string) =>
  request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...who, ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, data: body });
const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });

async function pick(page: Page, dialogName: string, query: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: /Tìm theo chú thích/ }).fill(query);
  const results = dialog.getByRole('list', { name: 'Kết quả trong thư viện' }).getByRole('button');
  await expect(results).toHaveCount(1);
  await results.first().click();
  await dialog.getByRole('button', { name: 'Chèn ảnh vào bài' }).click();
  await expect(dialog).toBeHidden();
}

test('an editor builds and reorders a gallery; readers open its photos by keyboard and without JavaScript', async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  const run = crypto.randomUUID().slice(0, 6);
  const [editor, leader] = await Promise.all([createTestUser({ roles: ['editor'] }), createTestUser({ roles: ['leader'] })]);
  const staff = { editor: { Authorization: `Bearer ${await createTestApiToken(editor.id)}` }, leader: { Authorization: `Bearer ${await createTestApiToken(leader.id)}` } };
  await signIn(page.request, editor);
  // Each word holds a letter a hex run id cannot (the library search matches substrings: 'ba' once
  // matched a run id such as '3ba1f0', so all three photos answered the search for the third).
  for (const [i, word] of ['mot', 'hai', 'bay'].entries()) {
    await uploaded(
      await upload(page.request, { Origin: BASE_URL }, `bo-anh-${word}.jpg`, await photoJpeg(960, 640, 40 + i), 'image/jpeg', {
        alt: `Ảnh số ${i + 1} của bộ ảnh`,
        caption: `Bo anh ${run} ${word}`,
      }),
    );
  }
  const created = await request.post('/api/v1/articles', {
    headers: staff.editor,
    data: { title: `Bộ ảnh hội nghị ${run}`, sapo: 'Những hình ảnh của hội nghị.', sectionId: await demoSectionId(), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu.' }] }] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string; slug: string };

  // The editor builds the gallery: first photo from the toolbar, two more from the gallery itself.
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.getByRole('button', { name: 'Chèn bộ ảnh' }).click();
  await pick(page, 'Chọn ảnh đầu tiên của bộ ảnh', `bo anh ${run} mot`);
  const gallery = body.getByRole('region', { name: /Bộ ảnh/ });
  for (const word of ['hai', 'bay']) {
    await gallery.getByRole('button', { name: 'Thêm ảnh vào bộ ảnh' }).click();
    await pick(page, 'Thêm ảnh vào bộ ảnh', `bo anh ${run} ${word}`);
  }
  const photos = gallery.getByTestId('anh-trong-bo');
  await expect(photos).toHaveCount(3);
  for (const [i, caption] of ['Đại biểu đến dự', 'Phát biểu khai mạc', 'Toàn cảnh hội trường'].entries()) {
    await photos.nth(i).getByLabel('Chú thích ảnh').fill(caption);
  }
  await photos.nth(2).getByLabel('Nguồn ảnh').fill('Văn Điệp');
  // Reorder by keyboard: the third photo goes first (two moves up), focus follows it.
  await photos.nth(2).getByRole('button', { name: 'Chuyển ảnh 3 lên trên' }).focus();
  await page.keyboard.press('Enter');
  await expect(gallery.getByRole('button', { name: 'Chuyển ảnh 2 lên trên' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(gallery.getByRole('status')).toHaveText('Đã chuyển ảnh 2 đến vị trí 1/3.');
  await expect(photos.nth(0).getByLabel('Chú thích ảnh')).toHaveValue('Toàn cảnh hội trường');
  await saved(page);
  await page.reload();
  const reloaded = page.getByRole('textbox', { name: 'Nội dung bài viết' }).getByTestId('anh-trong-bo');
  await expect(reloaded.nth(0).getByLabel('Chú thích ảnh')).toHaveValue('Toàn cảnh hội trường');
  await expect(reloaded.nth(1).getByLabel('Chú thích ảnh')).toHaveValue('Đại biểu đến dự');

  // The real workflow: submit, forward, approve (bound to the content hash), publish.
  expect((await fire(request, staff.editor, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fire(request, staff.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  const etag = (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.leader })).headers()['etag']!;
  expect((await fire(request, staff.leader, article.id, { event: 'approve' }, etag)).status()).toBe(200);
  const published = await fire(request, staff.editor, article.id, { event: 'publish' });
  expect(published.status(), await published.text()).toBe(200);
  const slug = ((await (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.editor })).json()) as { slug: string }).slug;

  // A reader sees the grid in the editor's order, with captions and the credit.
  const readerContext = await browser.newContext({ baseURL: BASE_URL });
  const reader = await readerContext.newPage();
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}`)).status()).toBe(200);
  await reader.goto(`/bai-viet/${slug}`);
  const grid = reader.getByRole('region', { name: 'Bộ ảnh (3 ảnh)' });
  await expect(grid.locator('.gallery-item figcaption .figure-caption')).toHaveText(['Toàn cảnh hội trường', 'Đại biểu đến dự', 'Phát biểu khai mạc']);
  await expect(grid.locator('.gallery-item').first()).toContainText('Ảnh: Văn Điệp');
  const results = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Keyboard: the thumbnail is a link; Enter opens the full view, whose links go on and back.
  const first = grid.getByRole('link', { name: /^Xem ảnh lớn 1\/3/ });
  await first.focus();
  await reader.keyboard.press('Enter');
  const view1 = grid.getByRole('group', { name: 'Ảnh 1/3' });
  await expect(view1).toBeVisible();
  await expect(view1.locator('img')).toHaveAttribute('alt', 'Ảnh số 3 của bộ ảnh');
  const open = await new AxeBuilder({ page: reader }).include('.gallery-view:target').analyze();
  expect(open.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await view1.getByRole('link', { name: 'Ảnh sau →' }).focus();
  await reader.keyboard.press('Enter');
  await expect(grid.getByRole('group', { name: 'Ảnh 2/3' })).toBeVisible();
  await expect(view1).toBeHidden();
  await grid.getByRole('group', { name: 'Ảnh 2/3' }).getByRole('link', { name: 'Đóng' }).focus();
  await reader.keyboard.press('Enter');
  await expect(grid.getByRole('group', { name: /^Ảnh \d\/3$/ })).toHaveCount(0);
  await expect(grid.getByRole('link', { name: /^Xem ảnh lớn 2\/3/ })).toBeInViewport();

  // Without JavaScript the same links work: nothing in the lightbox depends on a script.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: BASE_URL });
  const plain = await noScript.newPage();
  await plain.goto(`/bai-viet/${slug}`);
  const plainGrid = plain.getByRole('region', { name: 'Bộ ảnh (3 ảnh)' });
  await plainGrid.getByRole('link', { name: /^Xem ảnh lớn 3\/3/ }).click();
  const view3 = plainGrid.getByRole('group', { name: 'Ảnh 3/3' });
  await expect(view3).toBeVisible();
  await expect(view3).toContainText('Phát biểu khai mạc');
  await view3.getByRole('link', { name: 'Ảnh sau →' }).click();
  await expect(plainGrid.getByRole('group', { name: 'Ảnh 1/3' })).toBeVisible();
  expect(plain.url()).toContain('-xem-1');
  await plainGrid.getByRole('group', { name: 'Ảnh 1/3' }).getByRole('link', { name: 'Đóng' }).click();
  await expect(plainGrid.getByRole('group', { name: /^Ảnh \d\/3$/ })).toHaveCount(0);
  await noScript.close();
  await readerContext.close();
});
