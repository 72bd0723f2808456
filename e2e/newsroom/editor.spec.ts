import { expect, test, type Page } from '@playwright/test';
import { desc, eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { liveCoeditingOff, withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

const SECTION = 'Hoạt động của Ban';

async function newArticle(page: Page, user: TestUser): Promise<string> {
  await signIn(page.request, user);
  await page.goto('/toa-soan/bai-viet');
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  await expect(page).toHaveURL(/\/toa-soan\/bai-viet\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible();
  return page.url().split('/').pop()!;
}

const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 15_000 });

async function revisionTexts(articleId: string) {
  return withE2eDb(async (db) => {
    const rows = await db.select().from(s.revisions).where(eq(s.revisions.articleId, articleId)).orderBy(s.revisions.number);
    return rows.map((r) => JSON.stringify(r.body));
  });
}

test('formats text, autosaves, and keeps it across a reload', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const id = await newArticle(page, reporter);
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Hội nghị sơ kết công tác quý III');
  await page.getByLabel('Sapo', { exact: true }).fill('Sáng nay, Vụ đã tổ chức hội nghị sơ kết.');
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type('Đoạn thường. ');
  await page.getByRole('button', { name: 'In đậm' }).click();
  await page.keyboard.type('Chữ đậm');
  await page.getByRole('button', { name: 'In đậm' }).click();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tiêu đề cấp 2' }).click();
  await page.keyboard.type('Một tiêu đề');
  await page.getByLabel('Chuyên mục').selectOption({ label: SECTION });
  await saved(page);
  await expect(page.getByTestId('danh-sach-kiem-tra')).not.toContainText('✗');

  await page.reload();
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Hội nghị sơ kết công tác quý III');
  await expect(body.locator('strong')).toHaveText('Chữ đậm');
  await expect(body.locator('h2')).toHaveText('Một tiêu đề');
  const [article] = await withE2eDb((db) => db.select().from(s.articles).where(eq(s.articles.id, id)));
  expect(article!.slug).toBe('hoi-nghi-so-ket-cong-tac-quy-iii');
});

test('the story language is chosen in the editor and saved with the story', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const id = await newArticle(page, reporter);
  const language = page.getByLabel('Ngôn ngữ bài viết');
  await expect(language).toHaveValue('vi');
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Delegation visit on regional planning');
  await language.selectOption('en');
  await saved(page);
  const [article] = await withE2eDb((db) => db.select().from(s.articles).where(eq(s.articles.id, id)));
  expect(article!.language).toBe('en');
  await page.reload();
  await expect(page.getByLabel('Ngôn ngữ bài viết')).toHaveValue('en');
});



test('restoring an old revision creates a new one on top and keeps the history', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  // The first version is an explicit save (through the API); typing in the editor then autosaves.
  const created = await page.request.post('/api/v1/articles', {
    headers: { Authorization: `Bearer ${await createTestApiToken(reporter.id)}` },
    data: { title: 'Bản đầu tiên', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung đầu.' }] }] } },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  await signIn(page.request, reporter);
  await page.goto(`/toa-soan/bai-viet/${id}`);
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Bản thứ hai');
  await saved(page);
  await page.reload();
  const before = (await revisionTexts(id)).length;
  page.once('dialog', (dialog) => void dialog.accept());
  const history = page.getByRole('region', { name: 'Các phiên bản' });
  await history.getByRole('listitem').filter({ hasText: 'Bản đầu tiên' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Bản đầu tiên');
  const rows = await withE2eDb((db) => db.select().from(s.revisions).where(eq(s.revisions.articleId, id)).orderBy(s.revisions.number));
  expect(rows).toHaveLength(before + 1);
  expect(rows.at(-1)).toMatchObject({ title: 'Bản đầu tiên', origin: 'restore' });

  await history.getByRole('link', { name: 'So sánh với bản hiện tại' }).first().click();
  await expect(page.getByRole('heading', { name: 'So sánh phiên bản' })).toBeVisible();
});

test('pasting from Word keeps headings and numbered lists and drops the styling', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await newArticle(page, reporter);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await body.evaluate((element) => {
    const html =
      "<h2 class=MsoNormal style='color:#1F4E79;font-family:Calibri'>Kết quả</h2>" +
      "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Thứ nhất</p>" +
      "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Thứ hai</p>";
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Kết quả\n1. Thứ nhất\n2. Thứ hai');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.locator('h2')).toHaveText('Kết quả');
  await expect(body.locator('ol > li')).toHaveText(['Thứ nhất', 'Thứ hai']);
  expect(await body.innerHTML()).not.toMatch(/Mso|mso-|Calibri|1\.\s/);
  await saved(page);
});

test('reporter drafts and submits, editor forwards, leader approves, editor publishes: the story reaches readers only then', async ({ browser }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const editor = await createTestUser({ roles: ['editor'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const title = `Bài qua đủ quy trình ${crypto.randomUUID().slice(0, 6)}`;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const id = await newArticle(page, reporter);
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Sapo', { exact: true }).fill('Sapo của bài.');
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).fill('Nội dung bài.');
  await page.getByLabel('Chuyên mục').selectOption({ label: SECTION });
  await saved(page);
  const [row] = await withE2eDb((db) => db.select({ slug: s.articles.slug }).from(s.articles).where(eq(s.articles.id, id)));
  const slug = row!.slug;
  const readers = await browser.newContext();
  const reader = await readers.newPage();
  const publicStatus = async () => (await reader.request.get(`/bai-viet/${slug}`)).status();

  await page.getByRole('button', { name: 'Gửi biên tập' }).click();
  await expect(page.getByTestId('trang-thai-bai')).toHaveText('Chờ biên tập');
  expect(await publicStatus()).toBe(404);
  await ctx.close();

  const steps: Array<[TestUser, string, string]> = [
    [editor, 'Trình lãnh đạo duyệt', 'Chờ lãnh đạo duyệt'],
    [leader, 'Duyệt', 'Đã duyệt'],
    [editor, 'Xuất bản', 'Đã xuất bản'],
  ];
  for (const [user, button, state] of steps) {
    const c = await browser.newContext();
    const p = await c.newPage();
    await signIn(p.request, user);
    await p.goto(`/toa-soan/bai-viet/${id}`);
    expect(await publicStatus()).toBe(404);
    await p.getByRole('button', { name: button, exact: true }).click();
    if (button === 'Duyệt') await p.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
    await expect(p.getByTestId('trang-thai-bai')).toHaveText(state);
    await c.close();
  }
  expect(await publicStatus()).toBe(200);
  await reader.goto(`/bai-viet/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await readers.close();
});

test('co-editing: after the session ended the body still reaches the server; a field change asks to sign in again, then saves', async ({ page, context }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const id = await newArticle(page, reporter);
  const title = page.getByLabel('Tiêu đề', { exact: true });
  await title.fill('Bài viết khi phiên hết hạn');
  await saved(page);
  await context.clearCookies(); // the session ends in this browser (expiry, cookies cleared)
  // The body goes through the open co-editing connection, authorised when it opened: nothing typed is lost.
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.type('Câu viết sau khi phiên đã hết.');
  await expect.poll(async () => (await revisionTexts(id)).at(-1), { timeout: 15_000 }).toContain('Câu viết sau khi phiên đã hết.');
  // The other fields are saved through the app, which asks to sign in again and keeps them meanwhile.
  await title.fill('Bài viết khi phiên hết hạn, đã sửa tên');
  await expect(page.getByTestId('trang-thai-luu')).toContainText('cần đăng nhập lại', { timeout: 15_000 });
  await signIn(page.request, reporter); // e.g. in another tab
  await page.getByTestId('trang-thai-luu').getByRole('button', { name: 'Lưu lại' }).click();
  await saved(page);
  const [latest] = await withE2eDb((db) => db.select().from(s.revisions).where(eq(s.revisions.articleId, id)).orderBy(desc(s.revisions.number)).limit(1));
  expect(latest!.title).toBe('Bài viết khi phiên hết hạn, đã sửa tên');
  expect(JSON.stringify(latest!.body)).toContain('Câu viết sau khi phiên đã hết.');
});

test.describe('with live co-editing off (an administrator may switch it off)', () => {
  liveCoeditingOff(test);

  test('a failed save keeps the text in the browser and offers it back after the tab is closed', async ({ page, context }) => {
    const reporter = await createTestUser({ roles: ['reporter'] });
    const id = await newArticle(page, reporter);
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài có mạng chập chờn');
    await saved(page);
    // The network to the server fails from now on: server action POSTs are aborted.
    await page.route('**/toa-soan/bai-viet/**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
    await page.keyboard.type('Câu viết khi mất mạng, không được mất.');
    await expect(page.getByTestId('trang-thai-luu')).toContainText('Chưa lưu được', { timeout: 15_000 });
    await page.close();

    const again = await context.newPage();
    await again.goto(`/toa-soan/bai-viet/${id}`);
    const banner = again.getByRole('alert').filter({ hasText: 'Có bản chưa lưu trên máy này' });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(again.getByRole('textbox', { name: 'Nội dung bài viết' })).toContainText('Câu viết khi mất mạng, không được mất.');
    await saved(again);
    expect((await revisionTexts(id)).at(-1)).toContain('Câu viết khi mất mạng, không được mất.');
  });

  test('two tabs editing the same story: the stale one sees both versions, and keeping it loses nothing', async ({ browser }) => {
    const editor = await createTestUser({ roles: ['editor'] });
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const id = await newArticle(a, editor);
    await a.getByLabel('Tiêu đề', { exact: true }).fill('Bài hai người sửa');
    await saved(a);

    const b = await second.newPage();
    await signIn(b.request, editor);
    await b.goto(`/toa-soan/bai-viet/${id}`);
    await expect(b.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Bài hai người sửa');
    // The lease says someone is editing; take it over to type anyway.
    const takeOver = b.getByRole('button', { name: 'Giành quyền chỉnh sửa' });
    if (await takeOver.isVisible()) await takeOver.click();

    await a.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
    await a.keyboard.type('Bản của tab A.');
    await saved(a);

    await b.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
    await b.keyboard.type('Bản của tab B.');
    const conflict = b.getByRole('alertdialog', { name: 'Bài viết vừa được người khác lưu' });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(conflict.getByTestId('ban-cua-toi')).toContainText('Bản của tab B.');
    await expect(conflict.getByTestId('ban-may-chu')).toContainText('Bản của tab A.');
    await conflict.getByRole('button', { name: 'Giữ bản của tôi (lưu thành phiên bản mới)' }).click();
    await saved(b);

    const texts = await revisionTexts(id);
    expect(texts.at(-1)).toContain('Bản của tab B.');
    expect(texts.some((t) => t.includes('Bản của tab A.'))).toBe(true);
    await first.close();
    await second.close();
  });

  test('a save after the session expired keeps the text, asks to sign in again, then saves', async ({ page, context }) => {
    const reporter = await createTestUser({ roles: ['reporter'] });
    const id = await newArticle(page, reporter);
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Bài viết khi phiên hết hạn');
    await saved(page);
    await context.clearCookies(); // the session ends (expiry, sign-out elsewhere)
    await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
    await page.keyboard.type('Câu viết sau khi phiên đã hết.');
    await expect(page.getByTestId('trang-thai-luu')).toContainText('cần đăng nhập lại', { timeout: 15_000 });
    await expect(page.getByText(/Nội dung vẫn được giữ trên máy này/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đăng nhập lại (thẻ mới)' })).toHaveAttribute('target', '_blank');
    await signIn(page.request, reporter); // e.g. in another tab
    await page.getByTestId('trang-thai-luu').getByRole('button', { name: 'Lưu lại' }).click();
    await saved(page);
    expect((await revisionTexts(id)).at(-1)).toContain('Câu viết sau khi phiên đã hết.');
  });
});
