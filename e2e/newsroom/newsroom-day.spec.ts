// The newsroom's day (issue #20) in the browser: the header badge follows client-side navigation,
// assignments are edited and cancelled, and a home pick taken down later does not block saving.
import { asc, eq } from 'drizzle-orm';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import * as s from '../../db/schema';
import { hashSecretToken, newSecretToken } from '../../lib/credentials/secret-token';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

async function as(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page.request, user);
  return page;
}

/** A story readers can see, published through the API by its own people; returns its id and a takedown. */
async function publishedStory(request: APIRequestContext, title: string) {
  const [reporter, editor, leader] = await Promise.all([createTestUser({ roles: ['reporter'] }), createTestUser({ roles: ['editor'] }), createTestUser({ roles: ['leader'] })]);
  const bearer = async (u: TestUser) => ({ Authorization: `Bearer ${await createTestApiToken(u.id)}` });
  const [rAuth, eAuth, lAuth] = await Promise.all([bearer(reporter), bearer(editor), bearer(leader)]);
  const sectionId = await withE2eDb(async (db) => (await db.select({ id: s.sections.id }).from(s.sections).limit(1))[0]!.id);
  const created = await request.post('/api/v1/articles', { headers: rAuth, data: { title, sapo: 'Sapo.', sectionId, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] } } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const fire = async (auth: Record<string, string>, event: string, note?: string) => {
    const etag = (await request.get(`/api/v1/articles/${id}`, { headers: auth })).headers()['etag']!;
    const r = await request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...auth, 'If-Match': etag }, data: { event, ...(note ? { note } : {}) } });
    expect(r.status(), await r.text()).toBe(200);
  };
  await fire(rAuth, 'submit');
  await fire(eAuth, 'forward_for_approval');
  await fire(lAuth, 'approve');
  await fire(eAuth, 'publish');
  return { id, takeDown: () => fire(eAuth, 'unpublish', 'Gỡ bài để thử trang chủ.') };
}

test('a home pick taken down after it was picked is dropped on save with a notice, and readers never see it', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const run = crypto.randomUUID().slice(0, 6);
  const goneTitle = `Bài chính sẽ bị gỡ ${run}`;
  const keptTitle = `Bài nổi bật còn đăng ${run}`;
  const gone = await publishedStory(request, goneTitle);
  const kept = await publishedStory(request, keptTitle);
  const editor = await createTestUser({ roles: ['editor'] });
  const before = await withE2eDb((db) => db.select().from(s.homePicks).orderBy(asc(s.homePicks.position)));
  try {
    await withE2eDb(async (db) => {
      await db.delete(s.homePicks);
      await db.insert(s.homePicks).values([
        { position: 0, articleId: gone.id },
        { position: 1, articleId: kept.id },
      ]);
    });
    const page = await as(browser, editor);
    await page.goto('/toa-soan/trang-chu');
    const items = page.getByTestId('bai-chon');
    await expect(items.first()).toContainText(goneTitle);
    // Taken down while the editor's page is open: the form still holds it.
    await gone.takeDown();
    await page.getByRole('button', { name: 'Lưu trang chủ' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Đã lưu' });
    await expect(status).toContainText(`Bài “${goneTitle}” đã bị gỡ nên được bỏ khỏi trang chủ.`);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText(keptTitle);
    expect((await withE2eDb((db) => db.select().from(s.homePicks))).map((p) => p.articleId)).toEqual([kept.id]);

    const reader = await (await browser.newContext()).newPage();
    await expect
      .poll(async () => {
        await reader.goto('/');
        return reader.locator('section[aria-labelledby="tin-noi-bat"] article').first().textContent();
      }, { timeout: 10_000 })
      .toContain(keptTitle);
    await expect(reader.locator('main')).not.toContainText(goneTitle);
    await reader.context().close();
    await page.context().close();
  } finally {
    await withE2eDb(async (db) => {
      await db.delete(s.homePicks);
      if (before.length > 0) await db.insert(s.homePicks).values(before);
    });
  }
});

test('an editor edits and cancels an assignment; a stale edit is refused; the writers and the iCal feed follow', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const run = crypto.randomUUID().slice(0, 6);
  const editor = await createTestUser({ roles: ['editor'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const first = await createTestUser({ roles: ['reporter'], name: `Người viết đầu ${run}` });
  const second = await createTestUser({ roles: ['reporter'], name: `Người viết sau ${run}` });
  const title = `Hội nghị giao ban quý ${run}`;
  const start = new Date(Date.now() + 2 * 86_400_000);
  const { token } = newSecretToken('lich');
  const { eventId, assignmentId } = await withE2eDb(async (db) => {
    const [event] = await db.insert(s.planningEvents).values({ title, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), location: 'Phòng họp 2', createdBy: editor.id }).returning();
    const [assignment] = await db.insert(s.assignments).values({ eventId: event!.id, assigneeId: first.id, assignedBy: editor.id, dueAt: new Date(start.getTime() + 86_400_000), notes: 'Tin ngắn.' }).returning();
    await db.insert(s.calendarFeeds).values({ userId: second.id, tokenHash: hashSecretToken(token) });
    return { eventId: event!.id, assignmentId: assignment!.id };
  });
  const feedEntry = async (uid: string) => {
    const text = (await (await request.get(`/api/lich/${token}`)).text()).replace(/\r\n[ \t]/g, '');
    return text.split('BEGIN:VEVENT').find((block) => block.includes(`UID:${uid}@`)) ?? '';
  };

  const page = await as(browser, editor);
  // The leader opens the same event before the editor saves: their form holds the old version.
  const other = await as(browser, leader);
  await other.goto(`/toa-soan/lich/${eventId}`);
  await page.goto(`/toa-soan/lich/${eventId}`);
  const item = page.getByTestId('viec-giao');
  await expect(item).toContainText(first.name);
  await page.getByRole('button', { name: `Sửa việc giao: ${first.name}` }).click();
  const form = page.getByRole('form', { name: /Sửa việc giao/ });
  await form.getByRole('combobox', { name: 'Người viết' }).selectOption({ label: second.name });
  // A past due time is refused in Vietnamese and the form keeps what was typed.
  await form.getByLabel('Hạn nộp (giờ Việt Nam)').fill('2020-01-01T09:00');
  await form.getByLabel('Ghi chú cho người viết').fill('Tin 800 chữ, kèm ảnh.');
  await form.getByRole('button', { name: 'Lưu việc giao' }).click();
  await expect(item.getByRole('alert')).toContainText('Hạn nộp đã qua');
  await expect(form.getByLabel('Ghi chú cho người viết')).toHaveValue('Tin 800 chữ, kèm ảnh.');
  const due = new Date(start.getTime() + 2 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  await form.getByLabel('Hạn nộp (giờ Việt Nam)').fill(`${due}T16:30`);
  await form.getByRole('button', { name: 'Lưu việc giao' }).click();
  await expect(item).toContainText(second.name);
  await expect(item).toContainText(`16:30`);
  await expect(item).toContainText('Tin 800 chữ, kèm ảnh.');
  await expect(form).toHaveCount(0);

  // The stale page is refused with a Vietnamese message; what the editor saved stays.
  await other.getByRole('button', { name: `Sửa việc giao: ${first.name}` }).click();
  await other.getByRole('form', { name: /Sửa việc giao/ }).getByLabel('Ghi chú cho người viết').fill('Bản cũ của lãnh đạo.');
  await other.getByRole('button', { name: 'Lưu việc giao' }).click();
  await expect(other.getByTestId('viec-giao').getByRole('alert')).toContainText('vừa được người khác sửa hoặc hủy sau khi bạn mở trang');
  const saved = await withE2eDb(async (db) => (await db.select().from(s.assignments).where(eq(s.assignments.id, assignmentId)))[0]!);
  expect(saved).toMatchObject({ assigneeId: second.id, notes: 'Tin 800 chữ, kèm ảnh.', version: 2, cancelledAt: null });
  await other.context().close();

  // Both writers are told; the feed keeps the UID with SEQUENCE 1.
  const inbox = (userId: string) => withE2eDb(async (db) => (await db.select().from(s.notifications).where(eq(s.notifications.userId, userId))).map((n) => n.message));
  expect(await inbox(first.id)).toContainEqual(expect.stringContaining('đã chuyển cho người khác'));
  expect(await inbox(second.id)).toContainEqual(expect.stringContaining(`Bạn được giao viết bài: ${title}`));
  let entry = await feedEntry(`giao-viet-${assignmentId}`);
  expect(entry).toContain('SEQUENCE:1');
  expect(entry).toContain('STATUS:CONFIRMED');

  // Cancelling asks first, then marks it cancelled; the feed says STATUS:CANCELLED.
  await page.getByRole('button', { name: `Hủy việc giao: ${second.name}` }).click();
  await page.getByRole('button', { name: 'Xác nhận hủy việc giao' }).click();
  await expect(item).toContainText('Đã hủy');
  await expect(page.getByRole('button', { name: /Sửa việc giao/ })).toHaveCount(0);
  expect(await inbox(second.id)).toContainEqual(expect.stringContaining('đã bị hủy'));
  entry = await feedEntry(`giao-viet-${assignmentId}`);
  expect(entry).toContain('SEQUENCE:2');
  expect(entry).toContain('STATUS:CANCELLED');
  expect(await feedEntry(`su-kien-${eventId}`)).toContain('STATUS:CANCELLED');
  // The writer's desk no longer lists it.
  const desk = await as(browser, second);
  await desk.goto('/toa-soan');
  await expect(desk.getByRole('region', { name: /Việc được giao/ })).toContainText('Không có việc nào đang chờ bạn.');
  await desk.context().close();
  await page.context().close();
});

test('the header badge follows client-side navigation: read notices leave it, new ones appear, opening a story reads its notices', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const run = crypto.randomUUID().slice(0, 6);
  // A reporter: no pool notifies them, so only this test's notices count.
  const reporter = await createTestUser({ roles: ['reporter'] });
  const sectionId = await withE2eDb(async (db) => (await db.select({ id: s.sections.id }).from(s.sections).limit(1))[0]!.id);
  const storyTitle = `Bài có thông báo ${run}`;
  const created = await request.post('/api/v1/articles', { headers: { Authorization: `Bearer ${await createTestApiToken(reporter.id)}` }, data: { title: storyTitle, sapo: 'Sapo.', sectionId } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: articleId } = (await created.json()) as { id: string };
  const notice = (message: string, withStory = false) => ({ userId: reporter.id, kind: 'return', message, ...(withStory ? { articleId } : {}) });
  const readAt = async (message: string) => withE2eDb(async (db) => (await db.select().from(s.notifications).where(eq(s.notifications.message, message)))[0]!.readAt);
  await withE2eDb((db) =>
    db.insert(s.notifications).values([notice(`Thông báo một ${run}`), notice(`Thông báo hai ${run}`), notice(`«${storyTitle}»: trả lại ${run}`, true), notice(`«${storyTitle}»: ghi chú ${run}`, true)]),
  );

  const page = await as(browser, reporter);
  const count = page.getByTestId('so-huy-hieu');
  await page.goto('/toa-soan');
  await expect(count).toHaveText('4');

  // Read one from the list (a POST); the badge follows.
  await page.getByTestId('huy-hieu-thong-bao').click();
  await expect(page).toHaveURL(/\/toa-soan\/thong-bao$/);
  await page.getByRole('button', { name: `Đánh dấu đã đọc: Thông báo một ${run}` }).click();
  await expect(page.getByTestId('so-chua-doc')).toHaveText('3');
  await expect(count).toHaveText('3');

  // Someone else's step tells the reporter: the next client-side navigation shows it, no reload.
  await withE2eDb((db) => db.insert(s.notifications).values(notice(`Thông báo mới ${run}`)));
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Lịch công tác' }).click();
  await expect(page).toHaveURL(/\/toa-soan\/lich/);
  await expect(count).toHaveText('4');

  // Opening the story from its notice reads both its notices (after the page shows, by a POST).
  await page.getByTestId('huy-hieu-thong-bao').click();
  await page.getByRole('link', { name: `«${storyTitle}»: trả lại ${run}` }).click();
  await expect(page).toHaveURL(new RegExp(`/toa-soan/bai-viet/${articleId}`));
  await expect(count).toHaveText('2');
  expect(await readAt(`«${storyTitle}»: ghi chú ${run}`)).not.toBeNull();
  // All of this happened in one document: the badge was never refreshed by a full reload.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // A GET of the story page marks nothing read (a prefetch or a crawler reads nothing).
  await withE2eDb((db) => db.insert(s.notifications).values(notice(`«${storyTitle}»: thêm ${run}`, true)));
  expect((await page.request.get(`/toa-soan/bai-viet/${articleId}`)).status()).toBe(200);
  expect(await readAt(`«${storyTitle}»: thêm ${run}`)).toBeNull();

  // "Đánh dấu tất cả là đã đọc" empties the badge.
  await page.getByTestId('huy-hieu-thong-bao').click();
  await page.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' }).click();
  await expect(page.getByTestId('so-chua-doc')).toHaveText('0');
  await expect(count).toHaveCount(0);
  await page.context().close();
});
