// A document card in a story (issue #21): an editor publishes a document with its PDF, embeds it in
// a story by searching its number, the story goes through the workflow to publication, and a reader
// sees the card and downloads the file. Withdrawn from the portal, the document leaves the story's
// cached page too (the document change revalidates the stories that embed it).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { minimalPdf } from '../../lib/media/testing/fixtures';
import { BASE_URL, signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { createTestApiToken, createTestUser } from '../fixtures/users';

type Auth = { Authorization: string };
const fire = (request: APIRequestContext, who: Auth, id: string, body: object, ifMatch?: string) =>
  request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...who, ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, data: body });
const word = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join('');

test('an editor embeds a published document in a story; the reader sees its card and downloads the file', async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  const mark = word();
  const number = `${Math.floor(Math.random() * 90_000) + 10_000}/QĐ-BKTTW`;
  const [editor, leader] = await Promise.all([createTestUser({ roles: ['editor'] }), createTestUser({ roles: ['leader'] })]);
  const staff = { editor: { Authorization: `Bearer ${await createTestApiToken(editor.id)}` }, leader: { Authorization: `Bearer ${await createTestApiToken(leader.id)}` } };
  await signIn(page.request, editor);

  // The document, published with its PDF.
  await page.goto('/toa-soan/van-ban/moi');
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định' });
  await page.getByLabel('Số, ký hiệu').fill(number);
  await page.getByLabel('Cơ quan ban hành').fill(`Ban Kinh tế Trung ương ${mark}`);
  await page.getByLabel('Ngày ban hành').fill('2025-03-07');
  await page.getByLabel('Trích yếu').fill(`Về quy chế làm việc thử nghiệm ${mark}`);
  await page.getByLabel(/Tệp văn bản/).setInputFiles({ name: 'quy-che.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu bản nháp văn bản.');
  const documentUrl = page.url();
  await page.getByRole('button', { name: 'Đăng lên cổng' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đăng văn bản lên cổng.');

  // The story: the editor finds the document by its number and inserts the card.
  const created = await request.post('/api/v1/articles', {
    headers: staff.editor,
    data: { title: `Quy chế làm việc mới ${mark}`, sapo: 'Ban ban hành quy chế mới.', sectionId: await demoSectionId(), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Toàn văn quyết định:' }] }] } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string };
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Chèn văn bản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chèn văn bản vào bài' });
  await dialog.getByLabel('Tìm văn bản đã đăng theo số ký hiệu hoặc trích yếu').fill(number);
  await expect(dialog.getByRole('status')).toHaveText('1 văn bản phù hợp.');
  await dialog.getByRole('button', { name: new RegExp(`Quyết định số ${number.replace('/', '\\/')}`) }).click();
  await expect(dialog).toBeHidden();
  const card = body.getByRole('complementary', { name: 'Thẻ văn bản' });
  await expect(card).toContainText(`Quyết định số ${number} · Ngày ban hành 07/03/2025`);
  await expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });

  // Through the workflow to publication.
  expect((await fire(request, staff.editor, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fire(request, staff.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  const etag = (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.leader })).headers()['etag']!;
  expect((await fire(request, staff.leader, article.id, { event: 'approve' }, etag)).status()).toBe(200);
  const published = await fire(request, staff.editor, article.id, { event: 'publish' });
  expect(published.status(), await published.text()).toBe(200);
  const slug = ((await (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.editor })).json()) as { slug: string }).slug;

  // The reader sees the card and downloads the file.
  const readerContext = await browser.newContext({ baseURL: BASE_URL });
  const reader = await readerContext.newPage();
  await reader.goto(`/bai-viet/${slug}`);
  const readerCard = reader.getByRole('complementary', { name: `Quyết định số ${number}` });
  await expect(readerCard).toContainText('Ngày ban hành: 07/03/2025');
  await expect(readerCard).toContainText(`Về quy chế làm việc thử nghiệm ${mark}`);
  await expect(readerCard.getByRole('link', { name: `Số ${number}` })).toHaveAttribute('href', /^\/van-ban\/quyet-dinh-/);
  const axe = await new AxeBuilder({ page: reader }).include('.document-card').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  const download = reader.waitForEvent('download');
  await readerCard.getByRole('link', { name: /Tải về quy-che\.pdf \(PDF/ }).click();
  expect((await download).suggestedFilename()).toBe('quy-che.pdf');

  // Withdrawn, the document leaves the story's page (revalidated with it): no card, no file link.
  await page.goto(documentUrl);
  await page.getByRole('button', { name: 'Gỡ khỏi cổng' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã gỡ văn bản khỏi cổng (trở về bản nháp).');
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}`)).text(), { timeout: 15_000 }).not.toContain(number);
  await readerContext.close();
});
