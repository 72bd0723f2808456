import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiClient, type ApiClient } from '../fixtures/api-client';
import { BASE_URL, signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

// The newsroom list searches the working copy (title, sapo, body) of every story the viewer may read.
const run = crypto.randomUUID().replace(/-/g, '').slice(0, 8);
const word = (w: string) => `${w}${run}`;
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

interface Staff {
  user: TestUser;
  token: string;
  api: ApiClient;
}
let writer: Staff;
let otherReporter: Staff;
let editor: Staff;
const ids: Record<'draft' | 'meeting' | 'together' | 'apart', string> = { draft: '', meeting: '', together: '', apart: '' };

async function staff(role: 'reporter' | 'editor'): Promise<Staff> {
  const user = await createTestUser({ roles: [role] });
  const token = await createTestApiToken(user.id);
  return { user, token, api: apiClient(token) };
}

test.beforeAll(async () => {
  writer = await staff('reporter');
  otherReporter = await staff('reporter');
  editor = await staff('editor');
  const sectionId = await demoSectionId();
  // "Thẩmđịnh<run>" lives only in the body of a draft; the meeting report has it in its title.
  const draft = await writer.api.POST('/articles', {
    body: { title: `Bản nháp tìm kiếm ${run}`, sapo: 'Sapo.', sectionId, body: doc(`Nội dung có ${word('Thẩmđịnh')} ở Đà Nẵng.`), byline: 'PV' },
  });
  const meeting = await writer.api.POST('/articles', {
    body: { title: `Hội nghị ${word('thamdinh')}`, sapo: 'Sapo.', sectionId, body: doc('Nội dung.'), byline: 'PV', kind: 'meeting_report' },
  });
  expect(draft.response.status).toBe(201);
  expect(meeting.response.status).toBe(201);
  ids.draft = draft.data!.id;
  ids.meeting = meeting.data!.id;
  // "kinh tế" together in the body of the older draft; "kinh" and "tế" apart in the newer one's title.
  const together = await writer.api.POST('/articles', {
    body: { title: `Báo cáo quý ${run}`, sapo: 'Tóm tắt.', sectionId, body: doc('Tình hình kinh tế địa phương tăng trưởng khá.'), byline: 'PV' },
  });
  expect(together.response.status).toBe(201);
  const apart = await writer.api.POST('/articles', {
    body: { title: `Kinh nghiệm y tế cơ sở ${run}`, sapo: 'Tóm tắt.', sectionId, body: doc('Nội dung.'), byline: 'PV' },
  });
  expect(apart.response.status).toBe(201);
  ids.together = together.data!.id;
  ids.apart = apart.data!.id;
});

const listed = async (who: Staff, query: Record<string, string | number>) => {
  const res = await who.api.GET('/articles', { params: { query } });
  expect(res.response.status, JSON.stringify(res.error)).toBe(200);
  return res.data!;
};

test('API ?q= finds a word in a draft’s body for its writer and editors, not another reporter; filters, sorts, pages', async () => {
  const q = word('thamdinh');
  expect((await listed(writer, { q })).items.map((i) => i.id).sort()).toEqual([ids.draft, ids.meeting].sort());
  const forEditor = await listed(editor, { q });
  expect(forEditor.sort).toBe('relevance');
  expect(forEditor.items.map((i) => i.id)).toEqual([ids.meeting, ids.draft]); // title before body
  // Typed with its marks, the word ranks the story that writes it so first (as reader search does),
  // above the one with the unaccented spelling in its title.
  expect((await listed(editor, { q: word('Thẩmđịnh') })).items.map((i) => i.id)).toEqual([ids.draft, ids.meeting]);
  expect((await listed(otherReporter, { q })).items).toEqual([]);
  expect((await listed(editor, { q, kind: 'meeting_report' })).items.map((i) => i.id)).toEqual([ids.meeting]);
  expect((await listed(editor, { q, status: 'published' })).total).toBe(0);
  expect((await listed(editor, { q, author: writer.user.email, sort: 'title' })).items.map((i) => i.title)).toEqual([`Bản nháp tìm kiếm ${run}`, `Hội nghị ${q}`]);
  const page2 = await listed(editor, { q, sort: 'title', pageSize: 1, page: 2 });
  expect(page2).toMatchObject({ total: 2, page: 2, pageSize: 1 });
  expect(page2.items.map((i) => i.id)).toEqual([ids.meeting]);
  expect((await listed(editor, { q: `"da nang" ${q}` })).items.map((i) => i.id)).toEqual([ids.draft]);
});

test('API refuses bad parameters with a 400 naming the parameter in Vietnamese', async ({ request }) => {
  const get = (qs: string) => request.get(`${BASE_URL}/api/v1/articles?${qs}`, { headers: { Authorization: `Bearer ${editor.token}` } });
  const cases: Array<[string, RegExp]> = [
    ['sort=popular', /^sort: Giá trị phải là một trong: relevance, newest, oldest, title/],
    ['from=2024-02-30', /^from: Cần một ngày có thật dạng năm-tháng-ngày/],
    ['from=2026-02-01&to=2026-01-01', /^to: Ngày kết thúc phải bằng hoặc sau ngày bắt đầu/],
    ['kind=opinion', /^kind: /],
    [`q=${'a'.repeat(201)}`, /^q: Từ khóa dài quá 200 ký tự/],
    ['pageSize=500', /^pageSize: Giá trị lớn nhất là 100/],
    ['status=lost', /^status: Trạng thái không hợp lệ/],
    ['tim=x', /Trường không được hỗ trợ: tim/],
  ];
  for (const [qs, message] of cases) {
    const response = await get(qs);
    expect(response.status(), qs).toBe(400);
    expect(((await response.json()) as { detail: string }).detail, qs).toMatch(message);
  }
  expect((await request.get(`${BASE_URL}/api/v1/articles?q=x`)).status()).toBe(401);
});

async function signedIn(request: APIRequestContext, who: Staff) {
  await signIn(request, who.user);
}

test('the newsroom list searches and filters in Chromium, keeping the values in the URL', async ({ page }) => {
  await signedIn(page.request, editor);
  await page.goto('/toa-soan/bai-viet');
  const search = page.getByRole('search', { name: 'Tìm và lọc bài viết' });
  await search.getByLabel('Tìm trong tiêu đề, sapo và nội dung').fill(word('THAMDINH'));
  await search.getByLabel('Loại bài').selectOption({ label: 'Tin bài' });
  await search.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word('THAMDINH')}.*loai=news`));
  await expect(page.getByRole('link', { name: `Bản nháp tìm kiếm ${run}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Hội nghị ${word('thamdinh')}` })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Xếp theo' })).toContainText('1 bài viết khớp bộ lọc');
  // The form shows what was asked.
  await expect(search.getByLabel('Tìm trong tiêu đề, sapo và nội dung')).toHaveValue(word('THAMDINH'));
  await expect(search.getByLabel('Loại bài')).toHaveValue('news');

  // A hand-edited bad value is dropped with a message naming the filter; the rest still applies.
  await page.goto(`/toa-soan/bai-viet?q=${word('thamdinh')}&tu=2024-02-30`);
  await expect(page.getByRole('alert').filter({ hasText: 'Từ ngày:' })).toContainText('Từ ngày: Cần một ngày có thật');
  await expect(page.getByRole('status').filter({ hasText: 'Xếp theo' })).toContainText('2 bài viết khớp bộ lọc');
});

test('the newsroom list ranks a story with "kinh tế" together above a newer one with the syllables apart', async ({ page }) => {
  await signedIn(page.request, editor);
  // The run id keeps other tests' stories out; it stands in both titles, so it changes no order.
  for (const typed of [`kinh tế ${run}`, `kinh te ${run}`]) {
    await page.goto('/toa-soan/bai-viet');
    const search = page.getByRole('search', { name: 'Tìm và lọc bài viết' });
    await search.getByLabel('Tìm trong tiêu đề, sapo và nội dung').fill(typed);
    await search.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/q=kinh/);
    await expect(page.getByRole('link', { name: new RegExp(run) }), typed).toHaveText([`Báo cáo quý ${run}`, `Kinh nghiệm y tế cơ sở ${run}`]);
  }
  // Newest first on request: the newer story with the syllables apart comes first.
  await page.goto(`/toa-soan/bai-viet?q=${encodeURIComponent(`kinh tế ${run}`)}&sap_xep=newest`);
  await expect(page.getByRole('link', { name: new RegExp(run) })).toHaveText([`Kinh nghiệm y tế cơ sở ${run}`, `Báo cáo quý ${run}`]);
  // The API ranks the same way.
  expect((await listed(editor, { q: 'kinh tế', author: writer.user.id })).items.map((i) => i.id)).toEqual([ids.together, ids.apart]);
});

test('the filters work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  try {
    await signedIn(context.request, writer);
    const page = await context.newPage();
    await page.goto('/toa-soan/bai-viet');
    const search = page.getByRole('search', { name: 'Tìm và lọc bài viết' });
    await search.getByLabel('Tìm trong tiêu đề, sapo và nội dung').fill(word('thẩmđịnh'));
    await search.getByLabel('Sắp xếp').selectOption('title');
    await search.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/sap_xep=title/);
    const links = page.getByRole('link', { name: new RegExp(run) });
    await expect(links).toHaveText([`Bản nháp tìm kiếm ${run}`, `Hội nghị ${word('thamdinh')}`]);
  } finally {
    await context.close();
  }
});

test('the list with its filters fits a 360 px screen without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signedIn(page.request, editor);
  await page.goto(`/toa-soan/bai-viet?q=${word('thamdinh')}`);
  await expect(page.getByRole('link', { name: `Bản nháp tìm kiếm ${run}` })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
