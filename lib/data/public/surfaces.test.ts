import { describe, expect, it } from 'vitest';
import { agencyPagePaths, cachePaths, EMPTY_SURFACES, listTagOfCachePath, SITE_WIDE_PATHS, surfacePaths } from './surfaces';
import { publicCacheControl, publicCacheHeaders } from './cache';

describe('cachePaths', () => {
  it('maps public addresses onto the cached pages behind them, in both languages, with the first pages of lists', () => {
    const paths = cachePaths(['/', '/en', '/bai-viet/tin', '/en/bai-viet/tin', '/bai-viet/tin/luu', '/chuyen-muc/tin-tuc', '/rss.xml', '/tim-kiem', '/api/v1/public/articles']);
    expect(paths).toContain('/vi');
    expect(paths).toContain('/en');
    expect(paths).toContain('/vi/bai-viet/tin');
    expect(paths).toContain('/en/bai-viet/tin');
    expect(paths).toContain('/bai-viet/tin/luu');
    expect(paths).toContain('/vi/chuyen-muc/tin-tuc');
    // Deeper pages of a list go with the list's tag, not one path each.
    expect(paths).not.toContain('/vi/chuyen-muc/tin-tuc/2');
    expect(paths).toContain('/rss.xml');
    expect(paths).toContain('/vi/tim-kiem');
    expect(paths).toContain('/api/v1/public/articles');
    expect(paths).not.toContain('/bai-viet/tin');
  });
});

describe('listTagOfCachePath', () => {
  it('gives every page of a list, in both languages, one tag; other pages none', () => {
    expect(listTagOfCachePath('/vi/chuyen-muc/tin-tuc')).toBe('list:/chuyen-muc/tin-tuc');
    expect(listTagOfCachePath('/en/chuyen-muc/tin-tuc')).toBe('list:/chuyen-muc/tin-tuc');
    expect(listTagOfCachePath('/vi/tu-khoa/kinh-te')).toBe('list:/tu-khoa/kinh-te');
    expect(listTagOfCachePath('/vi/nhan-vat/nguyen-van-a')).toBe('list:/nhan-vat/nguyen-van-a');
    expect(listTagOfCachePath('/en/don-vi/vu-1')).toBe('list:/don-vi/vu-1');
    expect(listTagOfCachePath('/vi/bai-viet/tin')).toBeNull();
    expect(listTagOfCachePath('/vi/chuyen-muc/tin-tuc/2')).toBeNull();
    expect(listTagOfCachePath('/rss.xml')).toBeNull();
  });
});

describe('surfacePaths', () => {
  it('covers the story, its old slugs, sections with feeds, tags, people, units, home, feeds and sitemaps', () => {
    const paths = surfacePaths({
      slugs: ['tin-moi', 'tin-cu'],
      sectionSlugs: ['tin-tuc'],
      tagSlugs: ['kinh-te'],
      personSlugs: ['nguyen-hong-son'],
      unitSlugs: ['vu-kinh-te-nganh'],
    });
    expect(paths).toEqual(
      [
        ...SITE_WIDE_PATHS,
        '/bai-viet/tin-moi',
        '/bai-viet/tin-moi/luu',
        '/bai-viet/tin-cu',
        '/bai-viet/tin-cu/luu',
        '/chuyen-muc/tin-tuc',
        '/chuyen-muc/tin-tuc/rss.xml',
        '/tu-khoa/kinh-te',
        '/nhan-vat/nguyen-hong-son',
        '/don-vi/vu-kinh-te-nganh',
        '/en',
        '/en/tim-kiem',
        '/en/dinh-chinh',
        '/en/luu-tru',
        '/en/bai-viet/tin-moi',
        '/en/bai-viet/tin-cu',
        '/en/chuyen-muc/tin-tuc',
        '/en/tu-khoa/kinh-te',
        '/en/nhan-vat/nguyen-hong-son',
        '/en/don-vi/vu-kinh-te-nganh',
      ].sort(),
    );
  });

  it("adds the archive's day, month and year of the story's Vietnamese publication day, before and after", () => {
    // 23:30 on 23/12/2019 in Vietnam; rescheduled to 00:30 on 1/1/2020 in Vietnam.
    const paths = surfacePaths({ ...EMPTY_SURFACES, publishedAt: ['2019-12-23T16:30:00.000Z'] }, { ...EMPTY_SURFACES, publishedAt: ['2019-12-31T17:30:00.000Z'] });
    for (const path of ['/luu-tru/2019', '/luu-tru/2019/12', '/luu-tru/2019/12/23', '/luu-tru/2020', '/luu-tru/2020/01', '/luu-tru/2020/01/01']) {
      expect(paths).toContain(path);
      expect(paths).toContain(`/en${path}`);
    }
    expect(paths).not.toContain('/luu-tru/2019/12/24');
    expect(surfacePaths({ ...EMPTY_SURFACES, publishedAt: ['not a date'] }).filter((p) => p.startsWith('/luu-tru/'))).toEqual([]);
    const cache = cachePaths(paths);
    expect(cache).toContain('/vi/luu-tru/2019/12/23');
    expect(cache).toContain('/en/luu-tru/2020/01');
    expect(listTagOfCachePath('/vi/luu-tru/2019/12/23')).toBe('list:/luu-tru/2019/12/23');
    expect(listTagOfCachePath('/en/luu-tru/2019/12')).toBe('list:/luu-tru/2019/12');
    expect(listTagOfCachePath('/vi/luu-tru/2019')).toBeNull();
  });

  it('merges the state before and after a change, so a section the story left is refreshed too', () => {
    const before = { ...EMPTY_SURFACES, slugs: ['a'], sectionSlugs: ['cu'], tagSlugs: ['x'] };
    const after = { ...EMPTY_SURFACES, slugs: ['a'], sectionSlugs: ['moi'] };
    const paths = surfacePaths(before, after);
    expect(paths).toContain('/chuyen-muc/cu');
    expect(paths).toContain('/chuyen-muc/moi');
    expect(paths).toContain('/tu-khoa/x');
    expect(paths.filter((p) => p === '/bai-viet/a')).toHaveLength(1);
  });

  it('ignores slugs that are not slugs', () => {
    expect(surfacePaths({ ...EMPTY_SURFACES, slugs: ['../x', 'a b', ''] })).toEqual([...SITE_WIDE_PATHS, '/en', '/en/tim-kiem', '/en/dinh-chinh', '/en/luu-tru'].sort());
  });
});

describe('public cache headers', () => {
  it('let shared caches keep pages briefly and serve stale while they refresh; browsers revalidate', () => {
    expect(publicCacheControl({})).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    expect(publicCacheControl({ PUBLIC_S_MAXAGE: '5', PUBLIC_STALE_WHILE_REVALIDATE: '30' })).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=30');
    expect(publicCacheControl({ PUBLIC_S_MAXAGE: 'nhiều' })).toContain('s-maxage=60');
  });

  it('cover the reader pages and feeds, never the newsroom or the API', () => {
    const sources = publicCacheHeaders({}).map((h) => h.source);
    expect(sources).toEqual(expect.arrayContaining(['/', '/bai-viet/:path*', '/rss.xml', '/sitemap.xml', '/tim-kiem']));
    expect(sources.some((s) => s.startsWith('/toa-soan') || s.startsWith('/api'))).toBe(false);
  });
});

describe('agency page paths', () => {
  it('are the changed agency pages and units in both languages, unsafe slugs left out', () => {
    expect(agencyPagePaths(['/lien-he', '/co-cau-to-chuc'], ['vu-kinh-te-nganh', '../x'])).toEqual([
      '/co-cau-to-chuc',
      '/don-vi/vu-kinh-te-nganh',
      '/en/co-cau-to-chuc',
      '/en/don-vi/vu-kinh-te-nganh',
      '/en/lien-he',
      '/lien-he',
    ]);
  });
});
