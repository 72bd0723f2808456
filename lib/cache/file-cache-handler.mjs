// The Next.js cache on one machine (no REDIS_URL): Next.js's own file-system cache handler, kept in
// memory only (next.config.ts: experimental.isrFlushToDisk false, cacheMaxMemorySize), with every
// page entry passed through securePageEntry() (its CSP and status, see page-entry.mjs).
//
// In memory, because a page rendered from one database must not outlive the process: a restart
// (a new release, a restored backup, `npm start` against another database) starts empty, where
// files under .next would be served again by a build that skips rebuilding.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { skipEntrySizing } from './entry-sizing.mjs';
import { securePageEntry, servedPageEntry } from './page-entry.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/**
 * How long a 404 is served from memory before the address is rendered again (the Redis handler's
 * REDIS_CACHE_NOT_FOUND_TTL_SECONDS does the same there). An address that is not a page now may be one
 * later without any publish revalidating it: an archive day of next year once the year turns, a slug
 * someone tried before it existed. Kept, such a 404 would last until the next restart.
 */
const notFoundTtlMs = () => {
  const seconds = Number(process.env.CACHE_NOT_FOUND_TTL_SECONDS || process.env.REDIS_CACHE_NOT_FOUND_TTL_SECONDS || 300);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 300) * 1000;
};

/**
 * A page's HTML is kept as UTF-8 bytes, not as the string Next.js hands over. V8 keeps a string with
 * any character past Latin-1 (every Vietnamese page) at two bytes a character, and Next.js's memory
 * cache counts `html.length` characters: a "256 MB" cache held about 400 MB of pages (heap snapshot
 * under the benchmark's mixed load: 272 MB of strings, 131 MB of RSC buffers). As bytes, a page takes
 * about half the memory and the cache's bound counts what it really holds. A read decodes the page
 * again (tens of microseconds for an 80 KB page; the hottest pages are answered by the front cache,
 * lib/cache/front-cache.mjs, before this).
 */
function packed(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return value;
  return { ...value, html: Buffer.from(value.html, 'utf8') };
}

function unpacked(entry) {
  const value = entry?.value;
  if (value?.kind !== 'APP_PAGE' || !Buffer.isBuffer(value.html)) return entry;
  return { ...entry, value: { ...value, html: value.html.toString('utf8') } };
}

export default class PortalFileCache extends FileSystemCache {
  async get(key, ctx) {
    skipEntrySizing();
    const entry = unpacked(await super.get(key, ctx));
    if (entry?.value?.status === 404 && entry.lastModified > 0 && Date.now() - entry.lastModified > notFoundTtlMs()) return null;
    if (entry?.value) servedPageEntry(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    skipEntrySizing();
    securePageEntry(data);
    return super.set(key, packed(data), ctx);
  }
}
