import { expect, test } from '@playwright/test';
import { createStory, uniqueWord, unpublishStory } from '../../lib/data/tests/public-fixtures';
import { revalidateStoryPages } from '../fixtures/cache';
import { withPublicDb } from './public-db';

// The English interface (/en): the shell (navigation, labels, messages) in English, every story in
// its own language, Vietnamese untouched at the plain addresses.

const SEED_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';
const SEED_TITLE = 'Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức Hội nghi tổng kết công tác năm 2019';
const ENGLISH_SLUG = 'commission-receives-a-delegation-on-regional-development-cooperation';

test('the English home page has an English shell around Vietnamese stories, marked as such', async ({ page }) => {
  const response = await page.goto('/en');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Central Policy and Strategy Commission Portal');

  const sections = page.getByRole('navigation', { name: 'Sections' });
  await expect(sections.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('href', '/en');
  await expect(sections.getByRole('link', { name: 'News and events' })).toHaveAttribute('href', '/en/chuyen-muc/tin-tuc-su-kien');
  await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'About the agency' }).getByRole('link', { name: 'Contact' })).toHaveAttribute('href', '/en/lien-he');
  await expect(page.getByRole('search', { name: 'Search the portal' })).toHaveAttribute('action', '/en/tim-kiem');

  // A Vietnamese story in the list: its heading carries lang="vi" and links into the English shell.
  const seed = page.getByRole('heading', { name: SEED_TITLE });
  await expect(seed).toHaveAttribute('lang', 'vi');
  await expect(seed.getByRole('link')).toHaveAttribute('href', `/en/bai-viet/${SEED_SLUG}`);

  // Search engines learn both versions.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en$/);
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /^http:\/\/localhost:\d+\/?$/);

  // Nothing of the Vietnamese shell is left on the page outside the stories and the agency's data.
  const shellText = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="vi"], script').forEach((el) => el.remove());
    return clone.innerText;
  });
  for (const vietnamese of ['Trang chủ', 'Tin mới nhất', 'Tìm kiếm', 'Liên hệ', 'Giới thiệu', 'Bỏ qua']) expect(shellText).not.toContain(vietnamese);
});

test('the Vietnamese pages stay Vietnamese, and a request header cannot switch them', async ({ request }) => {
  const plain = await request.get('/');
  expect(await plain.text()).toContain('<html lang="vi"');
  const spoofed = await request.get('/', { headers: { 'X-NEXT-INTL-LOCALE': 'en' } });
  const html = await spoofed.text();
  expect(html).toContain('<html lang="vi"');
  expect(html).toContain('Tin mới nhất');
  expect(html).not.toContain('Latest news');
});

test('a reader switches language on a story and keeps reading the same story', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/bai-viet/${SEED_SLUG}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The story itself stays in Vietnamese, time and meeting box included, and says so.
  await expect(page.getByText('This story is in Vietnamese.')).toBeVisible();
  const story = page.locator('#tieu-de-bai');
  await expect(story).toHaveText(SEED_TITLE);
  await expect(page.locator('div[lang="vi"]').filter({ has: story })).toHaveCount(1);
  await expect(page.locator('time').filter({ hasText: 'Thứ Hai, 23/12/2019 17:30' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thông tin hội nghị' })).toBeVisible();
  // The shell around it is English.
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/en');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Related stories' })).toBeVisible();

  // After moving around inside the English site, the switch still points at the current page.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Conferences and seminars' }).click();
  await expect(page).toHaveURL(/\/en\/chuyen-muc\/hoi-nghi-hoi-thao$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Conferences and seminars' })).toBeVisible();
  const back = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' });
  await expect(back).toHaveAttribute('href', '/chuyen-muc/hoi-nghi-hoi-thao');
  await back.click();
  await expect(page).toHaveURL(/\/chuyen-muc\/hoi-nghi-hoi-thao$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hội nghị - Hội thảo' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('a story written in English is shown in English in the Vietnamese interface too', async ({ page }) => {
  await page.goto(`/bai-viet/${ENGLISH_SLUG}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByText('Bài viết bằng tiếng Anh.')).toBeVisible();
  const story = page.locator('div[lang="en"]').filter({ has: page.locator('#tieu-de-bai') });
  await expect(story).toHaveCount(1);
  await expect(story.getByText('Monday, 20/05/2019 10:00')).toBeVisible();
  // The shell stays Vietnamese.
  await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();

  await page.goto(`/en/bai-viet/${ENGLISH_SLUG}`);
  await expect(page.getByText('This story is in English.')).toHaveCount(0);
  await expect(page.getByText('Monday, 20/05/2019 10:00')).toBeVisible();
});

test('English search ignores diacritics like the Vietnamese one and keeps its filters in /en', async ({ page }) => {
  await page.goto('/en/tim-kiem');
  await expect(page.getByText('Type a word or phrase to search the stories.')).toBeVisible();
  // Words of the seed story's title only (other stories about year-end meetings are newer).
  await page.getByLabel('Search terms', { exact: true }).last().fill('hoi nghi tong ket cong tac nam 2019');
  await page.getByLabel('Sort by').selectOption('moi-nhat');
  await page.getByRole('search', { name: 'Search stories' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/tim-kiem\?q=hoi\+nghi\+tong\+ket\+cong\+tac\+nam\+2019.*sap-xep=moi-nhat/);
  await expect(page.getByText(/\d+ stor(y|ies) found for/)).toBeVisible();
  await expect(page.getByRole('link', { name: SEED_TITLE })).toHaveAttribute('href', `/en/bai-viet/${SEED_SLUG}`);

  await page.goto('/en/tim-kiem?q=%22%22%22');
  await expect(page.getByText('has no letters or digits to search for')).toBeVisible();
});

test('English 404 and 410 pages; the newsroom and the feeds are not under /en', async ({ request }) => {
  const missing = await request.get('/en/trang-khong-co');
  expect(missing.status()).toBe(404);
  const missingHtml = await missing.text();
  expect(missingHtml).toContain('<html lang="en"');
  expect(missingHtml).toContain('Page not found');

  for (const path of ['/en/toa-soan', '/en/toa-soan/dang-nhap', '/en/rss.xml', '/en/api/health', `/en/bai-viet/${SEED_SLUG}/luu`]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }

  const word = uniqueWord();
  const story = await withPublicDb((db) => createStory(db, { title: `Tin sẽ gỡ ${word}`, sapo: `Bài ${word}.` }));
  expect((await request.get(`/en/bai-viet/${story.slug}`)).status()).toBe(200);
  await withPublicDb((db) => unpublishStory(db, story.id));
  await revalidateStoryPages(request, [story.slug]);
  const gone = await request.get(`/en/bai-viet/${story.slug}`);
  expect(gone.status()).toBe(410);
  const goneHtml = await gone.text();
  expect(goneHtml).toContain('<html lang="en"');
  expect(goneHtml).toContain('This story has been withdrawn');
  expect((await request.get(`/bai-viet/${story.slug}`)).status()).toBe(410);
  expect(await (await request.get(`/bai-viet/${story.slug}`)).text()).toContain('Bài viết đã được gỡ');
});

test('the sitemap names the English version of every page as an hreflang alternate', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const block = xml.split('<url>').find((b) => b.includes(`/bai-viet/${SEED_SLUG}</loc>`));
  expect(block).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="en" href="http://localhost:\\d+/en/bai-viet/${SEED_SLUG}"`));
});

test('agency pages in English take the English names from the settings', async ({ page }) => {
  await page.goto('/en/lien-he');
  await expect(page.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Central Policy and Strategy Commission' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Liaison officers' })).toBeVisible();
  await page.goto('/en/gioi-thieu');
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
  await expect(page.getByText('Governing agency', { exact: true })).toBeVisible();
});
