// PURE. The Content-Security-Policy, in plain JavaScript because two kinds of code build it: proxy.ts
// and next.config.ts (TypeScript, through lib/auth/security-headers.ts) and the Next.js cache
// handlers in lib/cache (loaded by `next start` with Node itself, no TypeScript step).

/**
 * @param {{ scriptSources: string[], area: 'newsroom' | 'public', dev: boolean }} options
 *   scriptSources: what may run besides same-origin files: `'nonce-…'` (pages rendered per request)
 *   or `'sha256-…'` hashes (cached reader pages: exactly their own framework scripts).
 */
export function cspHeaderValue({ scriptSources, area, dev }) {
  const directives = {
    'default-src': ["'self'"],
    // With a nonce, 'strict-dynamic' lets the nonced scripts load the framework's chunks ('self' is
    // then ignored by CSP3 browsers and kept for older ones). With hashes only, 'self' admits the
    // framework's files and the hashes its inline scripts. React needs eval only in development.
    'script-src': ["'self'", ...scriptSources, ...(scriptSources.some((s) => s.startsWith("'nonce-")) ? ["'strict-dynamic'"] : []), ...(dev ? ["'unsafe-eval'"] : [])],
    // Inline style attributes (React style={...}) are not scripts; allowing them keeps rich text usable.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    // Web workers only from this site's own files (the question form's proof-of-work worker is a
    // bundled file under /_next/static). Without this line workers fall back to script-src, where
    // 'strict-dynamic' lets a trusted script start a worker from a blob: or data: address in
    // Chromium, while browsers differ on whether it covers workers at all; 'self' is explicit in
    // every browser and refuses blob:/data: workers, which nothing here needs.
    'worker-src': ["'self'"],
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
