import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SEED_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES: Array<[string, string, number]> = [
  ['home', '/', 200],
  ['section', '/chuyen-muc/hoat-dong-cua-ban', 200],
  ['article', `/bai-viet/${SEED_SLUG}`, 200],
  ['search results', '/tim-kiem?q=hoi+nghi+tong+ket', 200],
  ['empty search', '/tim-kiem', 200],
  ['person', '/nhan-vat/nguyen-hong-son', 200],
  ['unit', '/don-vi/vu-kinh-te-vung-va-dia-phuong', 200],
  ['tag', '/tu-khoa/kinh-te-vung', 200],
  ['contacts', '/lien-he', 200],
  ['404', '/trang-khong-co', 404],
  ['story 404', '/bai-viet/khong-ton-tai', 404],
  ['sign-in', '/toa-soan/dang-nhap', 200],
  // The English interface (/en): the same pages with an English shell around Vietnamese stories.
  ['English home', '/en', 200],
  ['English article', `/en/bai-viet/${SEED_SLUG}`, 200],
  ['English search results', '/en/tim-kiem?q=hoi+nghi+tong+ket', 200],
  ['English person', '/en/nhan-vat/nguyen-hong-son', 200],
  ['English 404', '/en/trang-khong-co', 404],
];

for (const [name, path, status] of PAGES) {
  test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a keyboard user can skip to the content, and focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
  await expect(page.locator('main#noi-dung')).toBeFocused();
});

test('pages have one h1, landmarks, and headings that do not skip levels', async ({ page }) => {
  for (const path of ['/', `/bai-viet/${SEED_SLUG}`, '/chuyen-muc/hoat-dong-cua-ban', '/tim-kiem?q=kinh', '/nhan-vat/nguyen-hong-son']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path}: ${levels.join(',')}`).toBeLessThanOrEqual(1);
  }
});
