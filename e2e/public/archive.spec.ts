// The archive by date (issue #22): day and month pages of published stories (Vietnam's days),
// served from the cache and refreshed by a publish; a date picker on section pages that works
// without JavaScript; 404 for dates that are not; and the text size control on story pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { createStory, uniqueWord } from '../../lib/data/tests/public-fixtures';
import { archiveDayOf, archivePath, formatArchiveDay, type ArchiveDay } from '../../lib/time/archive-date';
import { cachedCopy, revalidateArchivePages } from '../fixtures/cache';
import { demoSectionId } from '../fixtures/content';
import { approvedStory, createWorkflowStaff, fireTransition } from '../fixtures/workflow';
import { withPublicDb } from './public-db';

const SEED_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';
const SEED_TITLE = 'Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức Hội nghi tổng kết công tác năm 2019';
const ENGLISH_SLUG = 'commission-receives-a-delegation-on-regional-development-cooperation';

/** A day of 1992-2003 that no other test writes to (each run takes its own). */
function freshDay(): ArchiveDay {
  return archiveDayOf(new Date(Date.UTC(1992, 0, 1 + Math.floor(Math.random() * 4000), 5)));
}
const vietnamTime = (day: ArchiveDay, hour: number, minute = 0) => new Date(Date.UTC(day.year, day.month - 1, day.day, hour - 7, minute));

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a reader opens a day and its month: the stories of that Vietnamese day only, cached, with the neighbouring days', async ({ page, request }) => {
  const day = freshDay();
  const w = uniqueWord();
  const { late, early, hidden } = await withPublicDb(async (db) => {
    // No section of its own: a new section's long name widens the search page's section list for
    // every later test (e2e/mobile measures that page at 360 px).
    const section = { id: null };
    return {
      // 23:30 in Vietnam is 16:30 UTC the same day; 00:10 is 17:10 UTC the day before.
      late: await createStory(db, { title: `Tin 23 giờ 30 ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 23, 30) }),
      early: await createStory(db, { title: `Tin 0 giờ 10 ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 0, 10) }),
      hidden: [
        await createStory(db, { title: `Nháp ${w}`, status: 'draft', sectionId: section.id }),
        await createStory(db, { title: `Cấm đăng ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 12), embargoUntil: new Date(Date.now() + 86_400_000) }),
        await createStory(db, { title: `Đã cất ${w}`, status: 'archived', sectionId: section.id, publishedAt: vietnamTime(day, 13) }),
      ],
    };
  });
  await revalidateArchivePages(request, [vietnamTime(day, 12)]);

  const path = archivePath(day);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tin bài ngày ${formatArchiveDay(day)}`);
  await expect(page).toHaveTitle(new RegExp(`^Tin bài ngày ${formatArchiveDay(day)}`));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: late.title })).toBeVisible();
  await expect(main.getByRole('heading', { name: early.title })).toBeVisible();
  const text = await main.innerText();
  expect(text.indexOf(late.title)).toBeLessThan(text.indexOf(early.title));
  for (const h of hidden) expect(text).not.toContain(h.title);
  const nav = page.getByRole('navigation', { name: 'Ngày trước và ngày sau' });
  const neighbour = (offset: number) => archivePath(archiveDayOf(new Date(Date.UTC(day.year, day.month - 1, day.day + offset, 5))));
  await expect(nav.getByRole('link', { name: '← Ngày trước' })).toHaveAttribute('href', neighbour(-1));
  await expect(nav.getByRole('link', { name: 'Ngày sau →' })).toHaveAttribute('href', neighbour(1));

  // The month: this day with its count, a link to it, and the stories.
  await page.getByRole('link', { name: /^Cả tháng/ }).click();
  await expect(page).toHaveURL(new RegExp(`${archivePath({ year: day.year, month: day.month })}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Lưu trữ tháng ${String(day.month).padStart(2, '0')}/${day.year}`);
  const dayLink = page.getByRole('navigation', { name: /^Các ngày trong tháng/ }).getByRole('link', { name: new RegExp(formatArchiveDay(day)) });
  await expect(dayLink).toContainText('2 bài');
  await expect(page.getByRole('main').getByRole('heading', { name: late.title })).toBeVisible();
  await dayLink.click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));

  // Both are served from the cache, the same bytes for everyone, and so is the English day.
  const cached = await cachedCopy(request, path);
  expect(await cached.text()).toContain(late.title);
  await cachedCopy(request, archivePath({ year: day.year, month: day.month }));
  const english = await cachedCopy(request, `/en${path}`);
  expect(await english.text()).toContain(`Stories of`);
});

test('publishing a story through the workflow refreshes its cached archive day within 2 s', async ({ request }) => {
  const sectionId = await demoSectionId();
  const staff = await createWorkflowStaff();
  const title = `Tin lưu trữ ${uniqueWord()}`;
  const article = await approvedStory(request, staff, { title, sapo: 'Sapo lưu trữ.', sectionId, text: 'Nội dung lưu trữ.' });

  const today = archiveDayOf(new Date());
  const dayPath = archivePath(today);
  const monthPath = archivePath({ year: today.year, month: today.month });
  expect(await (await cachedCopy(request, dayPath)).text()).not.toContain(title);
  expect(await (await cachedCopy(request, monthPath)).text()).not.toContain(title);
  expect((await fireTransition(request, staff.editor, article.id, { event: 'publish' })).status()).toBe(200);
  // The day it was published on (the day primed above, unless the publish crossed midnight in Vietnam).
  const [row] = await withPublicDb((db) => db.select({ publishedAt: s.articles.publishedAt }).from(s.articles).where(eq(s.articles.id, article.id)));
  const published = archiveDayOf(row!.publishedAt!);
  const paths = [archivePath(published), archivePath({ year: published.year, month: published.month })];
  const shown = async () => Promise.all(paths.map(async (p) => (await (await request.get(p)).text()).includes(title)));
  await expect.poll(shown, { timeout: 2_000, intervals: [100, 200, 300] }).toEqual([true, true]);
});

test('the date picker on a section page works without JavaScript, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chuyen-muc/hoat-dong-cua-ban');
  const picker = page.getByRole('form', { name: 'Xem tin theo ngày' });
  await picker.getByLabel('Chọn ngày').fill('2019-12-23');
  await picker.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/\/luu-tru\/2019\/12\/23$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin bài ngày Thứ Hai, 23/12/2019');
  await expect(page.getByRole('main').getByRole('heading', { name: SEED_TITLE })).toBeVisible();
  // No JavaScript, no text size buttons that would do nothing.
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  await expect(page.getByRole('group', { name: 'Cỡ chữ' })).toBeHidden();

  await page.goto('/en/chuyen-muc/hoat-dong-cua-ban');
  const english = page.getByRole('form', { name: 'Stories by date' });
  await english.getByLabel('Pick a date').fill('2019-12-23');
  await english.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/en\/luu-tru\/2019\/12\/23$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories of Monday, 23/12/2019');
  await context.close();
});

test('a date that is not one: the picker says what to fix, an address answers 404', async ({ request }) => {
  for (const value of ['2019-02-30', '2019-13-40', 'hôm qua', '', '1800-01-01']) {
    const response = await request.get(`/luu-tru/chon-ngay?ngay=${encodeURIComponent(value)}`, { maxRedirects: 0 });
    expect(response.status(), value).toBe(400);
    expect(await response.text(), value).toContain('Hãy chọn một ngày có thật (ngày/tháng/năm), từ năm 1990');
  }
  const typed = await request.get('/luu-tru/chon-ngay?ngay=23%2F12%2F2019', { maxRedirects: 0 });
  expect(typed.status()).toBe(303);
  expect(typed.headers()['location']).toBe('/luu-tru/2019/12/23');
  for (const path of [
    '/luu-tru/2019/13/40',
    '/luu-tru/2019/02/30',
    '/luu-tru/2019/00',
    '/luu-tru/abcd/12/23',
    '/luu-tru/2019/ab',
    '/luu-tru/2019/1/5',
    '/luu-tru/9999/01/01',
    '/luu-tru/1800/01/01',
    '/luu-tru/2019/12/23?trang=99',
    '/luu-tru/2019/12/23/2',
    '/en/luu-tru/2019/02/30',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

// The archive's pages, and the section page with its date picker and the story with its text size buttons.
for (const path of ['/luu-tru', '/luu-tru/2019', '/luu-tru/2019/12', '/luu-tru/2019/12/23', '/luu-tru/2019/12/22', '/en/luu-tru/2019/12/23', '/chuyen-muc/hoat-dong-cua-ban', `/bai-viet/${SEED_SLUG}`]) {
  test(`axe finds no serious violation on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await seriousViolations(page), path).toEqual([]);
  });
}

test('the text size control: keyboard and mouse, remembered on the next story, screen only, page still cached', async ({ page, request }) => {
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  const body = page.locator('.article-body');
  const fontSize = () => body.evaluate((el) => getComputedStyle(el).fontSize);
  expect(await fontSize()).toBe('18px');
  const group = page.getByRole('group', { name: 'Cỡ chữ' });
  await expect(group.getByRole('button', { name: 'Cỡ chữ vừa' })).toHaveAttribute('aria-pressed', 'true');
  await group.getByRole('button', { name: 'Cỡ chữ lớn' }).click();
  await expect(group.getByRole('button', { name: 'Cỡ chữ lớn' })).toHaveAttribute('aria-pressed', 'true');
  expect(await fontSize()).toBe('22px');
  // Printing keeps its own size; "Lưu bài" is still there.
  await page.emulateMedia({ media: 'print' });
  expect(await fontSize()).toBe('16px');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('link', { name: 'Lưu bài' })).toHaveAttribute('href', `/bai-viet/${SEED_SLUG}/luu`);

  // The next story opens at the chosen size, without a cookie.
  await page.goto(`/en/bai-viet/${ENGLISH_SLUG}`);
  expect(await page.locator('.article-body').evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px');
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Large text' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.context().cookies()).toEqual([]);

  // Keyboard: focus the small size and press Enter.
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  const small = page.getByRole('button', { name: 'Cỡ chữ nhỏ' });
  await small.focus();
  await page.keyboard.press('Enter');
  await expect(small).toHaveAttribute('aria-pressed', 'true');
  expect(await fontSize()).toBe('16px');
  await page.reload();
  expect(await fontSize()).toBe('16px');

  // The story page is still one cached copy for everyone.
  const cached = await cachedCopy(request, `/bai-viet/${SEED_SLUG}`);
  expect(await cached.text()).toContain('src="/co-chu.js"');
});
