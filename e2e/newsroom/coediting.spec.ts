// Live co-editing (issue #24) in real browsers against the real collaboration server (started beside
// the app by playwright.config.ts, supervised as npm start does): three people typing at once
// converge, presence instead of the lease, offline typing kept in the browser and merged, the server
// killed with -9 and back, an API PATCH appearing in the editors, a watcher who cannot write, a
// deactivated account cut off, and the workflow step freezing exactly what was typed.
import { execFileSync } from 'node:child_process';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';
import { fireTransition } from '../fixtures/workflow';
import { COLLAB_PORT } from '../../playwright.config';
import * as s from '../../db/schema';

type Body = { type: string; text?: string; content?: Body[] };
const text = (node: Body): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(text).join(' '));
const OFFLINE = 'Mất kết nối — đang lưu trên máy này';

const contexts: BrowserContext[] = [];

async function openEditor(browser: Browser, user: TestUser, articleId: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  await signIn(context.request, user);
  const page = await context.newPage();
  await page.goto(`/toa-soan/bai-viet/${articleId}`);
  return page;
}

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const writable = (page: Page) => expect(body(page)).toHaveAttribute('contenteditable', 'true', { timeout: 20_000 });
/** The body's paragraphs as text, without the others' caret labels drawn inside them. */
const paragraphs = (page: Page) =>
  body(page).evaluate((el) =>
    [...el.querySelectorAll(':scope > p')].map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent ?? '';
    }),
  );
const shows = (page: Page, expected: string[], timeout = 10_000) => expect.poll(() => paragraphs(page), { timeout }).toEqual(expected);
const contains = (page: Page, part: string, timeout = 10_000) => expect.poll(async () => (await paragraphs(page)).join(' '), { timeout }).toContain(part);
const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu/, { timeout: 20_000 });

/** Puts the caret at the end (or start) of the n-th paragraph of the body. */
async function caretIn(page: Page, paragraph: number, where: 'start' | 'end') {
  await body(page).locator('p').nth(paragraph).click();
  await page.keyboard.press(where === 'end' ? 'End' : 'Home');
}

async function storyBody(request: import('@playwright/test').APIRequestContext, token: string, id: string): Promise<string> {
  const response = await request.get(`/api/v1/articles/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  return text(((await response.json()) as { body: Body }).body);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  // Live co-editing is on by default; an administrator can turn it off and on again in the settings.
  const admin = await createTestUser({ roles: ['admin'] });
  const context = await browser.newContext();
  await signIn(context.request, admin);
  const page = await context.newPage();
  await page.goto('/toa-soan/cai-dat');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lưu cùng soạn trực tiếp' }) });
  const box = form.getByRole('checkbox', { name: /Nhiều người cùng sửa/ });
  await expect(box).toBeChecked();
  await box.uncheck();
  await form.getByRole('button', { name: 'Lưu cùng soạn trực tiếp' }).click();
  await expect(page.getByRole('status')).toContainText('Đã tắt cùng soạn trực tiếp.');
  await expect(box).not.toBeChecked();
  await box.check();
  await form.getByRole('button', { name: 'Lưu cùng soạn trực tiếp' }).click();
  await expect(page.getByRole('status')).toContainText('Đã bật cùng soạn trực tiếp.');
  await context.close();
});

test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

test.afterAll(async () => {
  // Back to the default (on), whatever a test left.
  await withE2eDb((db) => db.update(s.siteSettings).set({ liveCoediting: true }));
});

async function threeWriters(run: string, request: import('@playwright/test').APIRequestContext) {
  // Co-authors of one draft (only its writers edit a draft). Not on the test domain: test accounts
  // cannot be credited as authors (lib/policy/authors.ts).
  const writer = (name: string) => createTestUser({ roles: ['reporter'], name: `Phóng viên ${name} ${run}`, email: `pv-${run}-${crypto.randomUUID().slice(0, 8)}@cung-soan.vn` });
  const writers = [await writer('An'), await writer('Bình'), await writer('Chi')];
  const token = await createTestApiToken(writers[0]!.id);
  const created = await request.post('/api/v1/articles', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      title: `Cùng soạn ${run}`,
      sapo: 'Sapo cùng soạn.',
      sectionId: await demoSectionId(),
      authorIds: writers.map((w) => w.id),
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Khai mạc hội nghị.' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Báo cáo tổng kết năm.' }] }] },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { writers, token, id: ((await created.json()) as { id: string }).id };
}

/** A new draft of three co-authors, opened in the editor by the writers at `who` (indexes), each ready to type. */
async function editing(browser: Browser, request: import('@playwright/test').APIRequestContext, who: number[]) {
  const run = crypto.randomUUID().slice(0, 6);
  const story = await threeWriters(run, request);
  const pages: Page[] = [];
  for (const i of who) pages.push(await openEditor(browser, story.writers[i]!, story.id));
  for (const page of pages) await writable(page);
  return { ...story, run, pages: pages as [Page, Page, Page] };
}

test('three people type at once, in different paragraphs and in the same one: every editor converges to one text, and it is saved as a revision', async ({ browser, request }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const { writers, token, id } = await threeWriters(run, request);
  const pages = await Promise.all(writers.map((w) => openEditor(browser, w, id)));
  for (const page of pages) await writable(page);
  // Presence, per person: each sees the two others, no lease banner.
  for (const [i, page] of pages.entries()) {
    for (const [j, w] of writers.entries()) if (i !== j) await expect(page.getByTestId('nguoi-cung-soan').filter({ hasText: w.name })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('đang chỉnh sửa bài này')).toHaveCount(0);
  }
  // An in the first paragraph's end, Bình at its start (the same paragraph), Chi in the second one.
  await caretIn(pages[0]!, 0, 'end');
  await caretIn(pages[1]!, 0, 'start');
  await caretIn(pages[2]!, 1, 'end');
  await Promise.all([pages[0]!.keyboard.type(' An bổ sung.'), pages[1]!.keyboard.type('Sáng nay, '), pages[2]!.keyboard.type(' Chi ghi thêm số liệu.')]);
  const expected = ['Sáng nay, Khai mạc hội nghị. An bổ sung.', 'Báo cáo tổng kết năm. Chi ghi thêm số liệu.'];
  for (const page of pages) await shows(page, expected);
  // The others' carets in their colours, with their names.
  await expect(pages[0]!.locator('.collaboration-carets__label').filter({ hasText: writers[1]!.name })).toBeVisible();
  for (const page of pages) await saved(page);
  expect(await storyBody(request, token, id)).toBe(expected.join(' '));
});

test('a writer who loses the connection keeps typing, is told so, reloads without a connection and types on, and everything merges when it returns', async ({ browser, request }) => {
  const { token, id, pages: [a, b] } = await editing(browser, request, [0, 1]);
  // The newsroom's service worker has kept this editor page (it does so as the editor opens).
  await expect.poll(() => a.evaluate(async () => Boolean(await caches.match(location.href))), { timeout: 15_000 }).toBe(true);
  await a.context().setOffline(true);
  await expect(a.getByTestId('trang-thai-luu')).toHaveText(OFFLINE);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Gõ khi mất mạng.');
  // Meanwhile the other writer goes on online.
  await caretIn(b, 1, 'end');
  await b.keyboard.type(' Gõ khi có mạng.');
  await saved(b);
  expect((await paragraphs(b)).join(' ')).not.toContain('Gõ khi mất mạng.');
  // Reloaded with no network: the editor opens (served by the service worker) with the text typed
  // offline (kept in this browser's IndexedDB), and says it is offline.
  await a.waitForTimeout(500); // IndexedDB writes are asynchronous
  await a.reload();
  await expect(a.getByTestId('trang-thai-luu')).toHaveText(OFFLINE, { timeout: 15_000 });
  await contains(a, 'Gõ khi mất mạng.');
  // And goes on typing in the reloaded editor, still without a network.
  await writable(a);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Sau khi tải lại.');
  await a.waitForTimeout(500);
  // Online again: both sides merge.
  await a.context().setOffline(false);
  await writable(a);
  for (const page of [a, b]) await shows(page, ['Khai mạc hội nghị. Gõ khi mất mạng. Sau khi tải lại.', 'Báo cáo tổng kết năm. Gõ khi có mạng.']);
  // Typed offline, saved once back; and a tab closed offline and opened again later merges too.
  await caretIn(a, 1, 'start');
  await a.keyboard.type('Thêm. ');
  await saved(a);
  expect(await storyBody(request, token, id)).toBe('Khai mạc hội nghị. Gõ khi mất mạng. Sau khi tải lại. Thêm. Báo cáo tổng kết năm. Gõ khi có mạng.');
  await a.context().setOffline(true);
  await caretIn(a, 1, 'end');
  await a.keyboard.type(' Sau khi đóng thẻ.');
  await a.waitForTimeout(500);
  const browserOfA = a.context();
  await a.close();
  await browserOfA.setOffline(false);
  const again = await browserOfA.newPage();
  await again.goto(`/toa-soan/bai-viet/${id}`);
  await writable(again);
  await contains(again, 'Báo cáo tổng kết năm. Gõ khi có mạng. Sau khi đóng thẻ.');
  // Sent from this browser's copy as the editor connects, then made a revision at the next pause.
  await expect.poll(() => storyBody(request, token, id), { timeout: 20_000 }).toContain('Gõ khi có mạng. Sau khi đóng thẻ.');
});

test('signing out forgets the offline copies this browser kept (a shared computer keeps no story text)', async ({ browser, request }) => {
  const { pages: [a] } = await editing(browser, request, [0]);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Gõ trên máy dùng chung.');
  await saved(a);
  const copies = () => a.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith('toa-soan:cung-soan:')));
  // And the editor page the service worker kept for a reload without a connection.
  const keptPages = () =>
    a.evaluate(async () => {
      const pages: string[] = [];
      for (const name of await caches.keys()) pages.push(...(await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/toa-soan/bai-viet/')));
      return pages;
    });
  await expect.poll(copies).toHaveLength(1);
  await expect.poll(keptPages, { timeout: 15_000 }).toHaveLength(1);
  await a.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(a).toHaveURL(/\/toa-soan\/dang-nhap/);
  await expect.poll(copies).toEqual([]);
  expect(await keptPages()).toEqual([]);
});

test('a session that simply expires: the sign-in page drops the kept pages, and the next person to sign in finds no one else\'s copy (the owner keeps theirs)', async ({ browser, request }) => {
  const { pages: [a], writers } = await editing(browser, request, [0]);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Phiên sắp hết hạn.');
  await saved(a);
  const copies = () => a.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith('toa-soan:cung-soan:')));
  const keptPages = () => a.evaluate(async () => (await caches.keys()).includes('toa-soan-ngoai-tuyen-v1'));
  await expect.poll(copies).toHaveLength(1);
  await expect.poll(keptPages, { timeout: 15_000 }).toBe(true);
  const [own] = await copies();
  expect(own).toContain(`:${writers[0]!.id}`);
  // Another newsroom page of the same person keeps both (its clean-up deletes only other accounts' copies).
  await a.goto('/toa-soan');
  await a.waitForTimeout(1_000);
  expect(await keptPages()).toBe(true);
  expect(await copies()).toEqual([own]);

  // The session cookie is gone (expired) without "Đăng xuất": the newsroom sends the browser to sign in.
  await a.context().clearCookies();
  await a.goto('/toa-soan');
  await expect(a).toHaveURL(/\/toa-soan\/dang-nhap/);
  await expect.poll(keptPages).toBe(false);
  expect(await copies()).toEqual([own]); // typing not yet sent would survive for its owner

  // The owner signs back in: their copy stays; a copy left by another account is deleted.
  const stranger = `toa-soan:cung-soan:${crypto.randomUUID()}:${crypto.randomUUID()}`;
  await a.evaluate((name) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  }), stranger);
  expect((await copies()).sort()).toEqual([own, stranger].sort());
  await signIn(a.context().request, writers[0]!);
  await a.goto('/toa-soan');
  await expect.poll(copies).toEqual([own]);

  // Someone else signs in on this computer: the first writer's copy is deleted.
  await a.context().clearCookies();
  await signIn(a.context().request, writers[1]!);
  await a.goto('/toa-soan');
  await expect.poll(copies).toEqual([]);
});

test('the collaboration server killed with -9 mid-edit comes back; the editors reconnect and nothing typed is lost', async ({ browser, request }) => {
  const { token, id, pages: [a, b] } = await editing(browser, request, [0, 1]);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Trước khi máy chủ dừng.');
  await contains(b, 'Trước khi máy chủ dừng.');
  // The server process itself (its supervisor restarts it, as npm start does).
  const listening = execFileSync('ss', ['-Hltnp', `sport = :${COLLAB_PORT}`], { encoding: 'utf8' });
  const pid = Number(/pid=(\d+)/.exec(listening)?.[1]);
  expect(pid).toBeGreaterThan(0);
  process.kill(pid, 'SIGKILL');
  await a.keyboard.type(' Trong lúc máy chủ dừng.');
  await contains(b, 'Trong lúc máy chủ dừng.', 45_000);
  await contains(a, 'Trước khi máy chủ dừng. Trong lúc máy chủ dừng.');
  await saved(a);
  expect(await storyBody(request, token, id)).toContain('Khai mạc hội nghị. Trước khi máy chủ dừng. Trong lúc máy chủ dừng.');
});

test('an API PATCH during the session appears in the editors, and the typing around it is kept', async ({ browser, request }) => {
  const { token, id, pages: [a] } = await editing(browser, request, [0]);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Gõ trong trình soạn thảo.');
  await saved(a);
  const current = await request.get(`/api/v1/articles/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  const etag = current.headers()['etag']!;
  const data = (await current.json()) as { body: { content: unknown[] } };
  const patched = await request.patch(`/api/v1/articles/${id}`, {
    headers: { Authorization: `Bearer ${token}`, 'If-Match': etag },
    data: { body: { type: 'doc', content: [...data.body.content, { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn thêm qua API.' }] }] } },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  await shows(a, ['Khai mạc hội nghị. Gõ trong trình soạn thảo.', 'Báo cáo tổng kết năm.', 'Đoạn thêm qua API.']);
});

test('a reporter watching a story in review cannot write; a deactivated writer is cut off at once; submitting freezes what was typed', async ({ browser, request }) => {
  const { run, writers, token, id, pages: [a, c] } = await editing(browser, request, [0, 2]);
  const editor = await createTestUser({ roles: ['editor'], name: `Biên tập ${run}` });
  // Deactivated: the connection closes at once and the body stops being editable.
  await withE2eDb((db) => db.update(s.users).set({ isActive: false }).where(eq(s.users.id, writers[2]!.id)));
  await expect(body(c)).toHaveAttribute('contenteditable', 'false', { timeout: 15_000 });
  await expect(c.getByTestId('trang-thai-luu')).toContainText('Không cùng soạn được');

  // The writer types and submits from the panel: the submitted revision holds the typing.
  await caretIn(a, 1, 'end');
  await a.keyboard.type(' Câu cuối trước khi gửi.');
  await a.getByRole('button', { name: 'Gửi biên tập' }).click();
  await expect(a.getByTestId('trang-thai-bai')).toHaveText(/Chờ biên tập|Đang biên tập|Chờ duyệt biên tập/, { timeout: 20_000 });
  expect(await storyBody(request, token, id)).toBe('Khai mạc hội nghị. Báo cáo tổng kết năm. Câu cuối trước khi gửi.');

  // In review the reporter only watches: not editable, and what the editor types still reaches them.
  const watcher = await openEditor(browser, writers[1]!, id);
  const ed = await openEditor(browser, editor, id);
  await writable(ed);
  await expect(watcher.getByText('Bạn đang xem bài')).toBeVisible({ timeout: 15_000 });
  await expect(body(watcher)).toHaveAttribute('contenteditable', 'false');
  await caretIn(ed, 0, 'end');
  await ed.keyboard.type(' Biên tập sửa.');
  await contains(watcher, 'Khai mạc hội nghị. Biên tập sửa.');
  const editorToken = await createTestApiToken(editor.id);
  await saved(ed);
  expect(await storyBody(request, editorToken, id)).toContain('Khai mạc hội nghị. Biên tập sửa.');
  expect((await fireTransition(request, { Authorization: `Bearer ${editorToken}` }, id, { event: 'forward_for_approval' })).status()).toBe(200);
});

/** A leader's editor, writable, switched from suggesting mode (their default) to editing the text itself. */
async function editTextItself(page: Page) {
  await writable(page);
  const mode = page.getByRole('button', { name: /Chế độ gợi ý/ });
  await mode.click();
  await expect(mode).toHaveAttribute('aria-pressed', 'false');
}

test('a leader signs only what their screen showed: a co-editor\'s words make the approval stale; their own fix does not', async ({ browser, request }) => {
  const run = crypto.randomUUID().slice(0, 6);
  const { writers, token, id } = await threeWriters(run, request);
  const editor = await createTestUser({ roles: ['editor'], name: `Biên tập ${run}` });
  const signer = await createTestUser({ roles: ['leader'], name: `Lãnh đạo duyệt ${run}` });
  const other = await createTestUser({ roles: ['leader'], name: `Lãnh đạo khác ${run}` });
  expect((await fireTransition(request, { Authorization: `Bearer ${token}` }, id, { event: 'submit' })).status()).toBe(200);
  expect((await fireTransition(request, { Authorization: `Bearer ${await createTestApiToken(editor.id)}` }, id, { event: 'forward_for_approval' })).status()).toBe(200);
  expect(writers).toHaveLength(3);

  const a = await openEditor(browser, signer, id);
  const b = await openEditor(browser, other, id);
  for (const page of [a, b]) await editTextItself(page);
  // The other leader adds a sentence; it reaches the signer's screen, but the signer may not have read it.
  await caretIn(b, 1, 'end');
  await b.keyboard.type(' Câu lãnh đạo khác thêm.');
  await saved(b);
  await contains(a, 'Câu lãnh đạo khác thêm.');
  await a.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await a.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  await expect(a.getByRole('alert').filter({ hasText: 'Bài đã được sửa sau phiên bản bạn đang xem' })).toContainText('Nội dung', { timeout: 20_000 });
  await expect(a.getByTestId('trang-thai-bai')).toHaveText('Chờ lãnh đạo duyệt');

  // Reloaded, the signer has the new version on screen, fixes a word alone and approves without reloading.
  await b.context().close();
  await a.reload();
  await editTextItself(a);
  await caretIn(a, 0, 'end');
  await a.keyboard.type(' Sửa của người duyệt.');
  await saved(a);
  await a.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await a.getByRole('button', { name: 'Xác nhận: Duyệt' }).click();
  await expect(a.getByTestId('trang-thai-bai')).toHaveText('Đã duyệt', { timeout: 20_000 });
  const approved = await withE2eDb(async (db) => {
    const [article] = await db.select().from(s.articles).where(eq(s.articles.id, id));
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, article!.approvedRevisionId!));
    return text(revision!.body as Body);
  });
  expect(approved).toBe('Khai mạc hội nghị. Sửa của người duyệt. Báo cáo tổng kết năm. Câu lãnh đạo khác thêm.');
});
