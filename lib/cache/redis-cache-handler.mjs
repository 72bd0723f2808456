// The Next.js server cache (`cacheHandler` in next.config.ts) kept in Redis, so that several app
// instances share one cache and a revalidatePath()/revalidateTag() on any instance reaches all of
// them. Enabled only when REDIS_URL is set; without it Next.js keeps its own per-instance cache.
//
// Plain JavaScript on purpose: `next start` imports this file at run time with Node itself (no
// TypeScript step). It holds ISR pages, route-handler responses and fetch() data: today the portal
// renders its pages per request, so the cache is mostly empty, but revalidation goes through here
// and anything cached later (a page with `revalidate`, a cached fetch) is shared at once.
//
// How it works (docs: node_modules/next/dist/docs/.../incrementalCacheHandlerPath.md, self-hosting.md):
//  - an entry is one Redis string, JSON with Buffers and Maps encoded, with a TTL (bounded store);
//  - revalidateTag() writes "tag -> time" into one Redis hash shared by all instances; get() drops
//    any entry with a tag (its own, or the path's implicit `_N_T_/…` tags) revalidated after it was
//    written. Every revalidation expires at once (no serve-stale for tags): always correct, at the
//    price of one render;
//  - Redis trouble is a cache miss, never an error page: each call has a short time limit, writes
//    are dropped, and revalidations that could not be written are retried when Redis is back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { skipEntrySizing } from './entry-sizing.mjs';
import { securePageEntry, servedPageEntry } from './page-entry.mjs';

const TIMEOUT_MS = Number(process.env.REDIS_CACHE_TIMEOUT_MS || 500);
/** Longest any entry lives in Redis, whatever its own lifetime (seconds). */
const MAX_TTL_SECONDS = Number(process.env.REDIS_CACHE_MAX_TTL_SECONDS || 14 * 24 * 3600);
/**
 * Longest a "not found" page lives in Redis (seconds). Anyone can ask for any number of unknown
 * addresses; each would otherwise sit in Redis as long as a real story, so the store would grow with
 * what strangers type. Short-lived, they still absorb a burst on one address.
 */
const NOT_FOUND_TTL_SECONDS = Number(process.env.REDIS_CACHE_NOT_FOUND_TTL_SECONDS || 300);
const TAGS_CACHE_HEADER = 'x-next-cache-tags';
const MAX_PENDING_TAGS = 10_000;

const state = /** @type {{ portalRedisCache?: { client?: any, connecting?: Promise<any>, pendingTags: Map<string, number>, warnedAt: number } }} */ (globalThis);
state.portalRedisCache ??= { pendingTags: new Map(), warnedAt: 0 };
const shared = state.portalRedisCache;

function warn(msg, error) {
  // At most one line every 30 s while Redis is unreachable; never the URL (it may hold a password).
  const now = Date.now();
  if (now - shared.warnedAt < 30_000) return;
  shared.warnedAt = now;
  const err = error instanceof Error ? `${error.name}: ${error.message}`.replace(/\/\/[^@\s]*@/g, '//[redacted]@') : String(error);
  process.stderr.write(JSON.stringify({ level: 'warn', time: new Date().toISOString(), service: 'portal', msg: `redis cache: ${msg}`, err }) + '\n');
}

/** Replaced by tests (setClientForTests); otherwise one client per process, connected lazily. */
async function client() {
  if (shared.client) return shared.client;
  shared.connecting ??= (async () => {
    const redis = createClient({
      url: process.env.REDIS_URL,
      // Fail fast while disconnected instead of queueing work behind a dead connection.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 3000) },
    });
    redis.on('error', (error) => warn('connection error', error));
    await redis.connect();
    shared.client = redis;
    return redis;
  })().catch((error) => {
    shared.connecting = undefined;
    throw error;
  });
  return shared.connecting;
}

export function setClientForTests(fake) {
  shared.client = fake;
  shared.connecting = undefined;
  shared.pendingTags.clear();
  shared.warnedAt = Date.now(); // keep test output quiet
}

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

// Buffers (rscData, route bodies) and Maps (segmentData) do not survive JSON on their own.
export function serialize(value) {
  return JSON.stringify(value, function replacer(key, encoded) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { __b64: original.toString('base64') };
    if (original instanceof Map) return { __map: [...original.entries()] };
    return encoded;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof value.__b64 === 'string' && Object.keys(value).length === 1) return Buffer.from(value.__b64, 'base64');
      if (Array.isArray(value.__map) && Object.keys(value).length === 1) return new Map(value.__map);
    }
    return value;
  });
}

function tagsOf(entry, ctx) {
  const tags = [];
  const header = entry?.value?.headers?.[TAGS_CACHE_HEADER];
  if (typeof header === 'string' && header) tags.push(...header.split(','));
  if (ctx && Array.isArray(ctx.tags)) tags.push(...ctx.tags);
  if (ctx && Array.isArray(ctx.softTags)) tags.push(...ctx.softTags);
  if (Array.isArray(entry?.tags)) tags.push(...entry.tags);
  return [...new Set(tags.filter((t) => typeof t === 'string' && t))];
}

function ttlSeconds(data, ctx) {
  const control = ctx?.cacheControl;
  let seconds = MAX_TTL_SECONDS;
  if (control && typeof control.expire === 'number' && control.expire > 0) seconds = Math.min(seconds, control.expire);
  else if (typeof data?.revalidate === 'number' && data.revalidate > 0) seconds = Math.min(seconds, Math.max(60, data.revalidate * 10));
  if (data?.status === 404) seconds = Math.min(seconds, NOT_FOUND_TTL_SECONDS);
  return Math.max(1, Math.round(seconds));
}

/** The build this cache belongs to: entries of another deployment are never read. */
function namespaceFor(ctx) {
  const explicit = process.env.REDIS_KEY_PREFIX;
  let build = process.env.NEXT_DEPLOYMENT_ID || '';
  if (!build && ctx?.serverDistDir) {
    try {
      build = readFileSync(path.join(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      build = 'dev';
    }
  }
  return `${explicit ?? 'portal:'}${build || 'default'}:`;
}

export default class RedisCacheHandler {
  constructor(ctx = {}) {
    this.prefix = namespaceFor(ctx);
    this.tagsKey = `${this.prefix}tags`;
  }

  entryKey(key) {
    return `${this.prefix}entry:${key}`;
  }

  /** Revalidations that failed while Redis was down, written before anything is read. */
  async flushPendingTags(redis) {
    if (shared.pendingTags.size === 0) return;
    const pending = Object.fromEntries([...shared.pendingTags].map(([tag, at]) => [tag, String(at)]));
    await withTimeout(redis.hSet(this.tagsKey, pending), 'HSET tags');
    shared.pendingTags.clear();
  }

  async get(key, ctx) {
    skipEntrySizing();
    try {
      const redis = await withTimeout(client(), 'connect');
      await this.flushPendingTags(redis);
      const text = await withTimeout(redis.get(this.entryKey(key)), 'GET');
      if (!text) return null;
      const entry = deserialize(text);
      servedPageEntry(entry.value);
      const tags = tagsOf(entry, ctx);
      if (tags.length > 0) {
        const times = await withTimeout(redis.hmGet(this.tagsKey, tags), 'HMGET tags');
        if (times.some((t) => t !== null && t !== undefined && Number(t) >= entry.lastModified)) return null;
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    } catch (error) {
      warn('read failed; serving without the shared cache', error);
      return null;
    }
  }

  async set(key, data, ctx = {}) {
    // Before the first await: the response to the request that rendered the page is built from
    // this same object (page-entry.mjs).
    skipEntrySizing();
    securePageEntry(data);
    try {
      const redis = await withTimeout(client(), 'connect');
      if (data === null) {
        await withTimeout(redis.del(this.entryKey(key)), 'DEL');
        return;
      }
      const entry = {
        lastModified: Date.now(),
        value: data,
        cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
        tags: Array.isArray(ctx.tags) ? ctx.tags : undefined,
      };
      await withTimeout(redis.set(this.entryKey(key), serialize(entry), { EX: ttlSeconds(data, ctx) }), 'SET');
    } catch (error) {
      warn('write failed; the entry stays uncached', error);
    }
  }

  // The second argument (stale/expire durations) is ignored: every revalidation expires at once.
  async revalidateTag(tags) {
    const list = (typeof tags === 'string' ? [tags] : tags ?? []).filter(Boolean);
    if (list.length === 0) return;
    const now = Date.now();
    try {
      const redis = await withTimeout(client(), 'connect');
      await withTimeout(redis.hSet(this.tagsKey, Object.fromEntries(list.map((t) => [t, String(now)]))), 'HSET tags');
    } catch (error) {
      // Kept and written on the next successful call, so an entry cached before the outage cannot
      // come back once Redis does.
      for (const tag of list) if (shared.pendingTags.size < MAX_PENDING_TAGS) shared.pendingTags.set(tag, now);
      warn('revalidation not written yet; will retry', error);
    }
  }

  resetRequestCache() {}
}
