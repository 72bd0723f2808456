// The sign-off through the API: approve names the version read, requests cannot set server facts
// or slip unknown fields past the schema, and a live story's metadata changes only through a new
// sign-off (readers keep the approved version meanwhile). API calls go through the typed client
// (e2e/fixtures/api-client.ts), which also checks each answer against the OpenAPI document.
import { expect, test } from '@playwright/test';
import { apiClient, type ApiClient, type Schemas } from '../fixtures/api-client';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser } from '../fixtures/users';
import * as s from '../../db/schema';

let staff: Record<'reporter' | 'editor' | 'leader', ApiClient>;
let sectionId: string;
let otherSection: { id: string; name: string };

test.beforeAll(async () => {
  staff = {} as typeof staff;
  for (const role of ['reporter', 'editor', 'leader'] as const) {
    const user = await createTestUser({ roles: [role] });
    staff[role] = apiClient(await createTestApiToken(user.id));
  }
  sectionId = await demoSectionId();
  const run = crypto.randomUUID().slice(0, 6);
  otherSection = await withE2eDb(async (db) => {
    const [row] = await db.insert(s.sections).values({ slug: `ky-duyet-${run}`, name: `Chuyên mục ký duyệt ${run}` }).returning();
    return { id: row!.id, name: row!.name };
  });
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const read = (who: ApiClient, id: string) => who.GET('/articles/{id}', { params: { path: { id } } });
const etag = async (who: ApiClient, id: string) => (await read(who, id)).response.headers.get('etag')!;
const fire = (who: ApiClient, id: string, body: Schemas['Transition'], ifMatch?: string) =>
  who.POST('/articles/{id}/transitions', { params: { path: { id }, header: ifMatch ? { 'If-Match': ifMatch } : {} }, body });
const patch = (who: ApiClient, id: string, ifMatch: string, body: Schemas['ArticlePatch']) => who.PATCH('/articles/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch } }, body });
/** A body outside the contract, sent on purpose to see it refused. */
const offContract = (body: object): never => body as never;

async function awaitingApproval(title: string) {
  const created = await staff.reporter.POST('/articles', { body: { title, sapo: 'Sapo thử.', sectionId, body: doc('Nội dung.'), tags: ['Kinh tế'] } });
  expect(created.response.status, JSON.stringify(created.error)).toBe(201);
  const article = created.data!;
  expect((await fire(staff.reporter, article.id, { event: 'submit' })).response.status).toBe(200);
  expect((await fire(staff.editor, article.id, { event: 'forward_for_approval' })).response.status).toBe(200);
  return article;
}

test('approve requires If-Match: 428 without, 412 naming what changed when stale, 200 on the version read', async () => {
  const article = await awaitingApproval(`Duyệt đúng bản ${crypto.randomUUID().slice(0, 6)}`);
  const seen = await etag(staff.leader, article.id);

  const missing = await fire(staff.leader, article.id, { event: 'approve' });
  expect(missing.response.status).toBe(428);
  expect(missing.error!.detail).toMatch(/If-Match/);

  // Someone changes the section and tags while the leader reads.
  const changed = await patch(staff.leader, article.id, seen, { sectionId: otherSection.id, tags: ['Kinh tế', 'Ngân sách'] });
  expect(changed.response.status, JSON.stringify(changed.error)).toBe(200);
  const stale = await fire(staff.leader, article.id, { event: 'approve' }, seen);
  expect(stale.response.status).toBe(412);
  const problem = stale.error as Schemas['StaleProblem'];
  expect(problem.detail).toMatch(/Chuyên mục và từ khóa/);
  expect(problem.changes!.fields).toEqual(['sectionId', 'tags']);
  expect(problem.changes!.diff).toMatch(new RegExp(`^/toa-soan/bai-viet/${article.id}/phien-ban\\?a=`));
  expect((await read(staff.leader, article.id)).data!.status).toBe('awaiting_approval');

  const ok = await fire(staff.leader, article.id, { event: 'approve' }, await etag(staff.leader, article.id));
  expect(ok.response.status, JSON.stringify(ok.error)).toBe(200);
});

test('unknown and server-owned fields are refused with a 400 that names them, and nothing is saved', async () => {
  const title = `Trường lạ ${crypto.randomUUID().slice(0, 6)}`;
  const typo = await staff.reporter.POST('/articles', { body: offContract({ title, section: sectionId }) });
  expect(typo.response.status).toBe(400);
  expect(typo.error!.detail).toMatch(/section.*sectionId/);
  const listed = (await staff.reporter.GET('/articles', { params: { query: { q: title } } })).data!;
  expect(listed.total).toBe(0);

  const created = await staff.reporter.POST('/articles', { body: { title, sectionId, body: doc('Bản đầu') } });
  const article = created.data!;
  const version1 = created.response.headers.get('etag')!;
  for (const [data, named] of [
    [{ status: 'published' }, /status/],
    [{ version: 9, origin: 'import' }, /version, origin/],
    [{ approvedRevisionId: article.currentRevisionId }, /approvedRevisionId/],
    [{ foo: 1 }, /Trường không được hỗ trợ: foo/],
  ] as const) {
    const res = await patch(staff.reporter, article.id, version1, offContract(data));
    expect(res.response.status, JSON.stringify(data)).toBe(400);
    expect(res.error!.detail).toMatch(named);
  }
  const wipe = await patch(staff.reporter, article.id, version1, { body: null });
  expect(wipe.response.status).toBe(400);
  expect(wipe.error!.detail).toMatch(/body không được là null/);
  const late = await fire(staff.reporter, article.id, offContract({ event: 'submit', late: true }));
  expect(late.response.status).toBe(400);
  expect(late.error!.detail).toMatch(/late/);

  const now = (await read(staff.reporter, article.id)).data!;
  expect(now).toMatchObject({ version: 1, status: 'draft' });
  expect(JSON.stringify(now.body)).toContain('Bản đầu');
});

test('a live story keeps its approved section and tags for readers until the change is signed off and published', async ({ request }) => {
  const title = `Đổi chuyên mục bài đang đăng ${crypto.randomUUID().slice(0, 6)}`;
  const article = await awaitingApproval(title);
  expect((await fire(staff.leader, article.id, { event: 'approve' }, await etag(staff.leader, article.id))).response.status).toBe(200);
  expect((await fire(staff.editor, article.id, { event: 'publish' })).response.status).toBe(200);
  const page = () => request.get(`/bai-viet/${article.slug}`).then((r) => r.text());
  // The header lists every section; the story's own section is its article:section.
  const inOtherSection = `<meta property="article:section" content="${otherSection.name}"/>`;
  const before = await page();
  expect(before).not.toContain(inOtherSection);

  const patched = await patch(staff.editor, article.id, await etag(staff.editor, article.id), { sectionId: otherSection.id, tags: ['Kinh tế', 'Tin mới ký'] });
  expect(patched.response.status, JSON.stringify(patched.error)).toBe(200);
  expect(patched.data!.status).toBe('in_review');
  const during = await page();
  expect(during).not.toContain(inOtherSection);
  expect(during).not.toContain('Tin mới ký');
  expect((await fire(staff.editor, article.id, { event: 'publish' })).response.status).toBe(409);

  expect((await fire(staff.editor, article.id, { event: 'forward_for_approval' })).response.status).toBe(200);
  expect((await fire(staff.leader, article.id, { event: 'approve' }, await etag(staff.leader, article.id))).response.status).toBe(200);
  expect((await fire(staff.editor, article.id, { event: 'publish' })).response.status).toBe(200);
  await expect.poll(page, { timeout: 10_000 }).toContain(inOtherSection);
  expect(await page()).toContain('Tin mới ký');

  const events = (await staff.editor.GET('/articles/{id}/events', { params: { path: { id: article.id } } })).data!;
  expect(events.items.map((e) => e.event)).toContain('metadata_changed');
});
