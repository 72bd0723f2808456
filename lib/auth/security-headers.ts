// PURE. Response security headers. Pages rendered per request (the newsroom, the API, search,
// previews) get a Content-Security-Policy with a fresh nonce from proxy.ts, which Next.js puts on its
// own scripts. Cached reader pages cannot carry a per-request nonce: their policy lists the SHA-256
// of each of their own framework scripts and is stored with the page (lib/cache/page-entry.mjs).
// Either way no inline script runs unless the server wrote it. See docs/security.md.
// Relative: next.config.ts loads this file without the '@/' alias.
import { cspHeaderValue } from '../policy/csp.mjs';

export interface CspOptions {
  nonce: string;
  /** Newsroom pages and the API may not be framed at all; public pages only by the site itself. */
  area: 'newsroom' | 'public';
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, area, dev }: CspOptions): string {
  return cspHeaderValue({ scriptSources: [`'nonce-${nonce}'`], area, dev });
}

/** A base64 nonce from 16 random bytes (Web Crypto, so it also runs where Node's crypto does not). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Headers that are the same on every response, including static files (set in next.config.ts). */
export function staticSecurityHeaders(production: boolean): Array<{ key: string; value: string }> {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

export function areaOf(pathname: string): 'newsroom' | 'public' {
  return pathname === '/toa-soan' || pathname.startsWith('/toa-soan/') || pathname.startsWith('/api/') ? 'newsroom' : 'public';
}
