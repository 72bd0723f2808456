// PURE. Response security headers. The Content-Security-Policy carries a fresh nonce per request
// (set by proxy.ts; Next.js puts it on its own scripts), so no inline script runs without it.

export interface CspOptions {
  nonce: string;
  /** Newsroom pages and the API may not be framed at all; public pages only by the site itself. */
  area: 'newsroom' | 'public';
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, area, dev }: CspOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; 'self' is ignored by CSP3
    // browsers then, and kept for older ones. React needs eval only in development.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Inline style attributes (React style={...}) are not scripts; allowing them keeps rich text usable.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [area === 'newsroom' ? "'none'" : "'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
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
