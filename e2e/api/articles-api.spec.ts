import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoSectionId } from '../fixtures/content';
import { createTestApiToken, createTestUser } from '../fixtures/users';

interface StaffToken {
  id: string;
  auth: { Authorization: string };
}

let staff: Record<string, StaffToken>;
let sectionId: string;
test.beforeAll(async () => {
  staff = {};
  for (const role of ['reporter', 'editor', 'leader'] as const) {
    const user = await createTestUser({ roles: [role] });
    staff[role] = { id: user.id, auth: { Authorization: `Bearer ${await createTestApiToken(user.id)}` } };
  }
  sectionId = await demoSectionId();
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function fire(request: APIRequestContext, who: StaffToken, id: string, body: object, ifMatch?: string) {
  return request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...who.auth, ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, data: body });
}

/** The ETag of the version the caller reads now (approve must name it). */
async function etagOf(request: APIRequestContext, who: StaffToken, id: string): Promise<string> {
  return (await request.get(`/api/v1/articles/${id}`, { headers: who.auth })).headers()['etag']!;
}

test('a story goes from draft to the public site through the API, and is on no public surface before', async ({ request, page }) => {
  const title = `Hội nghị giao ban kinh tế ${crypto.randomUUID().slice(0, 6)}`;
  const created = await request.post('/api/v1/articles', { headers: staff.reporter!.auth, data: { title, sapo: 'Sapo thử.', sectionId, body: doc('Nội dung thử.'), byline: 'TTTTPT&DBKT' } });
  expect(created.status()).toBe(201);
  const article = await created.json();
  expect(created.headers()['etag']).toBe(`"${article.id}.v1"`);
  expect(article).toMatchObject({ status: 'draft', title, version: 1 });

  const publicUrl = `/bai-viet/${article.slug}`;
  const isPublic = async () => (await request.get(publicUrl)).status() === 200;
  const inPublicApi = async () => JSON.stringify(await (await request.get('/api/v1/public/articles')).json()).includes(article.id);

  for (const [who, event] of [['reporter', 'submit'], ['editor', 'forward_for_approval'], ['leader', 'approve']] as const) {
    expect(await isPublic()).toBe(false);
    expect(await inPublicApi()).toBe(false);
    const res = await fire(request, staff[who]!, article.id, { event }, event === 'approve' ? await etagOf(request, staff[who]!, article.id) : undefined);
    expect(res.status(), `${who} ${event}: ${await res.text()}`).toBe(200);
  }
  const approved = await (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.editor!.auth })).json();
  expect(approved.approval).toMatchObject({ revisionId: approved.currentRevisionId });
  expect(await isPublic()).toBe(false);

  expect((await fire(request, staff.editor!, article.id, { event: 'publish' })).status()).toBe(200);
  expect(await isPublic()).toBe(true);
  expect(await inPublicApi()).toBe(true);
  await page.goto(publicUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const events = await (await request.get(`/api/v1/articles/${article.id}/events`, { headers: staff.editor!.auth })).json();
  expect(events.items.map((e: { event: string }) => e.event)).toEqual(['create', 'submit', 'forward_for_approval', 'approve', 'publish']);
});

test('PATCH needs the current ETag: a stale one gets 412, a malformed one 400, none 428', async ({ request }) => {
  const created = await request.post('/api/v1/articles', { headers: staff.reporter!.auth, data: { title: 'Bài sửa qua API', body: doc('Bản đầu') } });
  const article = await created.json();
  const etag = created.headers()['etag']!;
  const first = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.reporter!.auth, 'If-Match': etag }, data: { sapo: 'Sapo mới' } });
  expect(first.status()).toBe(200);
  expect(first.headers()['etag']).toBe(`"${article.id}.v2"`);
  expect((await first.json()).sapo).toBe('Sapo mới');

  const stale = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.reporter!.auth, 'If-Match': etag }, data: { sapo: 'Ghi đè' } });
  expect(stale.status()).toBe(412);
  expect(stale.headers()['content-type']).toContain('application/problem+json');
  expect((await stale.json()).detail).toMatch(/đã thay đổi/);
  const malformed = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.reporter!.auth, 'If-Match': 'v2' }, data: { sapo: 'x' } });
  expect(malformed.status()).toBe(400);
  const missing = await request.patch(`/api/v1/articles/${article.id}`, { headers: staff.reporter!.auth, data: { sapo: 'x' } });
  expect(missing.status()).toBe(428);
  const now = await (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.reporter!.auth })).json();
  expect(now).toMatchObject({ sapo: 'Sapo mới', version: 2 });
});

test('bodyHtml goes through the shared schema: markup it does not know is dropped, nothing executable is stored', async ({ request }) => {
  const html = '<h2>Tiêu đề</h2><p onclick="alert(1)">An <strong>toàn</strong><script>alert(1)</script></p><img src="https://evil.example/x.png" onerror="alert(1)"><iframe srcdoc="<script>alert(1)</script>"></iframe><p><a href="javascript:alert(1)">xấu</a> <a href="https://gov.vn">tốt</a></p>';
  const res = await request.post('/api/v1/articles', { headers: staff.reporter!.auth, data: { title: 'Nhập HTML', bodyHtml: html } });
  expect(res.status(), await res.text()).toBe(201);
  const stored = JSON.stringify((await res.json()).body);
  for (const bad of ['script', 'onclick', 'onerror', 'iframe', 'evil.example', 'javascript:']) expect(stored).not.toContain(bad);
  expect(stored).toContain('"heading"');
  expect(stored).toContain('https://gov.vn');
});

test('bad workflow input answers 4xx with a message that says what to do, and changes nothing', async ({ request }) => {
  const article = await (await request.post('/api/v1/articles', { headers: staff.reporter!.auth, data: { title: 'Bài thử lỗi', sapo: 'Sapo.', sectionId } })).json();
  const cases: Array<[StaffToken, object, number, RegExp]> = [
    [staff.reporter!, { event: 'fly' }, 400, /event phải là một trong/],
    [staff.reporter!, { event: 'publish' }, 403, /Vai trò của bạn/],
    [staff.editor!, { event: 'forward_for_approval' }, 409, /Không thể "Trình lãnh đạo duyệt" khi bài đang ở trạng thái "Bản nháp"/],
    [staff.editor!, { event: 'schedule', at: 'mai' }, 400, /ISO 8601/],
  ];
  for (const [who, body, status, message] of cases) {
    const res = await fire(request, who, article.id, body);
    expect(res.status(), JSON.stringify(body)).toBe(status);
    expect((await res.json()).detail).toMatch(message);
  }
  expect((await fire(request, staff.reporter!, article.id, { event: 'submit' })).status()).toBe(200);
  const returned = await fire(request, staff.editor!, article.id, { event: 'return' });
  expect(returned.status()).toBe(400);
  expect((await returned.json()).detail).toMatch(/lý do trả lại/);
  const current = await (await request.get(`/api/v1/articles/${article.id}`, { headers: staff.editor!.auth })).json();
  expect(current).toMatchObject({ status: 'in_review', version: 2 });
  const anonymous = await request.post(`/api/v1/articles/${article.id}/transitions`, { data: { event: 'withdraw' } });
  expect(anonymous.status()).toBe(401);
});

test('the OpenAPI document describes the API from the same schemas', async ({ request }) => {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/articles', '/articles/{id}', '/articles/{id}/transitions', '/articles/{id}/revisions', '/articles/{id}/events', '/public/articles']));
  expect(doc.components.schemas.Transition.properties.event.enum).toContain('forward_for_approval');
  expect(doc.components.schemas.ArticleCreate.required).toContain('title');
});
