import type { CSSProperties } from 'react';

/**
 * The height a block below the first screen stands in at until it is drawn (app/globals.css
 * .below-fold): an upper bound of its height at 360 px, where blocks are tallest, from how many items
 * it lists. Content laid out past the stand-in reaches over the next block for tools that measure the
 * page before scrolling (Lighthouse's touch-target audit failed the home page on it); a stand-in too
 * tall only makes the scrollbar shorter until the block is drawn, after which its real height is kept.
 * `perItem` covers an item with a long headline (up to about 100 characters) at that width.
 */
export function foldStyle(items: number, perItem: number, head = 4): CSSProperties {
  return { '--fold-height': `${head + Math.max(1, items) * perItem}rem` } as CSSProperties;
}
