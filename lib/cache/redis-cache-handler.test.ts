// The shared cache's logic against an in-memory stand-in for Redis (the real Redis, with two
// processes and two app instances, is exercised by `npm run test:faults`).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import RedisCacheHandler, { deserialize, serialize, setClientForTests, type RedisLike } from './redis-cache-handler.mjs';

class FakeRedis implements RedisLike {
  strings = new Map<string, { value: string; ex?: number }>();
  hashes = new Map<string, Map<string, string>>();
  broken = false;
  private check() {
    if (this.broken) return Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379'));
    return Promise.resolve();
  }
  async get(key: string) {
    await this.check();
    return this.strings.get(key)?.value ?? null;
  }
  async set(key: string, value: string, options?: { EX?: number }) {
    await this.check();
    this.strings.set(key, { value, ex: options?.EX });
  }
  async del(key: string) {
    await this.check();
    this.strings.delete(key);
  }
  async hSet(key: string, values: Record<string, string>) {
    await this.check();
    const hash = this.hashes.get(key) ?? new Map<string, string>();
    for (const [field, value] of Object.entries(values)) hash.set(field, value);
    this.hashes.set(key, hash);
  }
  async hmGet(key: string, fields: string[]) {
    await this.check();
    return fields.map((f) => this.hashes.get(key)?.get(f) ?? null);
  }
}

const page = (tags: string) => ({
  kind: 'APP_PAGE',
  html: '<p>Hội nghị</p>',
  rscData: Buffer.from([0, 1, 2, 250]),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});

let redis: FakeRedis;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  redis = new FakeRedis();
  setClientForTests(redis);
  process.env.REDIS_KEY_PREFIX = 'test:';
  process.env.NEXT_DEPLOYMENT_ID = 'd1';
});
afterEach(() => {
  setClientForTests(undefined);
  delete process.env.REDIS_KEY_PREFIX;
  delete process.env.NEXT_DEPLOYMENT_ID;
});

describe('serialization', () => {
  it('keeps Buffers and Maps (rscData, segmentData) through JSON', () => {
    const back = deserialize(serialize(page('a'))) as ReturnType<typeof page>;
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect([...back.rscData]).toEqual([0, 1, 2, 250]);
    expect(back.segmentData).toBeInstanceOf(Map);
    expect(back.segmentData.get('/_tree')!.toString()).toBe('tree');
    expect(back.html).toBe('<p>Hội nghị</p>');
  });
});

describe('RedisCacheHandler', () => {
  it('an entry written by one instance is read by another, in this deployment only', async () => {
    const a = new RedisCacheHandler();
    const b = new RedisCacheHandler();
    await a.set('/route-cache/APP_PAGE/x/$/bai-viet/a', page('_N_T_/bai-viet/a'), { cacheControl: { revalidate: 60, expire: 3600 } });
    const hit = await b.get('/route-cache/APP_PAGE/x/$/bai-viet/a', { kind: 'APP_PAGE' });
    expect(hit?.value).toMatchObject({ kind: 'APP_PAGE', status: 200 });
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
    expect([...redis.strings.keys()]).toEqual(['test:d1:entry:/route-cache/APP_PAGE/x/$/bai-viet/a']);
    expect([...redis.strings.values()][0]!.ex).toBe(3600);

    process.env.NEXT_DEPLOYMENT_ID = 'd2';
    expect(await new RedisCacheHandler().get('/route-cache/APP_PAGE/x/$/bai-viet/a', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('a "not found" page lives minutes, not as long as a story: strangers cannot fill the store with unknown addresses', async () => {
    const handler = new RedisCacheHandler();
    const missing = { ...page('_N_T_/bai-viet/khong-co'), html: '<html><head><meta name="portal-status" content="404"/></head><body>Không tìm thấy</body></html>' };
    await handler.set('/route-cache/APP_PAGE/x/$/bai-viet/khong-co', missing, { cacheControl: { revalidate: 60, expire: 3600 } });
    await handler.set('/route-cache/APP_PAGE/x/$/bai-viet/co', page('_N_T_/bai-viet/co'), { cacheControl: { revalidate: 60, expire: 3600 } });
    expect(redis.strings.get('test:d1:entry:/route-cache/APP_PAGE/x/$/bai-viet/khong-co')!.ex).toBe(300);
    expect(redis.strings.get('test:d1:entry:/route-cache/APP_PAGE/x/$/bai-viet/co')!.ex).toBe(3600);
  });

  it('a revalidation on one instance drops the entry on every instance', async () => {
    const a = new RedisCacheHandler();
    const b = new RedisCacheHandler();
    await a.set('k', page('_N_T_/layout,_N_T_/bai-viet/a'), {});
    await sleep(2);
    await b.revalidateTag(['_N_T_/bai-viet/b']);
    expect(await a.get('k', { kind: 'APP_PAGE' })).not.toBeNull(); // another path's tag
    await b.revalidateTag('_N_T_/bai-viet/a');
    expect(await a.get('k', { kind: 'APP_PAGE' })).toBeNull();
    await sleep(2);
    await a.set('k', page('_N_T_/layout,_N_T_/bai-viet/a'), {}); // rendered again after the change
    expect(await b.get('k', { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('fetch entries honour their own tags and the soft tags of the page reading them', async () => {
    const a = new RedisCacheHandler();
    await a.set('f', { kind: 'FETCH', data: { body: 'x' }, revalidate: 30 }, { fetchCache: true, tags: ['articles'] });
    expect([...redis.strings.values()][0]!.ex).toBe(300);
    await sleep(2);
    await a.revalidateTag('_N_T_/');
    expect(await a.get('f', { kind: 'FETCH', tags: ['articles'], softTags: [] })).not.toBeNull();
    expect(await a.get('f', { kind: 'FETCH', tags: ['articles'], softTags: ['_N_T_/'] })).toBeNull();
    await a.revalidateTag('articles');
    expect(await a.get('f', { kind: 'FETCH', tags: [], softTags: [] })).toBeNull(); // stored tags count too
  });

  it('Redis trouble is a miss, never an error, and revalidations made meanwhile are not lost', async () => {
    const a = new RedisCacheHandler();
    await a.set('k', page('_N_T_/bai-viet/a'), {});
    redis.broken = true;
    await expect(a.get('k', { kind: 'APP_PAGE' })).resolves.toBeNull();
    await expect(a.set('k2', page('t'), {})).resolves.toBeUndefined();
    await sleep(2);
    await expect(a.revalidateTag('_N_T_/bai-viet/a')).resolves.toBeUndefined();
    redis.broken = false;
    // The old copy must not come back after the outage.
    expect(await new RedisCacheHandler().get('k', { kind: 'APP_PAGE' })).toBeNull();
    expect(redis.hashes.get('test:d1:tags')?.has('_N_T_/bai-viet/a')).toBe(true);
  });

  it('set(null) removes the entry', async () => {
    const a = new RedisCacheHandler();
    await a.set('k', page('t'), {});
    await a.set('k', null, {});
    expect(redis.strings.size).toBe(0);
  });
});
