import { describe, expect, it } from 'vitest';

// The chart names each unit's head on the day it is rendered (lib/agency/chart.ts). Reader pages are
// kept in the cache until a change revalidates them, but a head whose post begins or ends today
// changes the chart with no edit at all: without a time limit on the cached page, a head appointed
// ahead of their date would never appear (and the one they replace would stay), until someone saved
// something. Like the person and unit pages, the chart is rendered again at least every hour.
describe('the organisation chart page', () => {
  it('is kept in the cache for an hour at most', async () => {
    const page: { revalidate?: unknown } = await import('@/app/[locale]/co-cau-to-chuc/page');
    expect(typeof page.revalidate).toBe('number');
    expect(page.revalidate).toBeGreaterThan(0);
    expect(page.revalidate).toBeLessThanOrEqual(3600);
  });
});
