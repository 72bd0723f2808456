// Reader pages come from the Next.js cache (issue #17): rendered once, the same bytes for every
// reader, with a CSP that allows exactly the page's own framework scripts by hash; a publish, an
// unpublish and a settings change through the real workflow show within 2 s, through the cache.
import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { signIn } from '../fixtures/auth';
import { cachedCopy, pastTheFrontCache, servedFromCache } from '../fixtures/cache';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { callFormAction, findAction } from '../fixtures/server-actions';
import { createTestUser } from '../fixtures/users';
import { approvedStory as signedOff, createWorkflowStaff, fireTransition, type WorkflowStaff } from '../fixtures/workflow';
import * as s from '../../db/schema';

let staff: WorkflowStaff;
let sectionId: string;

test.beforeAll(async () => {
  staff = await createWorkflowStaff();
  sectionId = await demoSectionId();
});

const fire = fireTransition;

/** A story through the real workflow up to sign-off: reporter writes, editor forwards, leader approves. */
const approvedStory = (request: APIRequestContext, title: string, tags?: string[], inSection = sectionId) =>
  signedOff(request, staff, { title, sapo: 'Sapo bộ đệm.', sectionId: inSection, text: 'Nội dung bộ đệm.', tags });

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('a story page is rendered once and served from the cache: same bytes, a hash CSP that fits its scripts', async ({ request }) => {
  const path = '/bai-viet/vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';
  const first = await cachedCopy(request, path);
  const second = await request.get(path);
  expect(servedFromCache(second.headers())).toBe(true);
  expect(second.status()).toBe(200);
  // Past the server's front cache, Next.js answers from its own cache too, with the same page.
  const framework = await pastTheFrontCache(request, path);
  expect(framework.headers()['x-nextjs-cache']).toBe('HIT');
  expect(framework.headers()['x-front-cache']).toBe('MISS');
  expect((await framework.body()).equals(await first.body())).toBe(true);
  const [a, b] = [await first.body(), await second.body()];
  expect(b.equals(a)).toBe(true);

  const csp = second.headers()['content-security-policy']!;
  expect(csp).toBe(first.headers()['content-security-policy']);
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
  expect(scriptSrc).not.toMatch(/nonce|unsafe-inline|unsafe-eval|strict-dynamic/);
  const html = b.toString('utf8');
  expect(html).not.toContain('nonce=');
  // Every inline script Next.js wrote is allowed by its hash, and the policy allows nothing else.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/\bsrc=|application\/ld\+json/.test(attrs!)).map((m) => m[2]!);
  expect(inline.length).toBeGreaterThan(1);
  expect(scriptSrc).toBe(`script-src 'self' ${[...new Set(inline.map(sha256))].join(' ')}`);
  // The English copy is a page of its own in the cache.
  const english = await cachedCopy(request, `/en${path}`);
  expect(await english.text()).toContain('<html lang="en"');
});

test('publish shows within 2 s on the cached story and home pages; unpublish turns the story into a cached 410', async ({ request, page }) => {
  const title = `Tin bộ đệm ${crypto.randomUUID().slice(0, 8)}`;
  const article = await approvedStory(request, title);
  const story = `/bai-viet/${article.slug}`;
  // Both pages are in the cache before the change: the story as a 404, the home page without it.
  expect((await cachedCopy(request, story)).status()).toBe(404);
  expect(await (await cachedCopy(request, '/')).text()).not.toContain(title);
  expect(await (await cachedCopy(request, '/en')).text()).not.toContain(title);

  const published = Date.now();
  expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  const visible = async () => {
    const [storyPage, home, english] = await Promise.all([request.get(story), request.get('/'), request.get(`/en${story}`)]);
    return { story: storyPage.status(), home: (await home.text()).includes(title), english: english.status() };
  };
  await expect.poll(visible, { timeout: 2_000, intervals: [100, 200, 300] }).toEqual({ story: 200, home: true, english: 200 });
  expect(Date.now() - published).toBeLessThan(2_000);
  expect((await cachedCopy(request, story)).status()).toBe(200);
  await page.goto(story);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const unpublished = Date.now();
  expect((await fire(request, staff.editor, article.id, { event: 'unpublish', note: 'Gỡ thử bộ đệm.' })).status()).toBe(200);
  const gone = async () => {
    const [storyPage, home] = await Promise.all([request.get(story), request.get('/')]);
    return { story: storyPage.status(), home: (await home.text()).includes(title) };
  };
  await expect.poll(gone, { timeout: 2_000, intervals: [100, 200, 300] }).toEqual({ story: 410, home: false });
  expect(Date.now() - unpublished).toBeLessThan(2_000);
  // The 410 page is itself served from the cache, with its own CSP, in both languages.
  const cachedGone = await cachedCopy(request, story);
  expect(cachedGone.status()).toBe(410);
  expect(cachedGone.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
  expect(await cachedGone.text()).toContain('Bài viết đã được gỡ');
  const englishGone = await cachedCopy(request, `/en${story}`);
  expect(englishGone.status()).toBe(410);
  const response = await page.goto(story);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài viết đã được gỡ');
});

test('a change made on this server clears its front cache: the very next request gets the new page, not the copy of a moment ago', async ({ request }) => {
  const title = `Tin bộ đệm trước ${crypto.randomUUID().slice(0, 8)}`;
  const article = await approvedStory(request, title);
  const story = `/bai-viet/${article.slug}`;
  expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  await expect.poll(async () => (await request.get(story)).status(), { timeout: 2_000 }).toBe(200);
  const copy = await request.get(story);
  expect(copy.headers()['x-front-cache']).toBe('HIT');
  expect(copy.status()).toBe(200);
  // Withdrawn a moment later (well inside the copy's one second): the next request is the 410.
  expect((await fire(request, staff.editor, article.id, { event: 'unpublish', note: 'Gỡ ngay.' })).status()).toBe(200);
  const next = await request.get(story);
  expect(next.status()).toBe(410);
});

test('a settings change shows on cached pages within 2 s', async ({ playwright, baseURL, request }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  const context = await playwright.request.newContext({ baseURL });
  await signIn(context, admin);
  const [row] = await withE2eDb((db) => db.select().from(s.siteSettings).limit(1));
  const fields = Object.fromEntries(Object.entries(row ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const tagline = `Khẩu hiệu bộ đệm ${crypto.randomUUID().slice(0, 6)}`;
  expect(await (await cachedCopy(request, '/gioi-thieu')).text()).not.toContain(tagline);
  expect(await (await cachedCopy(request, '/')).text()).not.toContain(tagline);
  const saved = await callFormAction(context, findAction('app/(newsroom)/toa-soan/cai-dat/actions.ts', 'updateSettingsAction'), { ...fields, tagline });
  expect(saved.status, saved.body.slice(0, 300)).toBe(303);
  expect(decodeURIComponent(saved.location ?? '')).toContain('?ok=');
  const changed = Date.now();
  await expect.poll(async () => (await (await request.get('/')).text()).includes(tagline), { timeout: 2_000, intervals: [100, 200, 300] }).toBe(true);
  expect(Date.now() - changed).toBeLessThan(2_000);
  await context.dispose();
});

test('feeds, sitemaps and every page of a list, however deep, refresh within 2 s of a publish', async ({ request }) => {
  test.setTimeout(120_000);
  const run = crypto.randomUUID().slice(0, 8);
  // A section of its own: 14 new stories must not push other tests' stories off a demo section's first page.
  const [own] = await withE2eDb((db) => db.insert(s.sections).values({ slug: `bo-dem-${run}`, name: `Bộ đệm ${run}`, sortOrder: 990 }).returning());
  const listSection = own!.id;
  const tag = `Bộ đệm danh sách ${run}`;
  const tagPath = `/tu-khoa/bo-dem-danh-sach-${run}`;
  // 13 stories under one new tag: 12 on page 1, the oldest alone on page 2.
  const titles: string[] = [];
  for (let i = 1; i <= 13; i++) {
    const title = `Tin danh sách ${run} số ${String(i).padStart(2, '0')}`;
    const article = await approvedStory(request, title, [tag], listSection);
    expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
    titles.push(title);
  }
  await expect.poll(async () => (await request.get(`${tagPath}?trang=2`)).status(), { timeout: 5_000 }).toBe(200);
  const pageTwo = await cachedCopy(request, `${tagPath}?trang=2`);
  expect(await pageTwo.text()).toContain(titles[0]);
  expect(await pageTwo.text()).not.toContain(titles[1]);
  await cachedCopy(request, `/en${tagPath}?trang=2`);

  const title = `Tin mới nhất ${run}`;
  const article = await approvedStory(request, title, [tag], listSection);
  const [section] = await withE2eDb((db) => db.select({ slug: s.sections.slug, name: s.sections.name }).from(s.sections).where(eq(s.sections.id, listSection)));
  const sectionFeed = `/chuyen-muc/${section!.slug}/rss.xml`;
  // The feed's text comes from the cache: a change made behind the app's back (no revalidation)
  // does not show, so no request reads the database.
  expect((await request.get(sectionFeed)).status()).toBe(200);
  const marker = `${section!.name} ${run}`;
  await withE2eDb((db) => db.update(s.sections).set({ name: marker }).where(eq(s.sections.id, listSection)));
  try {
    expect(await (await request.get(sectionFeed)).text()).not.toContain(marker);
  } finally {
    await withE2eDb((db) => db.update(s.sections).set({ name: section!.name }).where(eq(s.sections.id, listSection)));
  }
  // Feeds and sitemaps are read once, then served from the cache until the publish.
  for (const path of ['/rss.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    expect((await request.get(path)).status(), path).toBe(200);
    expect(await (await request.get(path)).text(), path).not.toContain(article.slug);
  }
  const published = Date.now();
  expect((await fire(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  const seen = async () => {
    const [rss, sitemap, news, two, englishTwo] = await Promise.all(
      ['/rss.xml', '/sitemap.xml', '/news-sitemap.xml', `${tagPath}?trang=2`, `/en${tagPath}?trang=2`].map(async (path) => (await request.get(path)).text()),
    );
    return {
      rss: rss!.includes(title),
      sitemap: sitemap!.includes(article.slug),
      news: news!.includes(article.slug),
      // The new story pushed the second oldest onto page 2, in both languages.
      pageTwo: two!.includes(titles[1]!),
      englishPageTwo: englishTwo!.includes(titles[1]!),
    };
  };
  await expect.poll(seen, { timeout: 2_000, intervals: [100, 200, 300] }).toEqual({ rss: true, sitemap: true, news: true, pageTwo: true, englishPageTwo: true });
  expect(Date.now() - published).toBeLessThan(2_000);
  expect(await (await request.get(sectionFeed)).text()).toContain(title);
  // A feed for a section that does not exist is a 404 and never enters the cache.
  expect((await request.get(`/chuyen-muc/khong-co-${run}/rss.xml`)).status()).toBe(404);
});

test('a registry change shows on the cached person page within 2 s', async ({ playwright, baseURL, request }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  const context = await playwright.request.newContext({ baseURL });
  await signIn(context, admin);
  // A person named by a public demo story (the page of one nobody names is a 404).
  const [person] = await withE2eDb((db) =>
    db.selectDistinct({ id: s.people.id, slug: s.people.slug }).from(s.people).innerJoin(s.articlePeople, eq(s.articlePeople.personId, s.people.id)).limit(1),
  );
  expect(person).toBeTruthy();
  const title = `Chức vụ bộ đệm ${crypto.randomUUID().slice(0, 6)}`;
  expect(await (await cachedCopy(request, `/nhan-vat/${person!.slug}`)).text()).not.toContain(title);
  const from = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const saved = await callFormAction(context, findAction('app/(newsroom)/toa-soan/nhan-vat/actions.ts', 'addPositionAction'), { personId: person!.id, title, unitId: '', from, to: '' });
  expect(saved.status, saved.body.slice(0, 300)).toBe(303);
  expect(decodeURIComponent(saved.location ?? '')).toContain('?ok=');
  const changed = Date.now();
  await expect.poll(async () => (await (await request.get(`/nhan-vat/${person!.slug}`)).text()).includes(title), { timeout: 2_000, intervals: [100, 200, 300] }).toBe(true);
  expect(Date.now() - changed).toBeLessThan(2_000);
  await context.dispose();
});
