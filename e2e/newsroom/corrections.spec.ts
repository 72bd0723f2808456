// A correction ("Đính chính") on a live story, in the browser: the editor writes it beside the update,
// the leader sees it on the approval screen and signs it, and readers get it dated at the top of the
// story, on /dinh-chinh, in the story's JSON-LD and in the feed. A story never published has nothing
// to correct.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { createStaffTeam, fireTransition as fire, storyDoc as doc, type StaffAuth as Auth } from '../fixtures/workflow';

const etag = async (request: APIRequestContext, who: Auth, id: string) => (await request.get(`/api/v1/articles/${id}`, { headers: who })).headers()['etag']!;

test('a correction goes through sign-off and reaches readers dated: on the story, on /dinh-chinh, in JSON-LD and in the feed', async ({ page, request, browser }) => {
  // Three signed-in people, a preview and five reader pages: more than the default minute on a busy CI machine.
  test.setTimeout(120_000);
  const run = crypto.randomUUID().slice(0, 6);
  const { editor, leader, as } = await createStaffTeam();
  const title = `Bài sẽ đính chính ${run}`;
  const created = await request.post('/api/v1/articles', { headers: as.reporter, data: { title, sapo: 'Hội nghị tổng kết năm.', sectionId: await demoSectionId(), body: doc('Hội nghị do Vụ Tổng hợp chủ trì.'), tags: ['Kinh tế'] } });
  const article = await created.json();

  // Never published: nothing to correct, and nothing saved.
  const early = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...as.reporter, 'If-Match': await etag(request, as.reporter, article.id) }, data: { correction: 'Sửa tên.' } });
  expect(early.status()).toBe(400);
  expect((await early.json()).detail).toBe('Bài chưa từng đăng nên chưa có gì để đính chính: hãy sửa thẳng nội dung và để trống ô "Đính chính".');

  expect((await fire(request, as.reporter, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fire(request, as.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  expect((await fire(request, as.leader, article.id, { event: 'approve' }, await etag(request, as.leader, article.id))).status()).toBe(200);
  expect((await fire(request, as.editor, article.id, { event: 'publish' })).status()).toBe(200);

  // The editor fixes the text and says what was corrected.
  const note = `Bản trước ghi nhầm đơn vị chủ trì là Vụ Tổng hợp; đã sửa thành Vụ Kinh tế ngành (${run}).`;
  await signIn(page.request, editor);
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  await page.getByLabel('Điều được sửa so với bản bạn đọc đã xem').fill(note);
  await expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });
  expect((await fire(request, as.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);

  // Until signed off, readers see no correction.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/bai-viet/${article.slug}`);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(readerPage.getByTestId('dinh-chinh')).toHaveCount(0);

  // The leader sees the correction among the signed fields and approves in the browser.
  await page.context().clearCookies();
  await signIn(page.request, leader);
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  const summary = page.getByTestId('noi-dung-trinh-duyet');
  await expect(summary.locator('[data-field="correction"]')).toContainText(note);
  await expect(summary.locator('[data-field="correction"]')).toContainText('mới đổi');
  // Its preview shows the note at the top of the story, marked as not yet published.
  await page.goto(`/toa-soan/bai-viet/${article.id}/xem-truoc`);
  await expect(page.getByTestId('dinh-chinh').locator('[data-pending="true"]')).toContainText(note);
  await expect(page.getByTestId('dinh-chinh')).toContainText('chưa đăng');
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await page.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  await expect(page.getByTestId('trang-thai-bai')).toHaveText('Đã duyệt');
  expect((await fire(request, as.editor, article.id, { event: 'publish' })).status()).toBe(200);

  // Readers: at the top of the story, dated in Vietnam's time.
  await readerPage.goto(`/bai-viet/${article.slug}`);
  const box = readerPage.getByTestId('dinh-chinh');
  await expect(box).toContainText('Đính chính');
  await expect(box).toContainText(note);
  await expect(box.locator('time')).toHaveText(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/);
  const ld = JSON.parse((await readerPage.locator('script[type="application/ld+json"]').first().textContent())!) as { '@graph': Array<Record<string, unknown>> };
  const news = ld['@graph'].find((n) => n['@type'] === 'NewsArticle')!;
  expect(news.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', text: note })]);

  await readerPage.goto('/dinh-chinh');
  const entry = readerPage.getByTestId('danh-sach-dinh-chinh').locator('li').filter({ hasText: note });
  await expect(entry).toHaveCount(1);
  await entry.getByRole('link', { name: title }).click();
  await expect(readerPage).toHaveURL(new RegExp(`/bai-viet/${article.slug}$`));
  await readerPage.goto('/en/dinh-chinh');
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('Corrections');
  await expect(readerPage.getByTestId('danh-sach-dinh-chinh')).toContainText(note);

  const feed = await (await request.get('/rss.xml')).text();
  const item = feed.split('<item>').find((i) => i.includes(`/bai-viet/${article.slug}<`))!;
  expect(item).toContain(`Đính chính (`);
  expect(item).toContain(note.replace(/&/g, '&amp;'));
  await reader.close();
});
