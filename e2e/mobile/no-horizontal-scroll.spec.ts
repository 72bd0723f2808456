// Every newsroom page and the reader pages at 360 px (the mobile-chromium project): the page itself
// never scrolls sideways. Wide content (tables, long words, button rows) must wrap, stack, or
// scroll inside its own labelled box. The pages come from ./pages.ts; add new pages there.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';
import { MobileFixtures } from './fixtures';
import { NEWSROOM_PAGES, READER_PAGES, type PageVisit } from './pages';

const WIDTH = 360;

/** The elements that stick out past the right edge, outermost first, for the failure message. */
function overflowing(page: Page) {
  return page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) continue;
      // Inside a box that scrolls or clips on its own, sticking out is that box's business.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 0.5) {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      const parent = el.parentElement;
      if (parent && parent.getBoundingClientRect().right > width + 0.5 && parent !== document.body) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 4).join('.')}` : '';
      out.push(`${el.tagName.toLowerCase()}${id}${cls} right=${Math.round(box.right)} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return out.slice(0, 8);
  }, WIDTH);
}

async function visit(page: Page, entry: PageVisit) {
  let viewer: TestUser | null = null;
  if (entry.as !== 'anonymous') {
    viewer = await createTestUser({ roles: [entry.as] });
    await createTestApiToken(viewer.id); // the account page then lists a token
    await signIn(page.request, viewer);
  }
  const path = await entry.path(new MobileFixtures(page.request, viewer));
  const response = await page.goto(path);
  expect(response?.status(), `${path} answered`).toBeLessThan(400);
  // Signed-in pages must not have bounced to the sign-in form (that would measure the wrong page).
  if (viewer) expect(new URL(page.url()).pathname).toBe(new URL(path, page.url()).pathname);
  await page.waitForLoadState('networkidle');
  await entry.ready?.(page);
  expect(page.viewportSize()?.width).toBe(WIDTH);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${entry.name} (${path}) is ${scrollWidth}px wide at ${WIDTH}px; sticking out: ${(await overflowing(page)).join(' | ')}`).toBeLessThanOrEqual(WIDTH);
}

for (const entry of NEWSROOM_PAGES) {
  test(`tòa soạn, ${entry.name}: no sideways scrolling at ${WIDTH}px`, async ({ page }) => {
    await visit(page, entry);
  });
}

for (const entry of READER_PAGES) {
  test(`bạn đọc, ${entry.name}: no sideways scrolling at ${WIDTH}px`, async ({ page }) => {
    await visit(page, entry);
  });
}
