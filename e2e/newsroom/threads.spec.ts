// Comment threads in the story editor (issue 23): a leader selects a phrase and writes "Góp ý"; the
// approval is refused while it is open, with a link to the first thread; the writer edits around
// the phrase (the anchor survives, also after a reload), deletes another commented sentence (its
// thread stays listed as "đoạn văn đã bị xóa"), replies mentioning a colleague (who is notified),
// resolves and reopens; after resolving, the leader approves.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';
import { fireTransition } from '../fixtures/workflow';
import * as s from '../../db/schema';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function openAs(browser: Browser, user: TestUser, articleId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page.request, user);
  await page.goto(`/toa-soan/bai-viet/${articleId}`);
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible();
  return page;
}

/** Selects `phrase` inside the `nth` paragraph of the body, as a person dragging over it would. */
async function selectPhrase(page: Page, nth: number, phrase: string) {
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.locator('p').nth(nth).click();
  await page.evaluate(
    ({ nth, phrase }) => {
      const p = document.querySelectorAll('.ProseMirror p')[nth]!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${phrase}" is not in paragraph ${nth}`);
    },
    { nth, phrase },
  );
}

async function comment(page: Page, nth: number, phrase: string, text: string) {
  await selectPhrase(page, nth, phrase);
  await page.getByRole('button', { name: 'Góp ý', exact: true }).click();
  const form = page.getByTestId('gop-y-moi');
  await expect(form).toContainText(phrase);
  await form.getByLabel('Nội dung góp ý').fill(text);
  await form.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(form).toBeHidden();
}

const card = (page: Page, quote: string) => page.locator('[data-testid="gop-y"] li[data-thread-id]').filter({ hasText: `«${quote}»` });

test('a leader comments on a phrase; the writer edits around it, replies with a mention and resolves; approval waits for it', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const run = crypto.randomUUID().slice(0, 6);
  const writer = await createTestUser({ roles: ['reporter'] });
  const editor = await createTestUser({ roles: ['editor'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const colleague = await createTestUser({ roles: ['editor'], name: `Trần Thị Góp Ý ${run}` });
  const as = {
    writer: { Authorization: `Bearer ${await createTestApiToken(writer.id)}` },
    editor: { Authorization: `Bearer ${await createTestApiToken(editor.id)}` },
    leader: { Authorization: `Bearer ${await createTestApiToken(leader.id)}` },
  };
  const etag = async (who: { Authorization: string }, id: string) => (await request.get(`/api/v1/articles/${id}`, { headers: who })).headers()['etag']!;
  const step = async (who: { Authorization: string }, id: string, body: object) => {
    const r = await fireTransition(request, who, id, body, await etag(who, id));
    expect(r.status(), await r.text()).toBe(200);
  };

  const created = await request.post('/api/v1/articles', {
    headers: as.writer,
    data: {
      title: `Hội nghị sơ kết quý hai ${run}`,
      sapo: 'Sapo của bài có góp ý.',
      sectionId: await demoSectionId(),
      body: { type: 'doc', content: [paragraph('Hội nghị đánh giá số liệu quý hai khả quan.'), paragraph('Báo cáo nêu số liệu quý hai tăng bảy phần trăm.'), paragraph('Câu này sẽ bị xóa khỏi bài.')] },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await step(as.writer, id, { event: 'submit' });
  await step(as.editor, id, { event: 'forward_for_approval' });

  // The leader comments on the second occurrence of the phrase (the one in the second paragraph) and on a sentence.
  const lead = await openAs(browser, leader, id);
  await comment(lead, 1, 'số liệu quý hai', 'Xem lại số liệu này với Tổng cục Thống kê.');
  await comment(lead, 2, 'sẽ bị xóa', 'Câu này thừa.');
  const body = lead.getByRole('textbox', { name: 'Nội dung bài viết' });
  await expect(body.locator('p').nth(1).locator('.comment-open')).toHaveText('số liệu quý hai');
  await expect(body.locator('p').nth(0).locator('.comment-open')).toHaveCount(0);
  const first = card(lead, 'số liệu quý hai');
  await expect(first).toContainText('Xem lại số liệu này với Tổng cục Thống kê.');
  await expect(first).toContainText(leader.name);
  await expect(first).toContainText(/\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/);
  const axe = await new AxeBuilder({ page: lead }).include('[data-testid="gop-y"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Approval is refused while threads are open: the message counts them and links to the first.
  await lead.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await lead.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  const refusal = lead.getByRole('alert').filter({ hasText: 'Còn 2 góp ý chưa giải quyết' });
  await expect(refusal).toBeVisible();
  await refusal.getByRole('link', { name: 'Đến góp ý đầu tiên' }).click();
  await expect(first).toBeFocused();
  await expect(lead.getByTestId('trang-thai-bai')).toHaveText('Chờ lãnh đạo duyệt');

  // Back to the writer, who edits around the phrase and deletes the commented sentence.
  await step(as.leader, id, { event: 'return', note: 'Xem các góp ý trên văn bản.', returnTo: writer.id });
  await lead.context().close();
  // The leader has left: their edit lease goes as it would have lapsed (a closed context does not release it).
  await withE2eDb((db) => db.delete(s.editLeases).where(eq(s.editLeases.articleId, id)));
  const pen = await openAs(browser, writer, id);
  await expect(pen.getByRole('button', { name: 'Giành quyền chỉnh sửa' })).toHaveCount(0);
  const text = pen.getByRole('textbox', { name: 'Nội dung bài viết' });
  await text.locator('p').nth(1).click();
  await pen.keyboard.press('End');
  await pen.keyboard.type(' Nguồn: báo cáo của Sở.');
  await pen.keyboard.press('Home');
  await pen.keyboard.type('Theo thống kê, ');
  await text.locator('p').nth(2).click();
  await pen.keyboard.press('End');
  await pen.keyboard.press('Shift+Home');
  await pen.keyboard.press('Backspace');
  // Saved: the server's working copy has the edits (the status line says "Đã lưu" before any save too).
  await expect
    .poll(async () => JSON.stringify(((await (await request.get(`/api/v1/articles/${id}`, { headers: as.writer })).json()) as { body: unknown }).body), { timeout: 20_000 })
    .toMatch(/Theo thống kê, .*Nguồn: báo cáo của Sở\.(?!.*sẽ bị xóa)/);
  await expect(pen.getByTestId('trang-thai-luu')).toContainText('Đã lưu lúc');
  await expect(card(pen, 'sẽ bị xóa')).toContainText('đoạn văn đã bị xóa');

  await pen.reload();
  await expect(text.locator('p').nth(1)).toHaveText('Theo thống kê, Báo cáo nêu số liệu quý hai tăng bảy phần trăm. Nguồn: báo cáo của Sở.');
  await expect(text.locator('p').nth(1).locator('.comment-open')).toHaveText('số liệu quý hai');
  const gone = card(pen, 'sẽ bị xóa');
  await expect(gone).toContainText('đoạn văn đã bị xóa');
  await expect(card(pen, 'số liệu quý hai')).not.toContainText('đoạn văn đã bị xóa');

  // The card takes the writer to the words.
  await card(pen, 'số liệu quý hai').getByRole('button', { name: /Đến đoạn văn/ }).click();
  expect(await pen.evaluate(() => window.getSelection()?.toString())).toBe('số liệu quý hai');

  // A reply mentioning a colleague, who is notified.
  const thread = card(pen, 'số liệu quý hai');
  await thread.getByText('Trả lời', { exact: true }).click();
  await thread.getByLabel('Nội dung trả lời').fill('Đã đối chiếu, nhờ chị xem lại giúp');
  const picker = thread.getByRole('combobox', { name: /Nhắc đến/ });
  await picker.fill(`gop y ${run}`);
  await expect(thread.getByRole('option', { name: colleague.name })).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(thread.getByLabel('Nội dung trả lời')).toHaveValue(`Đã đối chiếu, nhờ chị xem lại giúp @${colleague.name} `);
  await thread.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(thread.getByRole('list', { name: 'Trả lời' })).toContainText(`@${colleague.name}`);
  const told = await withE2eDb((db) => db.select({ message: s.notifications.message }).from(s.notifications).where(and(eq(s.notifications.userId, colleague.id), eq(s.notifications.articleId, id), eq(s.notifications.kind, 'thread_mention'))));
  expect(told).toHaveLength(1);
  expect(told[0]!.message).toContain('nhắc đến bạn trong góp ý');

  // Resolve both (and reopen one, then resolve it again); resolved words are not highlighted.
  await thread.getByRole('button', { name: 'Đã xử lý' }).click();
  await expect(thread).toHaveAttribute('data-status', 'resolved');
  await expect(text.locator('.comment-open')).toHaveCount(0);
  await thread.getByRole('button', { name: 'Mở lại' }).click();
  await expect(thread).toHaveAttribute('data-status', 'open');
  await expect(text.locator('.comment-open')).toHaveText('số liệu quý hai');
  await thread.getByRole('button', { name: 'Đã xử lý' }).click();
  await expect(thread).toHaveAttribute('data-status', 'resolved');
  await gone.getByRole('button', { name: 'Đã xử lý' }).click();
  await expect(gone).toHaveAttribute('data-status', 'resolved');
  await pen.context().close();

  // With every thread resolved, the leader approves.
  await step(as.writer, id, { event: 'submit' });
  await step(as.editor, id, { event: 'forward_for_approval' });
  const again = await openAs(browser, leader, id);
  await again.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await again.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  await expect(again.getByTestId('trang-thai-bai')).toHaveText('Đã duyệt');
  await again.context().close();
});
