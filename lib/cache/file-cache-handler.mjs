// The Next.js cache on one machine (no REDIS_URL): Next.js's own file-system cache handler, kept in
// memory only (next.config.ts: experimental.isrFlushToDisk false, cacheMaxMemorySize), with every
// page entry passed through securePageEntry() (its CSP and status, see page-entry.mjs).
//
// In memory, because a page rendered from one database must not outlive the process: a restart
// (a new release, a restored backup, `npm start` against another database) starts empty, where
// files under .next would be served again by a build that skips rebuilding.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { securePageEntry, servedPageEntry } from './page-entry.mjs';

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class PortalFileCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) servedPageEntry(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    securePageEntry(data);
    return super.set(key, data, ctx);
  }
}
