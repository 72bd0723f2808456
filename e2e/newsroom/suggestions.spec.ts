// Suggesting mode (issue 23): a leader in "Chế độ gợi ý" deletes a sentence and inserts a word; the
// writer sees both, accepts one and rejects the other; the saved text is exact; approval is refused
// while a suggestion is open and allowed after; readers never see a suggestion (page, "Lưu bài",
// feed, search).
import { expect, test, type Page } from '@playwright/test';
import { eq, sql } from 'drizzle-orm';
import { signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { approvedStory, createStaffTeam, createWorkflowStaff, fireTransition, storyDoc } from '../fixtures/workflow';
import * as s from '../../db/schema';

const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 15_000 });
type Body = { type: string; text?: string; content?: Body[] };
const text = (node: Body): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(text).join(''));

test('a leader suggests, the writer accepts one and rejects the other, the leader approves exactly the accepted text', async ({ page, request }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const { reporter, leader, as } = await createStaffTeam();
  const original = 'Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.';
  const created = await request.post('/api/v1/articles', { headers: as.reporter, data: { title: `Gợi ý ${run}`, sapo: 'Sapo gợi ý.', sectionId: await demoSectionId(), body: storyDoc(original) } });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string };
  expect((await fireTransition(request, as.reporter, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fireTransition(request, as.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);

  // The leader: suggesting mode is on by default for leaders.
  await signIn(page.request, leader);
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  const toggle = page.getByRole('button', { name: /Chế độ gợi ý/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  // Select " Đại biểu đông đủ." (18 characters) and delete it: a suggested deletion, still in the text.
  // The page may still be settling (the edit lease, the first autosave) when the keys start, and a
  // key pressed while it re-renders can be lost: select again until exactly the sentence is selected.
  // CI once saw the selection exact and the deletion four characters short: the selection moved
  // between the check and the key. So the page's first requests are let finish, and a deletion that
  // is not exactly the sentence is undone and made again.
  await page.waitForLoadState('networkidle');
  await expect(async () => {
    if ((await body.locator('del.suggestion').count()) > 0) await page.keyboard.press('ControlOrMeta+z');
    await expect(body.locator('del.suggestion')).toHaveCount(0, { timeout: 2_000 });
    await body.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 18; i += 1) await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(' Đại biểu đông đủ.');
    await page.keyboard.press('Backspace');
    await expect(body.locator('del.suggestion')).toHaveText(' Đại biểu đông đủ.', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(body).toContainText('Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.');
  // Insert a word after "diễn ra ".
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Hội nghị diễn ra '.length; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('sáng nay ');
  await expect(body.locator('ins.suggestion')).toHaveText('sáng nay ');
  await saved(page);
  const cards = page.getByTestId('the-goi-y');
  await expect(cards).toHaveCount(2);

  // Approval is refused while suggestions are open, counted.
  const etag = async () => (await request.get(`/api/v1/articles/${article.id}`, { headers: as.leader })).headers()['etag']!;
  const refused = await fireTransition(request, as.leader, article.id, { event: 'approve' }, await etag());
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('Còn 2 gợi ý chưa xử lý');
  expect((await fireTransition(request, as.leader, article.id, { event: 'return', note: 'Xem các gợi ý.', returnTo: reporter.id }, await etag())).status()).toBe(200);

  // The writer sees both suggestions with the leader's name, accepts the insertion, rejects the deletion.
  await page.context().clearCookies();
  await signIn(page.request, reporter);
  await page.goto(`/toa-soan/bai-viet/${article.id}`);
  // Live co-editing (the default): no edit lease to take over from the leader's page.
  await expect(page.getByRole('button', { name: 'Giành quyền chỉnh sửa' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Chế độ gợi ý/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText(leader.name);
  await expect(cards.first()).toContainText('sáng nay');
  await expect(cards.nth(1)).toContainText('Đại biểu đông đủ.');
  await expect(page.getByRole('button', { name: `Chấp nhận tất cả của ${leader.name}` })).toBeVisible();
  await cards.filter({ hasText: 'sáng nay' }).getByRole('button', { name: 'Chấp nhận' }).click();
  await expect(cards).toHaveCount(1);
  await cards.filter({ hasText: 'Đại biểu' }).getByRole('button', { name: 'Từ chối' }).click();
  await expect(cards).toHaveCount(0);
  await saved(page);

  const stored = (await (await request.get(`/api/v1/articles/${article.id}`, { headers: as.reporter })).json()) as { body: Body };
  expect(text(stored.body)).toBe('Hội nghị diễn ra sáng nay tại Hà Nội. Đại biểu đông đủ.');
  expect(JSON.stringify(stored.body)).not.toMatch(/insertion|deletion|modification/);
  expect(((await (await request.get(`/api/v1/articles/${article.id}/suggestions`, { headers: as.reporter })).json()) as { items: unknown[] }).items).toEqual([]);

  // Back up the chain: approval is allowed now.
  expect((await fireTransition(request, as.reporter, article.id, { event: 'submit' })).status()).toBe(200);
  expect((await fireTransition(request, as.editor, article.id, { event: 'forward_for_approval' })).status()).toBe(200);
  const approved = await fireTransition(request, as.leader, article.id, { event: 'approve' }, await etag());
  expect(approved.status(), await approved.text()).toBe(200);
});

test('readers never see a suggestion: page, feed and search show the text as if each were rejected', async ({ page, request }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const staff = await createWorkflowStaff();
  const title = `Không lộ gợi ý ${run}`;
  const article = await approvedStory(request, staff, { title, sapo: 'Sapo.', sectionId: await demoSectionId(), text: `Câu giữ lại ${run}. Câu đề nghị xóa ${run}.` });
  // The sign-off keeps suggestions out of a signed revision; to prove the reader surfaces would not
  // show one anyway, the signed revision's body is given open suggestions behind the app's back.
  const secret = `chuthem${run}`;
  await withE2eDb(async (db) => {
    const [a] = await db.select().from(s.articles).where(eq(s.articles.id, article.id));
    const stamp = (type: string) => ({ type, attrs: { id: crypto.randomUUID(), authorId: crypto.randomUUID(), createdAt: new Date().toISOString() } });
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Câu giữ lại ${run}. ` }, { type: 'text', text: `${secret} `, marks: [stamp('insertion')] }, { type: 'text', text: `Câu đề nghị xóa ${run}.`, marks: [stamp('deletion')] }] }],
    };
    // Revisions are immutable (a trigger refuses updates): this session alone skips triggers.
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(s.revisions).set({ body }).where(eq(s.revisions.id, a!.approvedRevisionId!));
    });
  });
  expect((await fireTransition(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);

  await page.goto(`/bai-viet/${article.slug}`);
  const story = page.getByRole('article', { name: title });
  await expect(story).toContainText(`Câu giữ lại ${run}. Câu đề nghị xóa ${run}.`);
  const html = await page.content();
  expect(html).not.toContain(secret);
  expect(html).not.toMatch(/<ins|<del|data-suggestion|suggestion-/);
  const saved = await request.get(`/bai-viet/${article.slug}/luu`);
  expect(saved.status()).toBe(200);
  const download = await saved.text();
  expect(download).toContain(`Câu đề nghị xóa ${run}.`);
  expect(download).not.toContain(secret);
  const feed = await (await request.get('/rss.xml')).text();
  expect(feed).toContain(title);
  expect(feed).not.toContain(secret);
  await page.goto(`/tim-kiem?q=${encodeURIComponent(secret)}`);
  await expect(page.locator('main')).not.toContainText(title);
  await page.goto(`/tim-kiem?q=${encodeURIComponent(`Câu đề nghị xóa ${run}`)}`);
  await expect(page.locator('main')).toContainText(title);
});
