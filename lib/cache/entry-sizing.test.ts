// Next's own IncrementalCache (the class the compiled runtimes bundle) with skipEntrySizing(): a
// page entry reaches the cache handler unchanged without its RSC Buffer being turned into JSON.
import { afterEach, describe, expect, it, vi } from 'vitest';
import incrementalCacheModule from 'next/dist/server/lib/incremental-cache/index.js';
import { skipEntrySizing } from './entry-sizing.mjs';

type Stored = { key: string; data: Record<string, unknown>; ownToJson: boolean };

function makeCache(IncrementalCache: new (options: object) => { set: (...args: unknown[]) => Promise<void> }) {
  const stored: Stored[] = [];
  class Recorder {
    async get() {
      return null;
    }
    async set(key: string, data: Record<string, unknown>) {
      // What a handler sees synchronously: the Buffer as it was, JSON included.
      const rsc = data.rscData as Buffer | undefined;
      stored.push({ key, data, ownToJson: rsc ? Object.hasOwn(rsc, 'toJSON') : false });
    }
    async revalidateTag() {}
    resetRequestCache() {}
  }
  const cache = new IncrementalCache({
    dev: false,
    minimalMode: false,
    requestHeaders: {},
    previewProps: { previewModeId: 'test', previewModeSigningKey: 'k', previewModeEncryptionKey: 'k' },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'test' } },
    CurCacheHandler: Recorder,
    fetchCacheKeyPrefix: '',
    allowedRevalidateHeaderKeys: [],
  });
  return { cache, stored };
}

const pageEntry = () => ({ kind: 'APP_PAGE', html: '<html><body>Tổng kết năm</body></html>', rscData: Buffer.from('0:["$","p",null,{}]\n'), headers: {}, status: 200, postponed: undefined, segmentData: new Map() });
const pageCtx = { route: { kind: 'APP_PAGE', sourceRoute: '/[locale]/bai-viet/[slug]/page' }, cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };

afterEach(() => vi.restoreAllMocks());

// One class for the file: the first test sees it as Next ships it, the later ones wrapped (in order).
const { IncrementalCache } = incrementalCacheModule as unknown as { IncrementalCache: never };


describe('skipEntrySizing', () => {
  it('Next alone turns a page entry’s RSC Buffer into JSON on every set (what this removes)', async () => {
    const { cache, stored } = makeCache(IncrementalCache);
    const toJson = vi.spyOn(Buffer.prototype, 'toJSON');
    await cache.set('/vi/bai-viet/a', pageEntry(), pageCtx);
    expect(toJson).toHaveBeenCalled();
    expect(stored).toHaveLength(1);
  });

  it('wrapped, a page entry is stored without JSON of its Buffers, unchanged and with toJSON back', async () => {
    const { cache, stored } = makeCache(IncrementalCache);
    skipEntrySizing(cache);
    skipEntrySizing(cache); // once per class, not twice
    const toJson = vi.spyOn(Buffer.prototype, 'toJSON');
    const entry = pageEntry();
    await cache.set('/vi/bai-viet/a', entry, pageCtx);
    expect(toJson).not.toHaveBeenCalled();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.data).toBe(entry);
    expect(Object.hasOwn(entry.rscData, 'toJSON')).toBe(false);
    expect(JSON.stringify(entry.rscData)).toBe(JSON.stringify({ type: 'Buffer', data: [...entry.rscData] }));
  });

  it('leaves data-cache (fetch) entries measured, as their 2 MB limit needs', async () => {
    const { cache, stored } = makeCache(IncrementalCache);
    skipEntrySizing(cache);
    const stringify = vi.spyOn(JSON, 'stringify');
    await cache.set('most-read', { kind: 'FETCH', data: { headers: {}, body: 'e30=', status: 200, url: '' }, revalidate: 300 }, { fetchCache: true, revalidate: 300, tags: [] });
    expect(stringify).toHaveBeenCalled();
    expect(stored).toHaveLength(1);
  });

  it('does nothing without an instance', () => {
    expect(() => skipEntrySizing(undefined)).not.toThrow();
    expect(() => skipEntrySizing(null)).not.toThrow();
  });
});
