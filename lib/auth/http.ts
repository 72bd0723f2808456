// PURE helpers about requests: the client's address, same-origin checks, safe redirects.
// No Next.js or database imports, so they are unit-tested directly.

/** Methods that change nothing; everything else needs a same-origin proof when a cookie authenticates it. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The client's address for rate limits. The rightmost X-Forwarded-For entry is the one added by
 * the nearest hop: the reverse proxy in front of the portal, or Next.js itself (which fills the
 * header from the socket only when the client sent none). Entries further left are whatever the
 * client claimed. Without a reverse proxy a client can therefore choose its address; the
 * per-account limit still holds, and production deployments sit behind a proxy that appends.
 */
export function clientIp(headers: HeaderReader): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  const candidate = last ?? headers.get('x-real-ip') ?? '';
  // Bounded and plain: it is stored and shown to admins.
  const cleaned = candidate.replace(/^::ffff:/, '').slice(0, 64);
  return /^[0-9a-fA-F:.]+$/.test(cleaned) ? cleaned : 'unknown';
}

/** host[:port] the request was addressed to, as Next.js itself compares it for server actions. */
export function requestHost(headers: HeaderReader): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host') || null;
}

/**
 * Whether an unsafe request provably comes from a page of this site. Browsers send `Origin` on
 * every cross-site request and on same-origin POSTs, so a missing header means a handcrafted
 * request or an ancient browser: refused, because a cookie alone is no proof of intent.
 */
export function isSameOrigin(headers: HeaderReader): boolean {
  const origin = headers.get('origin');
  const host = requestHost(headers);
  if (!origin || origin === 'null' || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Where to go after signing in: only paths inside the newsroom, never another site. */
export function safeNextPath(value: unknown, fallback = '/toa-soan'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback;
  if (!value.startsWith('/toa-soan') || value.startsWith('//') || value.includes('\\')) return fallback;
  if (value.startsWith('/toa-soan/dang-nhap') || value.startsWith('/toa-soan/dat-mat-khau')) return fallback;
  try {
    const url = new URL(value, 'http://x.invalid');
    if (url.host !== 'x.invalid') return fallback;
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}
