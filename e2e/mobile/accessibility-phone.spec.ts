// The phone-only pieces of the newsroom for assistive technology: the folded menu (a button that
// says whether it is open and what it controls) and the tables that scroll in their own labelled,
// keyboard-reachable box. Axe at 360 px, serious and critical findings only (as for the reader pages).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { createTestApiToken, createTestUser } from '../fixtures/users';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the folded newsroom menu opens and closes from the keyboard and says so', async ({ page }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  await page.goto('/toa-soan');
  const nav = page.getByRole('navigation', { name: 'Tòa soạn' });
  const menu = nav.getByRole('button', { name: 'Trình đơn' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link')).toHaveCount(0); // hidden links are out of the accessibility tree
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator(`#${await menu.getAttribute('aria-controls')}`);
  await expect(list.getByRole('link', { name: 'Người dùng' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Bàn làm việc' })).toHaveAttribute('aria-current', 'page');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();
});

test('wide tables scroll inside their own labelled box, reachable by keyboard', async ({ page }) => {
  // The accounts table lists every user the earlier tests created (up to its bound of 1,000), and
  // axe reads all of it: on a loaded two-core machine that took 54 s of the default 60.
  test.setTimeout(150_000);
  const admin = await createTestUser({ roles: ['admin'] });
  await createTestApiToken(admin.id);
  await signIn(page.request, admin);
  for (const [path, label] of [
    ['/toa-soan/nguoi-dung', /Danh sách tài khoản/],
    ['/toa-soan/tai-khoan', /Các phiên đăng nhập/],
  ] as const) {
    await page.goto(path);
    const region = page.getByRole('region', { name: label });
    await expect(region).toBeVisible();
    await expect(region).toHaveAttribute('tabindex', '0');
    // The table is wider than the phone; the box, not the page, scrolls.
    const widths = await region.evaluate((el) => ({ box: el.clientWidth, content: el.scrollWidth, page: document.documentElement.scrollWidth }));
    expect(widths.content).toBeGreaterThan(widths.box);
    expect(widths.page).toBeLessThanOrEqual(360);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  }
});
