// The front cache: a short-lived copy of finished reader pages, held in the server process in front
// of Next.js (scripts/serve.mjs), so a reader page asked for again within `ttlMs` is answered from
// memory without entering the framework at all.
//
// Why it exists: a reader page is already rendered once and kept in Next.js's own cache (ISR,
// revalidated when content changes), but answering from that cache still runs the framework's whole
// request pipeline: the proxy, the address rewrites, the router, the cache handler and the response
// headers, about 6 ms of CPU a page on this project's 2-core reference machine, so `npm start`
// alone served ~170 pages a second against ~2,400 for a static build file (issue #17). nginx's
// micro-cache does the same job in the several-instance profile (deploy/nginx.conf); this is that
// micro-cache for the portal without nginx, with the same rules:
//
// - Only what the app marked as a cached reader page is kept: proxy.ts puts `X-Accel-Expires` on
//   reader pages (and the cached 404/410 pages), and the answer must be 200, 404 or 410, say
//   `public`/`s-maxage`, not `private`/`no-store`/`no-cache`, and set no cookie.
// - Only plain GETs from anonymous readers are served from it (HEAD is answered from a GET's copy):
//   a request with a session cookie, a preview cookie, an Authorization header, or one of the
//   framework's RSC navigation headers always goes to Next.js, and so do the newsroom, the API and
//   the build files (/_next/, already static).
// - The key is the host, the forwarded host and protocol, the Accept-Encoding header (the copy
//   holds the bytes as sent, compressed or not) and the address with its query.
// - A copy lives `ttlMs` (1 s by default), so a change made through another instance is seen within
//   that time after that instance revalidated Next.js's cache. A change made through this
//   instance clears the whole front cache at once (`purge()`, called by lib/data/public/revalidate):
//   it holds at most a second's worth of pages, so clearing it costs a few re-reads from Next.js's
//   cache, and nothing can be forgotten the way a list of addresses could miss one. A page that was
//   being fetched from Next.js while the purge happened is not stored (the generation check), so
//   an answer rendered before a change never outlives it.
// - Memory is bounded by `maxBytes` (bodies, keys and 1 KB a copy for the rest; least recently used
//   copies go first) and by the TTL: storing a copy drops the expired ones from the oldest end.
//
// Plain JavaScript (like page-entry.mjs): scripts/serve.mjs runs without a TypeScript step.
import { randomUUID } from 'node:crypto';

const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
const STORABLE_STATUS = new Set([200, 404, 410]);
// Headers that belong to one response on one connection, never to the stored copy.
// x-nextjs-cache says how Next.js answered that one request (MISS when it rendered the page), which
// is not how a copy is answered.
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-nextjs-cache', REQUEST_ID_HEADER]);
// Next.js's client-side navigation and prefetch requests answer with RSC payloads that depend on
// these headers; they always go to the framework.
const RSC_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action'];
const PRIVATE_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?(?:authjs\.|next-auth\.|__prerender_bypass|__next_preview_data)/;
// Build files are Next.js static files already (immutable, served from disk), not worth a copy.
const NEVER_CACHED_PATH = /^\/(?:toa-soan|api|_next)(?:\/|$)/;
/** A response bigger than this is passed on and not kept (a reader page is ~100 KB). */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
/** What a copy costs besides its body and key (headers, bookkeeping), so many small copies count too. */
const ENTRY_OVERHEAD_BYTES = 1024;

/**
 * @typedef {{ status: number, headers: Array<[string, string | string[]]>, body: Buffer, etag: string | undefined, expires: number, size: number }} Entry
 * @typedef {{ ttlMs?: number, maxBytes?: number, now?: () => number }} FrontCacheOptions
 */

/** The address part of a request URL that is safe to key on, or null when the request is not cacheable. */
function cacheableKey(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '/';
  if (!url.startsWith('/') || url.length > 2048) return null;
  const path = url.split('?', 1)[0];
  if (NEVER_CACHED_PATH.test(path) || url.includes('_rsc=')) return null;
  const h = req.headers;
  if (h.authorization) return null;
  for (const name of RSC_HEADERS) if (h[name] !== undefined) return null;
  if (typeof h.cookie === 'string' && PRIVATE_COOKIE.test(h.cookie)) return null;
  return `${h.host ?? ''}|${h['x-forwarded-host'] ?? ''}|${h['x-forwarded-proto'] ?? ''}|${h['accept-encoding'] ?? ''}|${url}`;
}

function headerText(value) {
  return Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
}

/** Whether a finished response is a reader page the app allows to be kept. */
function storable(status, headers) {
  if (!STORABLE_STATUS.has(status)) return false;
  if (headers['x-accel-expires'] === undefined) return false;
  if (headers['set-cookie'] !== undefined) return false;
  if (headers['content-encoding'] !== undefined && !/^(gzip|br|deflate|zstd)$/.test(headerText(headers['content-encoding']))) return false;
  const cacheControl = headerText(headers['cache-control']).toLowerCase();
  if (!/\b(public|s-maxage)\b/.test(cacheControl)) return false;
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return false;
  return true;
}

/** isAcceptableRequestId/requestIdFrom of lib/log/request-id.ts, for Node's headers (this file cannot import TypeScript). */
function requestIdOf(req) {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** @param {FrontCacheOptions} [options] */
export function createFrontCache(options = {}) {
  const ttlMs = Math.max(0, options.ttlMs ?? 1000);
  const maxBytes = Math.max(0, options.maxBytes ?? 32 * 1024 * 1024);
  const now = options.now ?? Date.now;
  /** @type {Map<string, Entry>} insertion order = least recently used first */
  const entries = new Map();
  let bytes = 0;
  let generation = 0;
  const stats = { hits: 0, misses: 0, stored: 0, purges: 0 };

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  function store(key, entry) {
    remove(key);
    if (entry.size > maxBytes) return;
    entries.set(key, entry);
    bytes += entry.size;
    // From the oldest: copies past their lifetime (never served again; under a load of many
    // different pages they would otherwise sit there until the memory bound pushed them out, so the
    // cache held maxBytes of dead copies), then whatever the memory bound needs.
    const at = now();
    for (const [oldest, copy] of entries) {
      if (bytes <= maxBytes && copy.expires > at) break;
      remove(oldest);
    }
    stats.stored += 1;
  }

  /** Answers from a fresh copy; false when there is none. */
  function serve(key, req, res) {
    const entry = entries.get(key);
    if (!entry) return false;
    if (entry.expires <= now()) {
      remove(key);
      return false;
    }
    // Most recently used goes last.
    entries.delete(key);
    entries.set(key, entry);
    stats.hits += 1;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader(REQUEST_ID_HEADER, requestIdOf(req));
    res.setHeader('x-front-cache', 'HIT');
    if (entry.etag && req.headers['if-none-match'] === entry.etag) {
      res.removeHeader('content-encoding');
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.statusCode = entry.status;
    res.setHeader('content-length', entry.body.length);
    if (req.method === 'HEAD') res.end();
    else res.end(entry.body);
    return true;
  }

  /** Passes the request to `next` and keeps what it answers when that may be kept. */
  function fill(key, req, res, next) {
    stats.misses += 1;
    res.setHeader('x-front-cache', 'MISS');
    if (req.method !== 'GET' || ttlMs === 0 || maxBytes === 0) return next(req, res);
    const started = generation;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let keep = true;
    /** @type {Record<string, unknown> | undefined} */
    let headArgument;
    const collect = (chunk, encoding) => {
      if (!keep || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) {
        keep = false;
        chunks.length = 0;
        return;
      }
      chunks.push(Buffer.from(buffer));
    };
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      const last = rest[rest.length - 1];
      if (last && typeof last === 'object') headArgument = Array.isArray(last) ? undefined : last;
      if (Array.isArray(last)) keep = false; // raw header arrays: not worth reading back, pass on
      return writeHead.call(this, status, ...rest);
    };
    const write = res.write;
    res.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    const end = res.end;
    res.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      const result = end.call(this, chunk, encoding, callback);
      if (keep && generation === started) {
        /** @type {Record<string, string | string[] | number | undefined>} */
        const headers = { ...res.getHeaders() };
        if (headArgument) for (const [name, value] of Object.entries(headArgument)) headers[name.toLowerCase()] = /** @type {any} */ (value);
        if (storable(res.statusCode, headers)) {
          const kept = [];
          for (const [name, value] of Object.entries(headers)) {
            if (value === undefined || PER_RESPONSE.has(name) || name === 'x-front-cache') continue;
            kept.push([name, typeof value === 'number' ? String(value) : value]);
          }
          const body = Buffer.concat(chunks);
          const size = body.length + key.length + ENTRY_OVERHEAD_BYTES;
          store(key, { status: res.statusCode, headers: kept, body, etag: headerText(headers.etag) || undefined, expires: now() + ttlMs, size });
        }
      }
      return result;
    };
    return next(req, res);
  }

  return {
    /**
     * Handles one request: from a fresh copy when there is one, otherwise through `next` (the
     * framework's handler), keeping its answer when the app marked it as a cached reader page.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} next
     */
    handle(req, res, next) {
      const key = cacheableKey(req);
      if (key === null) return next(req, res);
      if (serve(key, req, res)) return undefined;
      return fill(key, req, res, next);
    },
    /** Forgets every copy, and every answer still on its way from the framework. */
    purge() {
      generation += 1;
      entries.clear();
      bytes = 0;
      stats.purges += 1;
    },
    stats() {
      return { ...stats, entries: entries.size, bytes };
    },
  };
}

const HOLDER = Symbol.for('portal.frontCache');

/** Makes this process's front cache reachable by the app's revalidation (same process, see serve.mjs). */
export function registerFrontCache(cache) {
  /** @type {any} */ (globalThis)[HOLDER] = cache;
}

/** Clears this process's front cache, if the server runs one. Never throws. */
export function purgeFrontCache() {
  try {
    /** @type {any} */ (globalThis)[HOLDER]?.purge();
  } catch {
    // a cache that cannot be cleared must not break the change that asked for it
  }
}
