import { expect, test, type Page } from '@playwright/test';

const SEED_TITLE = 'Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức Hội nghi tổng kết công tác năm 2019';

async function resultTitles(page: Page, query: string, extra = ''): Promise<string[]> {
  const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}${extra}`);
  expect(response?.status()).toBe(200);
  return page.locator('.search-results h2').allInnerTexts();
}

test('the header search box finds "Hội nghị tổng kết" when typed without diacritics', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Từ khóa tìm kiếm' }).fill('hoi nghi tong ket');
  await page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' }).getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=hoi\+nghi\+tong\+ket/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeVisible();
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
  // The match is marked in the original, accented text.
  const marks = await page.locator('.search-results mark').allInnerTexts();
  expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['hội', 'tổng', 'kết']));
});

test('diacritics are ignored both ways: the same stories for accented and plain queries', async ({ page }) => {
  const accented = await resultTitles(page, 'Hội nghị tổng kết');
  const plain = await resultTitles(page, 'hoi nghi tong ket');
  expect(accented.length).toBeGreaterThan(0);
  // The same stories; their order may differ, since the accented form the reader typed ranks first.
  expect([...plain].sort()).toEqual([...accented].sort());
  expect(plain).toContain(SEED_TITLE);

  const city = await resultTitles(page, '"Đà Nẵng"');
  const cityPlain = await resultTitles(page, '"da nang"');
  expect(city.length).toBeGreaterThan(0);
  expect([...cityPlain].sort()).toEqual([...city].sort());
  await expect(page.locator('.search-results mark', { hasText: 'Đà Nẵng' }).first()).toBeVisible();
});

test('phrases, prefixes and relevance order', async ({ page }) => {
  // The words of the seed story's title, but not as a phrase in this order.
  expect(await resultTitles(page, '"tong ket hoi nghi"')).not.toContain(SEED_TITLE);
  expect(await resultTitles(page, '"hoi nghi tong ket"')).toContain(SEED_TITLE);
  const prefix = await resultTitles(page, 'chuyển*');
  expect(prefix).toContain('Chuyển đổi số trong quản lý kinh tế ở địa phương: thực trạng và kiến nghị');
  // A story with the words in its title comes before stories that only mention them.
  const ranked = await resultTitles(page, 'chuyen doi so');
  expect(ranked[0]).toBe('Chuyển đổi số trong quản lý kinh tế ở địa phương: thực trạng và kiến nghị');
});

test('filters by section and date, sorts newest first, and pages through results', async ({ page }) => {
  await page.goto('/tim-kiem?q=kinh+te');
  const form = page.getByRole('search', { name: 'Tìm bài viết' });
  await form.getByLabel('Chuyên mục').selectOption({ label: 'Hội nghị - Hội thảo' });
  await form.getByLabel('Sắp xếp').selectOption({ label: 'Mới nhất' });
  await form.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/chuyen-muc=hoi-nghi-hoi-thao/);
  const metas = await page.locator('.search-results li p.text-sm').allInnerTexts();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toContain('Hội nghị - Hội thảo');
  const dates = metas.map((m) => m.slice(0, 10).split('/').reverse().join('-'));
  expect(dates).toEqual([...dates].sort().reverse());

  expect(await resultTitles(page, 'hoi nghi', '&tu=2019-12-23&den=2019-12-23')).toEqual([SEED_TITLE]);

  await page.goto('/tim-kiem?q=kinh&sap-xep=moi-nhat');
  await expect(page.getByText(/Trang 1 \/ \d+/)).toBeVisible();
  const first = await page.locator('.search-results h2').allInnerTexts();
  expect(first).toHaveLength(10);
  await page.getByRole('link', { name: 'Trang sau →' }).click();
  await expect(page).toHaveURL(/trang=2/);
  const second = await page.locator('.search-results h2').allInnerTexts();
  expect(second.length).toBeGreaterThan(0);
  for (const title of second) expect(first).not.toContain(title);
});

test('empty, very long and odd queries get a friendly page, never an error', async ({ page }) => {
  const cases: Array<[string, RegExp]> = [
    ['', /Hãy nhập từ khóa để tìm bài viết/],
    ['   ', /Hãy nhập từ khóa để tìm bài viết/],
    ['!!! *** ---', /không có chữ hay số nào để tìm/],
    ['kinh tế '.repeat(80), /Từ khóa quá dài/],
    [`"'); drop table articles; -- <script>alert(1)</script>`, /Không tìm thấy bài viết nào|Tìm thấy/],
    ['%00 \\ & | ! :* <->', /Không tìm thấy bài viết nào|Tìm thấy|không có chữ/],
    ['xyzzyqwerty', /Không tìm thấy bài viết nào cho từ khóa/],
  ];
  for (const [q, message] of cases) {
    const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 30)).toBe(200);
    await expect(page.locator('#ket-qua')).toContainText(message);
  }
  for (const odd of ['/tim-kiem?q=a&trang=-5', '/tim-kiem?q=a&trang=abc', '/tim-kiem?tu=2024-02-30&den=x&q=kinh', '/tim-kiem?q[]=a&q[]=b']) {
    const response = await page.goto(odd);
    expect(response?.status(), odd).toBe(200);
  }
});
