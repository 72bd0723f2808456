// Blocks below the first screen (app/globals.css .below-fold) are left undrawn until the reader nears
// them and stand in at --fold-height (components/site/below-fold.ts). A block taller than its
// stand-in, laid out from its top, reached over the next one for anything that measures the page
// before scrolling: Lighthouse's touch-target audit failed the home page on a headline "obscured" by
// the next section's. At 360 px (the tallest layout), every block is at most as tall as its stand-in,
// and axe's target-size rule finds nothing on the page as loaded.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MobileFixtures } from './fixtures';
import { READER_PAGES } from './pages';

for (const entry of READER_PAGES.filter((p) => ['trang chủ', 'bài viết', 'English home'].includes(p.name))) {
  test(`${entry.name}: each block below the first screen fits its stand-in; no touch target obscured as loaded`, async ({ page }) => {
    await page.goto(await entry.path(new MobileFixtures(page.request, null)));
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
    const blocks = await page.evaluate(() => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      return [...document.querySelectorAll<HTMLElement>('.below-fold')].map((block) => {
        const standIn = getComputedStyle(block).getPropertyValue('contain-intrinsic-block-size');
        const raw = getComputedStyle(block).getPropertyValue('--fold-height').trim() || '40rem';
        block.style.contentVisibility = 'visible';
        const name = block.getAttribute('aria-labelledby') ?? block.tagName.toLowerCase();
        return { name, standIn, height: Math.round(block.getBoundingClientRect().height), fold: Math.round(raw.endsWith('rem') ? parseFloat(raw) * rem : parseFloat(raw)) };
      });
    });
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.standIn, block.name).toMatch(/^auto /);
      expect(block.height, `${block.name}: ${block.height} px drawn, stands in at ${block.fold} px`).toBeLessThanOrEqual(block.fold);
    }
  });
}
