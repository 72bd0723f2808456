// The documents section's addresses in the reader routing (i18n/routing.ts), which proxy.ts and the
// cache revalidation share: the bare list and each document are cached pages, the filtered list is
// rendered per request, the feed and the files are not pages.
import { describe, expect, it } from 'vitest';
import { cachePaths } from '../data/public/surfaces';
import { readerRoute } from '../../i18n/routing';

describe('documents routes', () => {
  it('maps reader addresses', () => {
    expect(readerRoute('/van-ban', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/van-ban' });
    expect(readerRoute('/en/van-ban', '')).toEqual({ kind: 'page', locale: 'en', target: '/en/van-ban' });
    expect(readerRoute('/van-ban/nghi-quyet-45-nq-tw-2019', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/van-ban/nghi-quyet-45-nq-tw-2019' });
    expect(readerRoute('/van-ban/tra-cuu', '?q=nq+45')).toEqual({ kind: 'dynamic', locale: 'vi', target: '/vi/van-ban/tra-cuu?q=nq+45' });
    expect(readerRoute('/van-ban/rss.xml', '')).toEqual({ kind: 'pass' });
    expect(readerRoute('/van-ban/tep/0b6c1f9e-4f0e-4c1e-9a51-3d2f5b1c7a10', '')).toEqual({ kind: 'pass' });
    expect(readerRoute('/van-ban/a/b', '').kind).toBe('missing');
  });
  it('revalidates the cached pages of both languages', () => {
    expect(cachePaths(['/van-ban', '/en/van-ban', '/van-ban/x-1', '/van-ban/rss.xml'])).toEqual(['/en/van-ban', '/van-ban/rss.xml', '/vi/van-ban', '/vi/van-ban/x-1']);
  });
});
