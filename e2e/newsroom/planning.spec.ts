// Planning in the browser: an editor puts a meeting on the calendar and assigns it; the reporter
// starts the story from the desk with the meeting's facts filled in, and it goes through review,
// sign-off and publication as a meeting report. Then an editor picks the home page's lead and a
// reader sees it.
import { and, asc, eq } from 'drizzle-orm';
import { expect, test, type Page } from '@playwright/test';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { demoPersonAndUnit, fillEventForm, localDay, pageAs as as } from '../fixtures/planning';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

const SECTION = 'Hoạt động của Ban';
const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 15_000 });

test('an event assigned from the calendar becomes a published meeting report with its facts prefilled', async ({ browser }) => {
  test.setTimeout(120_000);
  const run = crypto.randomUUID().slice(0, 6);
  const editor = await createTestUser({ roles: ['editor'] });
  const reporter = await createTestUser({ roles: ['reporter'], name: `Phóng viên lịch ${run}` });
  const leader = await createTestUser({ roles: ['leader'] });
  // A registry person with a current position, and a unit, from the demo content.
  const { person, unit } = await demoPersonAndUnit();
  const title = `Hội nghị triển khai nhiệm vụ ${run}`;

  // The editor adds the event; a wrong end time is refused in Vietnamese and nothing typed is lost.
  const desk = await as(browser, editor);
  await desk.goto('/toa-soan/lich');
  await desk.getByRole('link', { name: 'Thêm sự kiện' }).click();
  await fillEventForm(desk, { title, start: localDay(2, 9), end: localDay(2, 8), location: `Hội trường A ${run}`, unit: unit.name, person: person.name });
  await desk.getByRole('button', { name: 'Tạo sự kiện' }).click();
  await expect(desk.getByRole('alert').filter({ hasText: 'Thời gian kết thúc phải sau thời gian bắt đầu.' })).toBeVisible();
  await expect(desk.getByLabel('Tên sự kiện')).toHaveValue(title);
  await desk.getByLabel('Kết thúc (giờ Việt Nam)').fill(localDay(2, 11));
  await desk.getByRole('button', { name: 'Tạo sự kiện' }).click();
  await expect(desk.getByRole('status')).toContainText('Đã lưu sự kiện.');
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText(title);
  const eventPath = new URL(desk.url()).pathname;

  // It shows in the week and month views.
  await desk.goto(`/toa-soan/lich?xem=tuan&ngay=${localDay(2, 9).slice(0, 10)}`);
  await expect(desk.getByRole('link', { name: title })).toBeVisible();
  await desk.getByRole('link', { name: 'Tháng', exact: true }).click();
  await expect(desk.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await desk.getByRole('link', { name: new RegExp(title) }).click();

  // "Giao viết bài": a past due time is refused, then the assignment is made.
  await desk.getByRole('combobox', { name: /^Người viết/ }).selectOption({ label: reporter.name });
  await desk.getByLabel('Hạn nộp (giờ Việt Nam)').fill(localDay(-1, 9));
  await desk.getByRole('button', { name: 'Giao viết bài' }).click();
  await expect(desk.getByRole('alert').filter({ hasText: 'Hạn nộp đã qua' })).toBeVisible();
  await desk.getByLabel('Hạn nộp (giờ Việt Nam)').fill(localDay(3, 17));
  await desk.getByLabel('Ghi chú cho người viết').fill('Tin 500 chữ, kèm ảnh.');
  await desk.getByRole('button', { name: 'Giao viết bài' }).click();
  await expect(desk.getByRole('status')).toContainText('Đã giao viết bài.');
  await expect(desk.getByRole('region', { name: 'Đã giao viết bài' })).toContainText(reporter.name);

  // The reporter sees it on the desk and starts writing: a meeting report with the facts filled in.
  const page = await as(browser, reporter);
  await page.goto('/toa-soan');
  const mine = page.getByRole('region', { name: /Việc được giao/ });
  await expect(mine).toContainText(title);
  await expect(mine).toContainText('Tin 500 chữ, kèm ảnh.');
  await mine.getByRole('button', { name: 'Bắt đầu viết' }).click();
  await expect(page).toHaveURL(/\/toa-soan\/bai-viet\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  const panel = page.getByRole('group', { name: 'Thông tin hội nghị' });
  await expect(panel.getByLabel('Thời gian họp (giờ Việt Nam)')).toHaveValue(localDay(2, 9));
  await expect(panel.getByLabel('Địa điểm')).toHaveValue(`Hội trường A ${run}`);
  await expect(panel.getByLabel('Đơn vị tổ chức')).toHaveValue(unit.name);
  await expect(panel.getByLabel('Họ tên').first()).toHaveValue(person.name);
  await expect(panel.getByLabel('Chức vụ (tại thời điểm họp)').first()).toHaveValue(person.title);

  // Finish and submit; editor forwards; leader approves; editor publishes.
  await page.getByLabel('Sapo', { exact: true }).fill('Sapo báo cáo hội nghị.');
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).fill('Nội dung báo cáo hội nghị.');
  await page.getByLabel('Chuyên mục').selectOption({ label: SECTION });
  await saved(page);
  await page.getByRole('button', { name: 'Gửi biên tập' }).click();
  await expect(page.getByTestId('trang-thai-bai')).toHaveText('Chờ biên tập');
  const steps: Array<[TestUser, string, string]> = [
    [editor, 'Trình lãnh đạo duyệt', 'Chờ lãnh đạo duyệt'],
    [leader, 'Duyệt', 'Đã duyệt'],
    [editor, 'Xuất bản', 'Đã xuất bản'],
  ];
  for (const [user, button, state] of steps) {
    const p = await as(browser, user);
    await p.goto(`/toa-soan/bai-viet/${id}`);
    await p.getByRole('button', { name: button, exact: true }).click();
    if (button === 'Duyệt') await p.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
    await expect(p.getByTestId('trang-thai-bai')).toHaveText(state);
    await p.context().close();
  }
  const [article] = await withE2eDb((db) =>
    db.select({ kind: s.articles.kind, status: s.articles.status, slug: s.articles.slug }).from(s.assignments).innerJoin(s.articles, eq(s.articles.id, s.assignments.articleId)).where(and(eq(s.assignments.articleId, id))),
  );
  expect(article).toMatchObject({ kind: 'meeting_report', status: 'published' });
  // The desk no longer lists it as work to do.
  await page.goto('/toa-soan');
  await expect(page.getByRole('region', { name: /Việc được giao/ })).not.toContainText(title);

  // A reader sees the meeting report with the event's facts.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/bai-viet/${article!.slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const facts = reader.getByRole('complementary', { name: 'Thông tin hội nghị' });
  await expect(facts).toContainText(`Hội trường A ${run}`);
  await expect(facts).toContainText(unit.name);
  await expect(facts).toContainText(`${person.name}, ${person.title}`);
  await reader.context().close();

  // On the calendar the assignment is done: "Đã hoàn thành", and not flagged late even past its due time.
  await withE2eDb((db) => db.update(s.assignments).set({ dueAt: new Date(Date.now() - 3_600_000) }).where(eq(s.assignments.articleId, id)));
  await desk.goto(eventPath);
  const item = desk.getByTestId('viec-giao').filter({ hasText: reporter.name });
  await expect(item).toContainText('Đã hoàn thành');
  await expect(item).not.toContainText('Quá hạn');
  await desk.goto('/toa-soan');
  await expect(desk.getByRole('region', { name: /Bài giao quá hạn/ })).toBeVisible();
  await expect(desk.getByRole('region', { name: /Bài giao quá hạn/ })).not.toContainText(title);
  await desk.context().close();
  await page.context().close();
});

test('an editor picks the home page lead (keyboard and drag), and a reader sees it', async ({ browser, request }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const editor = await createTestUser({ roles: ['editor'] });
  // A story readers can see, published through the API by its own people.
  const reporter = await createTestUser({ roles: ['reporter'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const bearer = async (u: TestUser) => ({ Authorization: `Bearer ${await createTestApiToken(u.id)}` });
  const [rAuth, eAuth, lAuth] = await Promise.all([bearer(reporter), bearer(editor), bearer(leader)]);
  const sectionId = await withE2eDb(async (db) => (await db.select({ id: s.sections.id }).from(s.sections).limit(1))[0]!.id);
  const title = `Bài chính do biên tập chọn ${run}`;
  const created = await request.post('/api/v1/articles', { headers: rAuth, data: { title, sapo: 'Sapo bài chính.', sectionId, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] } } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const fire = async (auth: Record<string, string>, event: string) => {
    const etag = (await request.get(`/api/v1/articles/${id}`, { headers: auth })).headers()['etag']!;
    const r = await request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...auth, 'If-Match': etag }, data: { event } });
    expect(r.status(), await r.text()).toBe(200);
  };
  await fire(rAuth, 'submit');
  await fire(eAuth, 'forward_for_approval');
  await fire(lAuth, 'approve');
  await fire(eAuth, 'publish');
  const before = await withE2eDb((db) => db.select().from(s.homePicks).orderBy(asc(s.homePicks.position)));

  try {
    const page = await as(browser, editor);
    await page.goto('/toa-soan/trang-chu');
    await page.getByLabel('Tiêu đề có chứa').fill(`bai chinh do bien tap chon ${run}`); // diacritics not needed
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('button', { name: `Chọn: ${title}` }).click();
    const items = page.getByTestId('bai-chon');
    const count = await items.count();
    await expect(items.last()).toContainText(title);
    // Keyboard: "Lên" until it is the lead.
    for (let i = 0; i < count - 1; i++) {
      await page.getByRole('button', { name: `Lên: ${title}` }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(items.first()).toContainText('Bài chính');
    await expect(items.first()).toContainText(title);
    await expect(page.getByRole('button', { name: `Lên: ${title}` })).toBeDisabled();
    // Drag: the lead dragged onto the second place, then back with the keyboard.
    if (count > 1) {
      const secondTitle = (await items.nth(1).locator('strong').textContent())!;
      await items.first().dragTo(items.nth(1));
      await expect(items.nth(1)).toContainText(title);
      await expect(items.first()).toContainText(secondTitle);
      await page.getByRole('button', { name: `Lên: ${title}` }).click();
    }
    await expect(items.first()).toContainText(title);
    await page.getByRole('button', { name: 'Lưu trang chủ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toContainText('làm mới trang chủ');

    const reader = await (await browser.newContext()).newPage();
    await expect
      .poll(async () => {
        await reader.goto('/');
        return reader.locator('section[aria-labelledby="tin-noi-bat"] article').first().textContent();
      }, { timeout: 10_000 })
      .toContain(title);
    await reader.context().close();
    await page.context().close();
  } finally {
    // Put the picks back as they were for other tests.
    await withE2eDb(async (db) => {
      await db.delete(s.homePicks);
      if (before.length > 0) await db.insert(s.homePicks).values(before);
    });
  }
});

test('the calendar, the event form and the home page picks fit a 360 px phone without sideways scrolling', async ({ browser }) => {
  const editor = await createTestUser({ roles: ['editor'] });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page.request, editor);
  const start = new Date(Date.now() + 86_400_000);
  const eventId = await withE2eDb(async (db) => (await db.insert(s.planningEvents).values({ title: 'Hội nghị có tên rất dài để thử màn hình điện thoại hẹp 360 điểm ảnh', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), location: 'Hội trường lớn' }).returning())[0]!.id);
  for (const path of ['/toa-soan/lich?xem=tuan', '/toa-soan/lich?xem=thang', '/toa-soan/lich/moi', `/toa-soan/lich/${eventId}`, '/toa-soan/trang-chu']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
