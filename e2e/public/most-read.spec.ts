// "Đọc nhiều nhất" (issue 22): a reader's opening of a story is counted by a beacon, once a day per
// reader and story, never for staff or bots; the lists show on the home page; the story page stays
// one cached page for everyone. The server writes counts every VIEW_FLUSH_MS (200 ms here:
// playwright.config.ts), so a count shows within a second.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { eq, sum } from 'drizzle-orm';
import { sameOrigin, signIn } from '../fixtures/auth';
import { revalidateStoryPages, servedFromCache } from '../fixtures/cache';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestUser } from '../fixtures/users';
import { approvedStory, createWorkflowStaff, fireTransition, type WorkflowStaff } from '../fixtures/workflow';
import * as s from '../../db/schema';

let staff: WorkflowStaff;
let sectionId: string;

test.beforeAll(async () => {
  staff = await createWorkflowStaff();
  sectionId = await demoSectionId();
});

/** A story through the real workflow to the site: written, forwarded, approved, published. */
async function publishedStory(request: APIRequestContext, title: string) {
  const article = await approvedStory(request, staff, { title, sapo: 'Sapo đọc nhiều.', sectionId, text: 'Nội dung đọc nhiều.' });
  expect((await fireTransition(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  return { ...article, path: `/bai-viet/${article.slug}` };
}

/** A person's browser, one per reader (a fresh browser string: the same address is shared by every test). */
const browserUa = () => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Reader/${crypto.randomUUID().slice(0, 8)}`;
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

async function readerPage(browser: Browser, userAgent: string): Promise<Page> {
  const context = await browser.newContext({ userAgent });
  return context.newPage();
}

/** Opens the story and waits until its beacon was answered. */
async function open(page: Page, path: string) {
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/v1/public/views') && r.request().method() === 'POST');
  await page.goto(path);
  expect((await beacon).status()).toBe(204);
}

const counted = (articleId: string) =>
  withE2eDb(async (db) => {
    const [row] = await db.select({ views: sum(s.articleViewsDaily.views) }).from(s.articleViewsDaily).where(eq(s.articleViewsDaily.articleId, articleId));
    return Number(row?.views ?? 0);
  });

/** Several flush intervals: long enough for a read that would count to have been written. */
const settle = () => new Promise((r) => setTimeout(r, 1_000));

test('a reader opening a story counts once a day; the list shows it on the home page; the story page stays cached', async ({ browser, request }) => {
  const title = `Tin đọc nhiều ${crypto.randomUUID().slice(0, 8)}`;
  const story = await publishedStory(request, title);
  const reader = await readerPage(browser, browserUa());

  await open(reader, story.path);
  await expect.poll(() => counted(story.id), { timeout: 5_000 }).toBe(1);
  // The same reader again, the same day: no second count.
  await open(reader, story.path);
  await reader.reload();
  await settle();
  expect(await counted(story.id)).toBe(1);
  // Another reader counts.
  const second = await readerPage(browser, browserUa());
  await open(second, story.path);
  await expect.poll(() => counted(story.id), { timeout: 5_000 }).toBe(2);

  // The story page is one cached page for every reader: counting added no per-request work to it.
  await request.get(story.path);
  const cached = await request.get(story.path);
  expect(cached.status()).toBe(200);
  expect(servedFromCache(cached.headers())).toBe(true);
  expect(cached.headers()['set-cookie']).toBeUndefined();
  const again = await request.get(story.path);
  expect(servedFromCache(again.headers())).toBe(true);
  expect((await again.body()).equals(await cached.body())).toBe(true);

  // The lists refresh every few minutes on their own; a publish refreshes the home page at once
  // (here: the same revalidation the workflow sends), and it then shows the counted story.
  await revalidateStoryPages(request, [story.slug]);
  await reader.goto('/');
  const lists = reader.getByRole('region', { name: 'Đọc nhiều nhất' });
  await expect(lists).toBeVisible();
  await expect(lists.getByRole('group', { name: '24 giờ' }).getByRole('link', { name: title })).toBeVisible();
  await expect(lists.getByRole('group', { name: '7 ngày' }).getByRole('link', { name: title })).toBeVisible();
  await reader.context().close();
  await second.context().close();
});

test('a staff session and a bot are not counted', async ({ browser, request }) => {
  const story = await publishedStory(request, `Tin không đếm ${crypto.randomUUID().slice(0, 8)}`);

  // A signed-in editor in an ordinary browser: the session cookie goes with the beacon.
  const editor = await createTestUser({ roles: ['editor'] });
  const staffPage = await readerPage(browser, browserUa());
  await signIn(staffPage.request, editor);
  await open(staffPage, story.path);
  // A crawler that runs scripts.
  const bot = await readerPage(browser, GOOGLEBOT);
  await open(bot, story.path);
  // A script posting the beacon itself (no browser at all).
  const script = await request.post('/api/v1/public/views', { headers: { ...sameOrigin, 'User-Agent': 'python-requests/2.32.3' }, data: { articleId: story.id } });
  expect(script.status()).toBe(204);
  await settle();
  expect(await counted(story.id)).toBe(0);

  // The same page for a reader counts: the beacon above was sent and refused, not lost.
  const reader = await readerPage(browser, browserUa());
  await open(reader, story.path);
  await expect.poll(() => counted(story.id), { timeout: 5_000 }).toBe(1);
  for (const p of [staffPage, bot, reader]) await p.context().close();
});

test('the beacon refuses oversized and malformed bodies with a clear message, and ignores unknown stories', async ({ request }) => {
  const headers = { ...sameOrigin, 'User-Agent': browserUa() };
  const big = await request.post('/api/v1/public/views', { headers, data: { articleId: crypto.randomUUID(), pad: 'x'.repeat(2_000) } });
  expect(big.status()).toBe(413);
  expect((await big.json()).detail).toContain('tối đa 512 byte');
  const broken = await request.post('/api/v1/public/views', { headers: { ...headers, 'Content-Type': 'application/json' }, data: '{"articleId":' });
  expect(broken.status()).toBe(400);
  expect((await broken.json()).detail).toContain('JSON');
  const notUuid = await request.post('/api/v1/public/views', { headers, data: { articleId: '../../etc' } });
  expect(notUuid.status()).toBe(400);
  expect((await notUuid.json()).detail).toContain('articleId phải là mã (UUID)');
  const extra = await request.post('/api/v1/public/views', { headers, data: { articleId: crypto.randomUUID(), ip: '1.2.3.4' } });
  expect(extra.status()).toBe(400);
  const unknown = crypto.randomUUID();
  const accepted = await request.post('/api/v1/public/views', { headers, data: { articleId: unknown } });
  expect(accepted.status()).toBe(204);
  await settle();
  expect(await counted(unknown)).toBe(0);
  // Every one of these was answered by the server in front of Next.js (scripts/serve.mjs, the
  // beacon's front route): its own strict policy, not the framework's per-request nonce one.
  for (const response of [big, broken, notUuid, extra, accepted]) {
    expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  }
});
