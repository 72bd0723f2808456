// Routing in the browser: reporter → editor ("Nhận bài") → leader, who returns the story to the
// WRITER; the writer edits and resubmits. At each step only the right people are told, and each
// person's header badge and notifications list say so.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { createTestUser, type TestUser } from '../fixtures/users';

const SECTION = 'Hoạt động của Ban';
const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 15_000 });

async function as(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page.request, user);
  return page;
}

/** The person's notifications about this story, newest first, as shown on /toa-soan/thong-bao. */
async function notices(page: Page, title: string) {
  await page.goto('/toa-soan/thong-bao');
  await expect(page.getByRole('heading', { name: 'Tất cả thông báo' })).toBeVisible();
  const items = page.getByRole('listitem').filter({ hasText: title });
  const texts = await items.allInnerTexts();
  const unread = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-unread') === 'true'));
  return texts.map((t, i) => ({ text: t, unread: unread[i] }));
}

const badge = (page: Page) => page.getByTestId('so-huy-hieu');

test('reporter → editor → leader returns to the writer → writer edits and resubmits; only the right people are told', async ({ browser }) => {
  test.setTimeout(300_000);
  const run = crypto.randomUUID().slice(0, 6);
  const [reporter, otherReporter, editor, otherEditor, leader] = await Promise.all([
    createTestUser({ roles: ['reporter'] }),
    createTestUser({ roles: ['reporter'] }),
    createTestUser({ roles: ['editor'] }),
    createTestUser({ roles: ['editor'] }),
    createTestUser({ roles: ['leader'] }),
  ]);
  const title = `Bài định tuyến ${run}`;

  // The reporter writes and submits.
  const r = await as(browser, reporter);
  await r.goto('/toa-soan/bai-viet');
  await r.getByRole('button', { name: 'Bài viết mới' }).click();
  await expect(r).toHaveURL(/\/toa-soan\/bai-viet\/[0-9a-f-]{36}$/);
  const id = r.url().split('/').pop()!;
  await r.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await r.getByLabel('Sapo', { exact: true }).fill('Sapo của bài.');
  await r.getByRole('textbox', { name: 'Nội dung bài viết' }).fill('Nội dung bài.');
  await r.getByLabel('Chuyên mục').selectOption({ label: SECTION });
  await saved(r);
  await r.getByRole('button', { name: 'Gửi biên tập' }).click();
  await expect(r.getByTestId('trang-thai-bai')).toHaveText('Chờ biên tập');
  await expect(r.getByTestId('nguoi-phu-trach')).toHaveText('Chưa ai nhận (các biên tập viên)');

  // Both editors are told of the first submission; the story waits in "Chưa ai nhận".
  const e = await as(browser, editor);
  await e.goto('/toa-soan');
  await expect(badge(e)).toBeVisible();
  const unclaimed = e.locator('[data-queue="unclaimed"]');
  await expect(unclaimed.getByRole('link', { name: title })).toBeVisible();
  const e2 = await as(browser, otherEditor);
  expect((await notices(e2, title)).map((n) => n.text)).toEqual([expect.stringContaining('Gửi biên tập → Chờ biên tập')]);

  // The editor opens it (its notice is read), claims it, forwards it, and hands it to the leader.
  await unclaimed.getByRole('link', { name: title }).click();
  await e.getByRole('button', { name: 'Nhận bài' }).click();
  await expect(e.getByTestId('nguoi-phu-trach')).toHaveText(editor.name);
  expect(await notices(e, title)).toEqual([{ text: expect.stringContaining('Gửi biên tập'), unread: false }]);
  await e.goto(`/toa-soan/bai-viet/${id}`);
  await e.getByRole('button', { name: 'Trình lãnh đạo duyệt', exact: true }).click();
  await expect(e.getByTestId('trang-thai-bai')).toHaveText('Chờ lãnh đạo duyệt');
  await e.getByLabel('Giao cho').selectOption({ label: leader.name });
  await e.getByRole('button', { name: 'Giao bài' }).click();
  await expect(e.getByTestId('nguoi-phu-trach')).toHaveText(leader.name);

  // The leader: told of the forward and the assignment; returns the story to the WRITER with a note.
  const l = await as(browser, leader);
  await l.goto('/toa-soan');
  await expect(badge(l)).toBeVisible();
  await expect(l.locator('[data-queue="to_approve"]').getByRole('link', { name: title })).toBeVisible();
  const leaderNotices = await notices(l, title);
  expect(leaderNotices.map((n) => [n.unread, n.text.split('\n')[0]])).toEqual([
    [true, expect.stringContaining(`Giao bài (người phụ trách: ${leader.name})`)],
    [true, expect.stringContaining('Trình lãnh đạo duyệt → Chờ lãnh đạo duyệt')],
  ]);
  await l.getByRole('link', { name: new RegExp(`Giao bài.*${leader.name}`) }).click();
  await expect(l.getByTestId('trang-thai-bai')).toHaveText('Chờ lãnh đạo duyệt');
  await l.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await l.getByRole('radio', { name: new RegExp(`${reporter.name} \\(người viết`) }).check();
  await l.getByLabel('Lý do trả lại (bắt buộc)').fill('Sửa lại đoạn mở đầu.');
  await l.getByRole('button', { name: 'Xác nhận: Trả lại' }).click();
  await expect(l.getByTestId('trang-thai-bai')).toHaveText('Bản nháp');
  // Opening the story read both of the leader's notices about it.
  expect((await notices(l, title)).every((n) => !n.unread)).toBe(true);

  // The writer: four unread (claim, forward, assignment, return), the story in "Bị trả lại" with the note.
  await r.goto('/toa-soan');
  await expect(badge(r)).toHaveText('4');
  await expect(r.locator('[data-queue="returned_to_me"]').getByRole('link', { name: title })).toBeVisible();
  const mine = await notices(r, title);
  expect(mine).toHaveLength(4);
  expect(mine[0]!.text).toContain('Trả lại → Bản nháp');
  expect(mine[0]!.text).toContain('Ghi chú: Sửa lại đoạn mở đầu.');
  // Per-item read: one notice marked read from the list.
  await r.getByRole('button', { name: /^Đánh dấu đã đọc: .*Nhận bài/ }).click();
  await expect(badge(r)).toHaveText('3');
  // Edit rights: the writer (later, in a new window) edits the returned story and resubmits;
  // opening it read the rest.
  await r.context().close();
  const w = await as(browser, reporter);
  await w.goto(`/toa-soan/bai-viet/${id}`);
  await expect(w.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible();
  await w.getByRole('textbox', { name: 'Sapo', exact: true }).fill('Sapo đã sửa đoạn mở đầu.');
  await saved(w);
  await w.getByRole('button', { name: 'Gửi biên tập' }).click();
  await expect(w.getByTestId('trang-thai-bai')).toHaveText('Chờ biên tập');
  // The resubmission goes straight back to the editor who had it.
  await expect(w.getByTestId('nguoi-phu-trach')).toHaveText(editor.name);
  await w.goto('/toa-soan');
  await expect(badge(w)).toHaveCount(0);

  // Only that editor is told of the resubmission; the other editor and the leader are not.
  expect((await notices(e, title)).map((n) => [n.unread, n.text.split('\n')[0]])).toEqual([
    [true, expect.stringContaining(`Gửi biên tập → Chờ biên tập (chuyển cho ${editor.name})`)],
    [false, expect.stringContaining('Gửi biên tập → Chờ biên tập')],
  ]);
  await e.goto('/toa-soan');
  await expect(e.locator('[data-queue="assigned_to_me"]').getByRole('link', { name: title })).toBeVisible();
  expect(await notices(e2, title)).toHaveLength(1);
  expect(await notices(l, title)).toHaveLength(2);
  // A reporter with nothing to do with the story: no notice, no badge, no access.
  const o = await as(browser, otherReporter);
  expect(await notices(o, title)).toHaveLength(0);
  await expect(badge(o)).toHaveCount(0);
  const denied = await o.goto(`/toa-soan/bai-viet/${id}`);
  expect(denied?.status()).toBe(403);
});
