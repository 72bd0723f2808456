import { expect, test } from '@playwright/test';
import { apiClient, type ApiClient, type Schemas } from '../fixtures/api-client';
import { BASE_URL } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { createTestApiToken, createTestUser } from '../fixtures/users';

// Through the typed client (openapi-fetch over the types generated from the OpenAPI document),
// which also checks every answer against the document.
interface StaffToken {
  id: string;
  token: string;
  api: ApiClient;
}

let staff: Record<string, StaffToken>;
let sectionId: string;
test.beforeAll(async () => {
  staff = {};
  for (const role of ['reporter', 'editor', 'leader'] as const) {
    const user = await createTestUser({ roles: [role] });
    const token = await createTestApiToken(user.id);
    staff[role] = { id: user.id, token, api: apiClient(token) };
  }
  sectionId = await demoSectionId();
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
type Transition = Schemas['Transition'];

function fire(who: StaffToken, id: string, body: Transition, ifMatch?: string) {
  return who.api.POST('/articles/{id}/transitions', { params: { path: { id }, header: ifMatch ? { 'If-Match': ifMatch } : {} }, body });
}

/** The ETag of the version the caller reads now (approve must name it). */
async function etagOf(who: StaffToken, id: string): Promise<string> {
  return (await who.api.GET('/articles/{id}', { params: { path: { id } } })).response.headers.get('etag')!;
}

test('a story goes from draft to the public site through the API, and is on no public surface before', async ({ request, page }) => {
  const title = `Hội nghị giao ban kinh tế ${crypto.randomUUID().slice(0, 6)}`;
  const created = await staff.reporter!.api.POST('/articles', { body: { title, sapo: 'Sapo thử.', sectionId, body: doc('Nội dung thử.'), byline: 'TTTTPT&DBKT' } });
  expect(created.response.status).toBe(201);
  const article = created.data!;
  expect(created.response.headers.get('etag')).toBe(`"${article.id}.v1"`);
  expect(article).toMatchObject({ status: 'draft', title, version: 1 });

  const publicUrl = `/bai-viet/${article.slug}`;
  const isPublic = async () => (await request.get(publicUrl)).status() === 200;
  const anonymous = apiClient();
  const inPublicApi = async () => JSON.stringify((await anonymous.GET('/public/articles')).data).includes(article.id);

  for (const [who, event] of [['reporter', 'submit'], ['editor', 'forward_for_approval'], ['leader', 'approve']] as const) {
    expect(await isPublic()).toBe(false);
    expect(await inPublicApi()).toBe(false);
    const res = await fire(staff[who]!, article.id, { event }, event === 'approve' ? await etagOf(staff[who]!, article.id) : undefined);
    expect(res.response.status, `${who} ${event}: ${JSON.stringify(res.error)}`).toBe(200);
  }
  const approved = (await staff.editor!.api.GET('/articles/{id}', { params: { path: { id: article.id } } })).data!;
  expect(approved.approval).toMatchObject({ revisionId: approved.currentRevisionId });
  expect(await isPublic()).toBe(false);

  expect((await fire(staff.editor!, article.id, { event: 'publish' })).response.status).toBe(200);
  expect(await isPublic()).toBe(true);
  expect(await inPublicApi()).toBe(true);
  await page.goto(publicUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const events = (await staff.editor!.api.GET('/articles/{id}/events', { params: { path: { id: article.id } } })).data!;
  expect(events.items.map((e) => e.event)).toEqual(['create', 'submit', 'forward_for_approval', 'approve', 'publish']);
});

test('PATCH needs the current ETag: a stale one gets 412, a malformed one 400, none 428', async ({ request }) => {
  const { api, token } = staff.reporter!;
  const created = await api.POST('/articles', { body: { title: 'Bài sửa qua API', body: doc('Bản đầu') } });
  const article = created.data!;
  const etag = created.response.headers.get('etag')!;
  const patch = (ifMatch: string, sapo: string) => api.PATCH('/articles/{id}', { params: { path: { id: article.id }, header: { 'If-Match': ifMatch } }, body: { sapo } });
  const first = await patch(etag, 'Sapo mới');
  expect(first.response.status).toBe(200);
  expect(first.response.headers.get('etag')).toBe(`"${article.id}.v2"`);
  expect(first.data!.sapo).toBe('Sapo mới');

  const stale = await patch(etag, 'Ghi đè');
  expect(stale.response.status).toBe(412);
  expect(stale.response.headers.get('content-type')).toContain('application/problem+json');
  expect(stale.error!.detail).toMatch(/đã thay đổi/);
  expect((await patch('v2', 'x')).response.status).toBe(400);
  // Without the required header: outside what the typed client lets one write.
  const missing = await request.patch(`/api/v1/articles/${article.id}`, { headers: { Authorization: `Bearer ${token}` }, data: { sapo: 'x' } });
  expect(missing.status()).toBe(428);
  const now = (await api.GET('/articles/{id}', { params: { path: { id: article.id } } })).data!;
  expect(now).toMatchObject({ sapo: 'Sapo mới', version: 2 });
});

test('bodyHtml goes through the shared schema: markup it does not know is dropped, nothing executable is stored', async () => {
  const html = '<h2>Tiêu đề</h2><p onclick="alert(1)">An <strong>toàn</strong><script>alert(1)</script></p><img src="https://evil.example/x.png" onerror="alert(1)"><iframe srcdoc="<script>alert(1)</script>"></iframe><p><a href="javascript:alert(1)">xấu</a> <a href="https://gov.vn">tốt</a></p>';
  const res = await staff.reporter!.api.POST('/articles', { body: { title: 'Nhập HTML', bodyHtml: html } });
  expect(res.response.status, JSON.stringify(res.error)).toBe(201);
  const stored = JSON.stringify(res.data!.body);
  for (const bad of ['script', 'onclick', 'onerror', 'iframe', 'evil.example', 'javascript:']) expect(stored).not.toContain(bad);
  expect(stored).toContain('"heading"');
  expect(stored).toContain('https://gov.vn');
});

test('bad workflow input answers 4xx with a message that says what to do, and changes nothing', async ({ request }) => {
  const article = (await staff.reporter!.api.POST('/articles', { body: { title: 'Bài thử lỗi', sapo: 'Sapo.', sectionId } })).data!;
  const cases: Array<[StaffToken, Transition, number, RegExp]> = [
    [staff.reporter!, { event: 'fly' as Transition['event'] }, 400, /event phải là một trong/],
    [staff.reporter!, { event: 'publish' }, 403, /Vai trò của bạn/],
    [staff.editor!, { event: 'forward_for_approval' }, 409, /Không thể "Trình lãnh đạo duyệt" khi bài đang ở trạng thái "Bản nháp"/],
    [staff.editor!, { event: 'schedule', at: 'mai' }, 400, /ISO 8601/],
  ];
  for (const [who, body, status, message] of cases) {
    const res = await fire(who, article.id, body);
    expect(res.response.status, JSON.stringify(body)).toBe(status);
    expect(res.error!.detail).toMatch(message);
  }
  expect((await fire(staff.reporter!, article.id, { event: 'submit' })).response.status).toBe(200);
  const returned = await fire(staff.editor!, article.id, { event: 'return' });
  expect(returned.response.status).toBe(400);
  expect(returned.error!.detail).toMatch(/lý do trả lại/);
  const current = (await staff.editor!.api.GET('/articles/{id}', { params: { path: { id: article.id } } })).data!;
  expect(current).toMatchObject({ status: 'in_review', version: 2 });
  const anonymous = await apiClient().POST('/articles/{id}/transitions', { params: { path: { id: article.id } }, body: { event: 'withdraw' } });
  expect(anonymous.response.status).toBe(401);
  // Same through a plain request, as a browser script without the client would send it.
  expect((await request.post(`/api/v1/articles/${article.id}/transitions`, { data: { event: 'withdraw' } })).status()).toBe(401);
});

test('the OpenAPI document describes every route from the same schemas, and the lists it adds answer', async () => {
  const res = await fetch(`${BASE_URL}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  const document = await res.json();
  expect(document.openapi).toBe('3.1.0');
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/articles', '/articles/{id}', '/articles/{id}/transitions', '/articles/{id}/revisions', '/articles/{id}/events', '/public/articles', '/sections', '/people', '/units']));
  expect(document.components.schemas.Transition.properties.event.enum).toContain('forward_for_approval');
  expect(document.components.schemas.ArticleCreate.required).toContain('title');
  expect(document.components.schemas.Article.properties.links.required).toContain('self');

  const { api } = staff.reporter!;
  const sections = (await api.GET('/sections')).data!;
  expect(sections.items.map((s) => s.id)).toContain(sectionId);
  expect((await api.GET('/people')).response.status).toBe(200);
  expect((await api.GET('/units')).response.status).toBe(200);
  expect((await apiClient().GET('/sections')).response.status).toBe(401);
});
