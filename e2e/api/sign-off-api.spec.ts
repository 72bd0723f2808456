// The sign-off through the API: approve names the version read, requests cannot set server facts
// or slip unknown fields past the schema, and a live story's metadata changes only through a new
// sign-off (readers keep the approved version meanwhile).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser } from '../fixtures/users';
import * as s from '../../db/schema';

type Auth = { Authorization: string };
let staff: Record<'reporter' | 'editor' | 'leader', Auth>;
let sectionId: string;
let otherSection: { id: string; name: string };

test.beforeAll(async () => {
  staff = {} as typeof staff;
  for (const role of ['reporter', 'editor', 'leader'] as const) {
    const user = await createTestUser({ roles: [role] });
    staff[role] = { Authorization: `Bearer ${await createTestApiToken(user.id)}` };
  }
  sectionId = await demoSectionId();
  const run = crypto.randomUUID().slice(0, 6);
  otherSection = await withE2eDb(async (db) => {
    const [row] = await db.insert(s.sections).values({ slug: `ky-duyet-${run}`, name: `Chuyên mục ký duyệt ${run}` }).returning();
    return { id: row!.id, name: row!.name };
  });
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const read = (request: APIRequestContext, who: Auth, id: string) => request.get(`/api/v1/articles/${id}`, { headers: who });
const fire = (request: APIRequestContext, who: Auth, id: string, body: object, ifMatch?: string) =>
  request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...who, ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, data: body });

async function awaitingApproval(request: APIRequestContext, title: string) {
  const created = await request.post('/api/v1/articles', { headers: staff.reporter, data: { title, sapo: 'Sapo thử.', sectionId, body: doc('Nội dung.'), tags: ['Kinh tế'] } });
  expect(created.status(), await created.text()).toBe(201);
  const article = await created.json();
  expect((await fire(request, staff.reporter, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fire(request, staff.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  return article as { id: string; slug: string };
}

test('approve requires If-Match: 428 without, 412 naming what changed when stale, 200 on the version read', async ({ request }) => {
  const article = await awaitingApproval(request, `Duyệt đúng bản ${crypto.randomUUID().slice(0, 6)}`);
  const seen = (await read(request, staff.leader, article.id)).headers()['etag']!;

  const missing = await fire(request, staff.leader, article.id, { event: 'approve' });
  expect(missing.status()).toBe(428);
  expect((await missing.json()).detail).toMatch(/If-Match/);

  // Someone changes the section and tags while the leader reads.
  const changed = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.leader, 'If-Match': seen }, data: { sectionId: otherSection.id, tags: ['Kinh tế', 'Ngân sách'] } });
  expect(changed.status(), await changed.text()).toBe(200);
  const stale = await fire(request, staff.leader, article.id, { event: 'approve' }, seen);
  expect(stale.status()).toBe(412);
  const problem = await stale.json();
  expect(problem.detail).toMatch(/Chuyên mục và từ khóa/);
  expect(problem.changes.fields).toEqual(['sectionId', 'tags']);
  expect(problem.changes.diff).toMatch(new RegExp(`^/toa-soan/bai-viet/${article.id}/phien-ban\\?a=`));
  expect((await (await read(request, staff.leader, article.id)).json()).status).toBe('awaiting_approval');

  const current = (await read(request, staff.leader, article.id)).headers()['etag']!;
  const ok = await fire(request, staff.leader, article.id, { event: 'approve' }, current);
  expect(ok.status(), await ok.text()).toBe(200);
});

test('unknown and server-owned fields are refused with a 400 that names them, and nothing is saved', async ({ request }) => {
  const title = `Trường lạ ${crypto.randomUUID().slice(0, 6)}`;
  const typo = await request.post('/api/v1/articles', { headers: staff.reporter, data: { title, section: sectionId } });
  expect(typo.status()).toBe(400);
  expect((await typo.json()).detail).toMatch(/section.*sectionId/);
  const listed = await (await request.get(`/api/v1/articles?q=${encodeURIComponent(title)}`, { headers: staff.reporter })).json();
  expect(listed.total).toBe(0);

  const created = await request.post('/api/v1/articles', { headers: staff.reporter, data: { title, sectionId, body: doc('Bản đầu') } });
  const article = await created.json();
  const etag = created.headers()['etag']!;
  for (const [data, named] of [
    [{ status: 'published' }, /status/],
    [{ version: 9, origin: 'import' }, /version, origin/],
    [{ approvedRevisionId: article.currentRevisionId }, /approvedRevisionId/],
    [{ foo: 1 }, /Trường không được hỗ trợ: foo/],
  ] as const) {
    const res = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.reporter, 'If-Match': etag }, data });
    expect(res.status(), JSON.stringify(data)).toBe(400);
    expect((await res.json()).detail).toMatch(named);
  }
  const wipe = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.reporter, 'If-Match': etag }, data: { body: null } });
  expect(wipe.status()).toBe(400);
  expect((await wipe.json()).detail).toMatch(/body không được là null/);
  const late = await fire(request, staff.reporter, article.id, { event: 'submit', late: true });
  expect(late.status()).toBe(400);
  expect((await late.json()).detail).toMatch(/late/);

  const now = await (await read(request, staff.reporter, article.id)).json();
  expect(now).toMatchObject({ version: 1, status: 'draft' });
  expect(JSON.stringify(now.body)).toContain('Bản đầu');
});

test('a live story keeps its approved section and tags for readers until the change is signed off and published', async ({ request }) => {
  const title = `Đổi chuyên mục bài đang đăng ${crypto.randomUUID().slice(0, 6)}`;
  const article = await awaitingApproval(request, title);
  expect((await fire(request, staff.leader, article.id, { event: 'approve' }, (await read(request, staff.leader, article.id)).headers()['etag'])).status()).toBe(200);
  expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  const page = () => request.get(`/bai-viet/${article.slug}`).then((r) => r.text());
  // The header lists every section; the story's own section is its article:section.
  const inOtherSection = `<meta property="article:section" content="${otherSection.name}"/>`;
  const before = await page();
  expect(before).not.toContain(inOtherSection);

  const etag = (await read(request, staff.editor, article.id)).headers()['etag']!;
  const patched = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...staff.editor, 'If-Match': etag }, data: { sectionId: otherSection.id, tags: ['Kinh tế', 'Tin mới ký'] } });
  expect(patched.status(), await patched.text()).toBe(200);
  expect((await patched.json()).status).toBe('in_review');
  const during = await page();
  expect(during).not.toContain(inOtherSection);
  expect(during).not.toContain('Tin mới ký');
  expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(409);

  expect((await fire(request, staff.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  expect((await fire(request, staff.leader, article.id, { event: 'approve' }, (await read(request, staff.leader, article.id)).headers()['etag'])).status()).toBe(200);
  expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  await expect.poll(page, { timeout: 10_000 }).toContain(inOtherSection);
  expect(await page()).toContain('Tin mới ký');

  const events = await (await request.get(`/api/v1/articles/${article.id}/events`, { headers: staff.editor })).json();
  expect(events.items.map((e: { event: string }) => e.event)).toContain('metadata_changed');
});
