// What the Next.js cache stores for a reader page, made safe to serve to everyone: both cache
// handlers (file-cache-handler.mjs on one machine, redis-cache-handler.mjs shared) pass every page
// entry through securePageEntry() before storing it and again when reading it back.
//
// 1. Content-Security-Policy. A cached page is the same bytes for every reader, so it cannot carry a
//    per-request nonce. Its policy instead lists the SHA-256 of each inline script on that very page,
//    and only of scripts of the exact shapes Next.js writes itself: React's bootstrap with
//    Turbopack's chunk list, `(globalThis["TURBOPACK"] || …).push({<JSON>})`, the flight-data
//    bootstrap `(self.__next_f=self.__next_f||[]).push([0])` and the data pushes
//    `self.__next_f.push([1,"<JSON string>"])` / `([3,"<base64>"])` (next/dist/server/app-render/
//    use-flight-response.js). Those only append data to an array; anything else inline (an
//    injected <script>, an event handler attribute, a javascript: URL) is not hashed and is blocked.
//    Next.js's own files load under 'self'. The header is stored in the entry, so Next.js sends it
//    with the page on every hit, and on the first render too (the response is built from the entry
//    object this function changes before it is stored). docs/security.md has the argument.
// 2. Status. A page can only answer 200 or 404 by itself; a withdrawn story's page carries
//    <meta name="portal-status" content="410"> in its head and is stored and served with status 410
//    (and the shared 404 page, app/[locale]/khong-tim-thay, carries 404).
import { createHash } from 'node:crypto';
import { cspHeaderValue } from '../policy/csp.mjs';

export const PAGE_STATUS_META = 'portal-status';
const STATUS_MARKERS = new Map([404, 410].map((status) => [`<meta name="${PAGE_STATUS_META}" content="${status}"/>`, status]));

const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA_PUSH = /^self\.__next_f\.push\(\[([13]),("(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")\]\)$/;
// React's bootstrap script with Turbopack's chunk list: `<script id="_R_">(globalThis["TURBOPACK"] ||
// (globalThis["TURBOPACK"] = [])).push({"otherChunks":[...],"runtimeModuleIds":[...]});</script>`.
const TURBOPACK_BOOT = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[^]*\})\);?$/;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Whether an inline script's text is one Next.js writes (and nothing more). */
export function isFrameworkScript(text) {
  if (text === BOOTSTRAP) return true;
  const boot = TURBOPACK_BOOT.exec(text);
  if (boot) return isChunkList(boot[1]);
  const match = DATA_PUSH.exec(text);
  if (!match) return false;
  try {
    const value = JSON.parse(match[2]);
    return match[1] === '1' || /^[A-Za-z0-9+/]*={0,2}$/.test(value);
  } catch {
    return false;
  }
}

/** The argument of Turbopack's push: pure JSON (so no code), naming chunk files and module ids only. */
function isChunkList(json) {
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, list]) =>
    key === 'otherChunks'
      ? Array.isArray(list) && list.every((c) => typeof c === 'string' && /^static\/chunks\/[\w.-]+\.js$/.test(c))
      : key === 'runtimeModuleIds' && Array.isArray(list) && list.every((id) => typeof id === 'number' || (typeof id === 'string' && /^[\w./-]+$/.test(id))),
  );
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of one cached page: 'self' plus the hashes of its own framework scripts. */
export function pagePolicy(html) {
  const hashes = new Set();
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue; // a file: allowed or not by 'self'
    if (/\btype\s*=\s*"?application\/(?:ld\+)?json/i.test(attributes)) continue; // data, never run
    if (isFrameworkScript(text)) hashes.add(sha256(text));
  }
  return cspHeaderValue({ scriptSources: [...hashes], area: 'public', dev: false });
}

/** The status a page asks for in its head (see above), if any. */
export function pageStatus(html) {
  const end = html.indexOf('</head>');
  const head = end < 0 ? '' : html.slice(0, end);
  for (const [marker, status] of STATUS_MARKERS) if (head.includes(marker)) return status;
  return undefined;
}

/**
 * Sets the CSP header (and a marked status) on a cached App Router page entry, in place; any other
 * entry is left alone. Idempotent. Runs on store; on read see servedPageEntry.
 */
export function securePageEntry(value) {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return value;
  value.headers = value.headers ?? {};
  value.headers['content-security-policy'] = pagePolicy(value.html);
  value[SECURED_FOR] = value.html.length;
  const status = pageStatus(value.html);
  if (status) value.status = status;
  return value;
}

// Kept with the entry (in memory as is, in Redis through its JSON): the length of the HTML the
// stored policy was computed from, so an entry whose HTML changed without a store is scanned again.
const SECURED_FOR = 'portalPolicyFor';

/**
 * The read side: an entry stored through securePageEntry already carries its policy and status
 * (kept with it in memory or in Redis), so a cache hit costs no scan of the page (hashing every
 * inline script of an 80 KB page took about a millisecond per request). Only an entry that never
 * went through a store (prerendered at build) is secured here.
 */
export function servedPageEntry(value) {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string') return value;
  if (value[SECURED_FOR] === value.html.length && value.headers?.['content-security-policy']) return value;
  return securePageEntry(value);
}
