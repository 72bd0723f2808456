// The newsroom's day on a phone (mobile-chromium project, 360 × 740, touch): a reporter writes and
// submits through the collapsed menu, an editor forwards, a leader approves with the approval panel
// and the checklist at the top of the editor, and the story reaches readers only when published.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestUser, type TestUser } from '../fixtures/users';
import { MobileFixtures } from './fixtures';

const SECTION = 'Hoạt động của Ban';
const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 15_000 });

async function phone(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page.request, user);
  return { context, page };
}

/** The approval panel and the checklist are drawn above the story's text, and come before it for screen readers. */
async function expectPanelsFirst(page: Page, button: string) {
  const action = page.getByRole('button', { name: button, exact: true });
  const checklist = page.getByTestId('danh-sach-kiem-tra');
  const title = page.getByLabel('Tiêu đề', { exact: true });
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await expect(action).toBeVisible();
  await expect(body).toBeAttached();
  const top = async (l: typeof body) => (await l.boundingBox())!.y;
  expect(await top(action)).toBeLessThan(await top(title));
  expect(await top(checklist)).toBeLessThan(await top(title));
  // Without scrolling: the action is on the first screen.
  await expect(action).toBeInViewport();
  // DOM order (what a screen reader reads first) matches what is drawn.
  const actionFirst = await action.evaluate((a, t) => Boolean(a.compareDocumentPosition(t as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await title.elementHandle());
  expect(actionFirst).toBe(true);
}

test('on a phone: reporter writes and submits, editor forwards, leader approves, editor publishes', async ({ browser }) => {
  test.setTimeout(120_000);
  const reporter = await createTestUser({ roles: ['reporter'] });
  const editor = await createTestUser({ roles: ['editor'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const title = `Bài viết trên điện thoại ${crypto.randomUUID().slice(0, 6)}`;

  // The reporter reaches the story list through the collapsed menu.
  const r = await phone(browser, reporter);
  expect(r.page.viewportSize()).toEqual({ width: 360, height: 740 });
  await r.page.goto('/toa-soan');
  const menu = r.page.getByRole('button', { name: 'Trình đơn' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(r.page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Bài viết' })).toBeHidden();
  await menu.tap();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await r.page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Bài viết' }).tap();
  await expect(r.page).toHaveURL(/\/toa-soan\/bai-viet$/);
  await expect(r.page.getByRole('button', { name: 'Báo cáo hội nghị mới' })).toBeInViewport({ ratio: 1 });
  await r.page.getByRole('button', { name: 'Bài viết mới' }).tap();
  await expect(r.page).toHaveURL(/\/toa-soan\/bai-viet\/[0-9a-f-]{36}$/);
  const id = r.page.url().split('/').pop()!;
  await r.page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await r.page.getByLabel('Sapo', { exact: true }).fill('Sapo viết trên điện thoại.');
  await r.page.getByRole('textbox', { name: 'Nội dung bài viết' }).fill('Nội dung viết trên điện thoại.');
  await r.page.getByLabel('Chuyên mục').selectOption({ label: SECTION });
  await saved(r.page);
  await expect(r.page.getByTestId('danh-sach-kiem-tra')).not.toContainText('✗');
  await r.page.getByRole('button', { name: 'Gửi biên tập' }).tap();
  await expect(r.page.getByTestId('trang-thai-bai')).toHaveText('Chờ biên tập');
  await r.context.close();

  const [row] = await withE2eDb((db) => db.select({ slug: s.articles.slug }).from(s.articles).where(eq(s.articles.id, id)));
  const readers = await browser.newContext();
  const publicStatus = async () => (await readers.request.get(`/bai-viet/${row!.slug}`)).status();

  // The editor: the forward button and the checklist first.
  const e = await phone(browser, editor);
  await e.page.goto(`/toa-soan/bai-viet/${id}`);
  await expectPanelsFirst(e.page, 'Trình lãnh đạo duyệt');
  await e.page.getByRole('button', { name: 'Trình lãnh đạo duyệt', exact: true }).tap();
  await expect(e.page.getByTestId('trang-thai-bai')).toHaveText('Chờ lãnh đạo duyệt');
  expect(await publicStatus()).toBe(404);

  // The leader approves without scrolling past the story.
  const l = await phone(browser, leader);
  await l.page.goto(`/toa-soan/bai-viet/${id}`);
  await expectPanelsFirst(l.page, 'Duyệt');
  await l.page.getByRole('button', { name: 'Duyệt', exact: true }).tap();
  await l.page.getByRole('button', { name: 'Xác nhận: Duyệt' }).tap();
  await expect(l.page.getByTestId('trang-thai-bai')).toHaveText('Đã duyệt');
  await l.context.close();
  expect(await publicStatus()).toBe(404);

  // The editor publishes.
  await e.page.reload();
  await e.page.getByRole('button', { name: 'Xuất bản', exact: true }).tap();
  await expect(e.page.getByTestId('trang-thai-bai')).toHaveText('Đã xuất bản');
  await e.context.close();
  expect(await publicStatus()).toBe(200);
  const reader = await readers.newPage();
  await reader.goto(`/bai-viet/${row!.slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await readers.close();
});

test('on a phone, a reporter’s editor keeps the story first; the desktop keeps the panel beside the story', async ({ browser }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const r = await phone(browser, reporter);
  await r.page.goto('/toa-soan/bai-viet');
  await r.page.getByRole('button', { name: 'Bài viết mới' }).tap();
  const title = r.page.getByLabel('Tiêu đề', { exact: true });
  await expect(title).toBeVisible();
  const send = r.page.getByRole('button', { name: 'Gửi biên tập' });
  expect((await title.boundingBox())!.y).toBeLessThan((await send.boundingBox())!.y);

  // At desktop width the layout is the two columns it always was: the panel to the right of the text.
  await r.page.setViewportSize({ width: 1280, height: 900 });
  const titleBox = (await title.boundingBox())!;
  const sendBox = (await send.boundingBox())!;
  expect(sendBox.x).toBeGreaterThan(titleBox.x + titleBox.width);
  expect(sendBox.y).toBeLessThan(titleBox.y + 200);
  await r.context.close();
});

test('a leader’s editor on a wide screen keeps the desktop layout: what is signed across the top, the panel beside the story', async ({ browser, request }) => {
  const leader = await createTestUser({ roles: ['leader'] });
  const id = await new MobileFixtures(request, null).awaitingApproval();
  const l = await phone(browser, leader);
  await l.page.setViewportSize({ width: 1280, height: 900 });
  await l.page.goto(`/toa-soan/bai-viet/${id}`);
  const summary = l.page.getByTestId('noi-dung-trinh-duyet');
  const approve = l.page.getByRole('button', { name: 'Duyệt', exact: true });
  const title = l.page.getByLabel('Tiêu đề', { exact: true });
  const checklist = l.page.getByTestId('danh-sach-kiem-tra');
  await expect(approve).toBeVisible();
  const box = async (x: typeof title) => (await x.boundingBox())!;
  const [s, a, t, c] = [await box(summary), await box(approve), await box(title), await box(checklist)];
  expect(s.y + s.height).toBeLessThan(t.y);
  expect(s.y + s.height).toBeLessThan(a.y);
  expect(a.x).toBeGreaterThan(t.x + t.width);
  // The panel starts level with the story (within the panel's heading), the checklist below it.
  expect(Math.abs(a.y - t.y)).toBeLessThan(80);
  expect(c.y).toBeGreaterThan(a.y);
  await l.context.close();
});
