// What a leader sees before signing: every field that decides what readers get (section, tags,
// authors, embargo, removal time, …) on the approval screen, the diff of a metadata change side by
// side, and a refusal with a link to the diff when the story changed after they opened it.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser } from '../fixtures/users';
import * as s from '../../db/schema';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
type Auth = { Authorization: string };
const fire = (request: APIRequestContext, who: Auth, id: string, body: object, ifMatch?: string) =>
  request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...who, ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, data: body });
const etag = async (request: APIRequestContext, who: Auth, id: string) => (await request.get(`/api/v1/articles/${id}`, { headers: who })).headers()['etag']!;

test('the leader signs every field: the approval screen lists them, shows the diff of a metadata change, and refuses a version changed meanwhile', async ({ page, request }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const reporter = await createTestUser({ roles: ['reporter'] });
  const editor = await createTestUser({ roles: ['editor'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const otherLeader = await createTestUser({ roles: ['leader'] });
  const as = {
    reporter: { Authorization: `Bearer ${await createTestApiToken(reporter.id)}` },
    editor: { Authorization: `Bearer ${await createTestApiToken(editor.id)}` },
    otherLeader: { Authorization: `Bearer ${await createTestApiToken(otherLeader.id)}` },
  };
  const sectionId = await demoSectionId();
  const newSection = await withE2eDb(async (db) => (await db.insert(s.sections).values({ slug: `duyet-ui-${run}`, name: `Chuyên mục mới ${run}` }).returning())[0]!);

  // A live story whose update moves it to another section, adds a tag and sets a removal time.
  const title = `Bài trình duyệt ${run}`;
  const created = await request.post('/api/v1/articles', { headers: as.reporter, data: { title, sapo: 'Sapo trình duyệt.', sectionId, body: doc('Nội dung.'), tags: ['Kinh tế'] } });
  const article = await created.json();
  expect((await fire(request, as.reporter, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fire(request, as.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  expect((await fire(request, as.otherLeader, article.id, { event: 'approve' }, await etag(request, as.otherLeader, article.id))).status()).toBe(200);
  expect((await fire(request, as.editor, article.id, { event: 'publish' })).status()).toBe(200);
  const removal = '2031-03-15T09:30:00+07:00';
  const update = await request.patch(`/api/v1/articles/${article.id}`, {
    headers: { ...as.editor, 'If-Match': await etag(request, as.editor, article.id) },
    data: { sectionId: newSection.id, tags: ['Kinh tế', `Thẻ mới ${run}`], scheduledUnpublishAt: removal },
  });
  expect(update.status(), await update.text()).toBe(200);
  expect((await fire(request, as.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);

  await signIn(page.request, leader);
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  const summary = page.getByTestId('noi-dung-trinh-duyet');
  await expect(summary.getByRole('heading', { name: 'Nội dung trình duyệt' })).toBeVisible();
  const field = (name: string) => summary.locator(`[data-field="${name}"]`);
  await expect(field('sectionId')).toContainText(`Chuyên mục mới ${run}`);
  await expect(field('sectionId')).toContainText('mới đổi');
  await expect(field('tags')).toContainText(`Kinh tế, Thẻ mới ${run}`);
  await expect(field('scheduledUnpublishAt')).toContainText('15/03/2031 09:30');
  await expect(field('scheduledUnpublishAt')).toContainText('mới đổi');
  await expect(field('embargoUntil')).toContainText('—');
  await expect(field('authorIds')).toContainText(reporter.name);
  await expect(field('title')).not.toContainText('mới đổi');

  await summary.getByRole('link', { name: 'So sánh với bản đang đăng' }).click();
  await expect(page.getByRole('heading', { name: 'So sánh phiên bản' })).toBeVisible();
  const row = page.locator('[data-testid="so-sanh-thong-tin"] tr[data-field="sectionId"]');
  await expect(row).toHaveAttribute('data-changed', 'true');
  await expect(row.locator('del')).not.toHaveText('—');
  await expect(row.locator('ins')).toHaveText(`Chuyên mục mới ${run}`);
  await expect(page.locator('[data-testid="so-sanh-thong-tin"] tr[data-field="title"]')).not.toHaveAttribute('data-changed', 'true');
  await expect(page.locator('[data-testid="so-sanh-thong-tin"] tr[data-field="scheduledUnpublishAt"] ins')).toContainText('15/03/2031 09:30');

  // The leader reads the story; meanwhile another leader changes a tag (leaders may edit while a story awaits sign-off). Approving what is on screen is refused.
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  await expect(page.getByTestId('trang-thai-bai')).toHaveText('Chờ lãnh đạo duyệt');
  const sneaky = await request.patch(`/api/v1/articles/${article.id}`, { headers: { ...as.otherLeader, 'If-Match': await etag(request, as.otherLeader, article.id) }, data: { tags: ['Kinh tế', `Thẻ lén ${run}`] } });
  expect(sneaky.status(), await sneaky.text()).toBe(200);
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await page.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Bài đã được sửa sau phiên bản bạn đang xem' });
  await expect(alert).toContainText('Từ khóa');
  await alert.getByRole('link', { name: 'Xem thay đổi' }).click();
  await expect(page.locator('[data-testid="so-sanh-thong-tin"] tr[data-field="tags"] ins')).toContainText(`Thẻ lén ${run}`);

  // Having seen it, the leader approves the current version.
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await page.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  await expect(page.getByTestId('trang-thai-bai')).toHaveText('Đã duyệt');
});
