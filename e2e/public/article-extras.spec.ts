import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const SEED_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';
const SEED_TITLE = 'Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức Hội nghi tổng kết công tác năm 2019';

test('a story tells search engines what it is: canonical, OpenGraph, Twitter, JSON-LD NewsArticle and Event', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  const origin = new URL(page.url()).origin;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/bai-viet/${SEED_SLUG}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', SEED_TITLE);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', new RegExp(`^${origin}/media/`));
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2019-12-23T10:30:00.000Z');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /rss\.xml$/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { '@graph': Array<Record<string, unknown>> };
  const types = ld['@graph'].map((n) => n['@type']);
  expect(types).toEqual(['NewsArticle', 'Event']);
  expect(ld['@graph'][0]).toMatchObject({ headline: SEED_TITLE, datePublished: '2019-12-23T10:30:00.000Z', inLanguage: 'vi', articleSection: 'Hoạt động của Ban' });
  expect(ld['@graph'][1]).toMatchObject({ '@type': 'Event', startDate: '2019-12-23T07:00:00.000Z' });
});

test('share, print and save: Facebook and Zalo links, copy link, print stylesheet, and one self-contained file', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  const url = `${new URL(page.url()).origin}/bai-viet/${SEED_SLUG}`;
  const tools = page.getByRole('group', { name: 'Chia sẻ, in và lưu bài' });
  await expect(tools.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
  await expect(tools.getByRole('link', { name: /Zalo/ })).toHaveAttribute('href', new RegExp(`^https://sp\\.zalo\\.me/plugins/share\\?href=${encodeURIComponent(url).replace(/[.]/g, '\\.')}`));

  await tools.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(tools.getByRole('status')).toHaveText('Đã sao chép liên kết.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  await tools.getByRole('button', { name: 'In bài' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(tools).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(`Nguồn: `)).toContainText(url);
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('link', { name: 'Lưu bài' }).click()]);
  expect(download.suggestedFilename()).toBe(`${SEED_SLUG}.html`);
  const html = await readFile((await download.path())!, 'utf8');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain(`<title>${SEED_TITLE}</title>`);
  expect(html).toContain('Thứ Hai, 23/12/2019 17:30');
  expect(html.match(/<img [^>]*src="data:image\/jpeg;base64,/g)).toHaveLength(3);
  expect(html).not.toMatch(/<script|src="\/|href="\/_next|<link rel="stylesheet"/);

  // The saved file reads on its own, with no network.
  const offline = await context.newPage();
  await offline.route('**/*', (route) => route.abort());
  await offline.setContent(html);
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  for (const img of await offline.locator('img').all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
});

test('related stories, people and unit links under a story', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  const related = page.getByRole('region', { name: 'Tin liên quan' });
  await expect(related.getByRole('link').first()).toBeVisible();
  await expect(related.getByRole('link', { name: SEED_TITLE })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Nhân vật, đơn vị' }).getByRole('link', { name: 'Nguyễn Hồng Sơn' }).click();
  await expect(page).toHaveURL(/\/nhan-vat\/nguyen-hong-son$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguyễn Hồng Sơn');
  await expect(page.getByRole('heading', { name: 'Quá trình công tác' })).toBeVisible();
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
});

test('tag, unit and agency pages, with the footer links Decree 42 asks for', async ({ page }) => {
  await page.goto('/tu-khoa/kinh-te-vung');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kinh tế vùng');
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();

  await page.goto('/don-vi/vu-kinh-te-vung-va-dia-phuong');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vụ Kinh tế vùng và Địa phương');
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();

  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Ban Chính sách, chiến lược Trung ương');
  await expect(footer).toContainText('Chịu trách nhiệm chính: Trần Văn Minh');
  await expect(footer).toContainText('Giấy phép số 00/GP-TTĐT');
  await footer.getByRole('link', { name: 'Liên hệ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hệ');
  await expect(page.getByText('Nguyễn Thị Mai')).toBeVisible();
  await expect(page.getByRole('link', { name: 'mai.nt@demo.local' })).toHaveAttribute('href', 'mailto:mai.nt@demo.local');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
  await expect(page.getByRole('link', { name: 'Vụ Kinh tế ngành' })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Giới thiệu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu');
});

test('public pages can be cached by a CDN; readers get no editor code and only small islands', async ({ page, request }) => {
  for (const path of ['/', `/bai-viet/${SEED_SLUG}`, '/chuyen-muc/hoat-dong-cua-ban', '/tim-kiem?q=kinh', '/rss.xml', '/sitemap.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
    expect(cacheControl, path).not.toMatch(/private|no-store/);
  }
  const scripts: string[] = [];
  const prefetches: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).searchParams.has('_rsc')) prefetches.push(r.url());
  });
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
  });
  // Reader links are plain <a>: no router prefetches (each one a server render) while a page loads.
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  scripts.length = 0;
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  await page.waitForLoadState('networkidle');
  expect(prefetches).toEqual([]);
  const total = scripts.reduce((n, s) => n + s.length, 0);
  for (const source of scripts) expect(source).not.toMatch(/prosemirror|@tiptap/i);
  // Framework runtime plus the share and print islands; an editor bundle would be several times this.
  expect(total).toBeLessThan(900_000);
});
