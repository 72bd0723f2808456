// The one-machine cache keeps a 404 for a few minutes only, like the Redis one: an address that is
// not a page today may be one later (an archive day of next year once the year turns, a story slug
// published after someone guessed it), and a 404 kept until the next restart would hide it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import PortalFileCache from './file-cache-handler.mjs';

const cache = () => new PortalFileCache({ serverDistDir: '/nonexistent', maxMemoryCacheSize: 8 * 1024 * 1024, flushToDisk: false, revalidatedTags: [] });
const page = (status: number) => ({ kind: 'APP_PAGE', html: '<html><head></head><body><p>Lưu trữ</p></body></html>', rscData: Buffer.from('x'), headers: {}, status, postponed: undefined, segmentData: undefined });
const ctx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };

afterEach(() => {
  vi.useRealTimers();
  delete process.env.CACHE_NOT_FOUND_TTL_SECONDS;
});

describe('PortalFileCache', () => {
  it('serves a 404 for CACHE_NOT_FOUND_TTL_SECONDS (default 300), then renders the address again', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T16:00:00Z') });
    const c = cache();
    const key = `/vi/luu-tru/2028/01/01-${Math.random()}`;
    await c.set(key, page(404), { cacheControl: { revalidate: false, expire: undefined } });
    expect((await c.get(key, ctx))?.value).toMatchObject({ status: 404 });
    vi.setSystemTime(new Date('2026-12-31T16:04:59Z'));
    expect((await c.get(key, ctx))?.value).toMatchObject({ status: 404 });
    vi.setSystemTime(new Date('2026-12-31T16:05:01Z'));
    expect(await c.get(key, ctx)).toBeNull();
  });

  it('keeps a page that exists until it is revalidated, and honours a shorter 404 time', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T16:00:00Z') });
    process.env.CACHE_NOT_FOUND_TTL_SECONDS = '60';
    const c = cache();
    const [found, missing] = [`/vi/luu-tru/2026/12/31-${Math.random()}`, `/vi/luu-tru/2099/01/01-${Math.random()}`];
    await c.set(found, page(200), { cacheControl: { revalidate: false, expire: undefined } });
    await c.set(missing, page(404), { cacheControl: { revalidate: false, expire: undefined } });
    vi.setSystemTime(new Date('2027-01-30T16:00:00Z'));
    expect((await c.get(found, ctx))?.value).toMatchObject({ status: 200 });
    vi.setSystemTime(new Date('2026-12-31T16:01:01Z'));
    expect(await c.get(missing, ctx)).toBeNull();
  });

  it('keeps a page as UTF-8 bytes (what the memory bound counts) and serves it as the same text with its policy', async () => {
    const c = cache();
    const key = `/vi/bai-viet/tong-ket-${Math.random()}`;
    const stored = page(200);
    await c.set(key, stored, { cacheControl: { revalidate: false, expire: undefined } });
    const kept = (PortalFileCache as unknown as { memoryCache: { get(k: string): { value: { html: unknown } } } }).memoryCache.get(key);
    expect(Buffer.isBuffer(kept.value.html)).toBe(true);
    expect((kept.value.html as Buffer).toString('utf8')).toBe(stored.html);
    for (let i = 0; i < 2; i++) {
      const served = (await c.get(key, ctx))?.value as { html: unknown; headers: Record<string, string> };
      expect(served.html).toBe(stored.html);
      expect(served.headers['content-security-policy']).toContain("script-src 'self'");
    }
    // The caller's entry is not changed into bytes.
    expect(stored.html).toBe(page(200).html);
  });
});
