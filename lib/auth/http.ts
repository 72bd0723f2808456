// PURE helpers about requests: the client's address, same-origin checks, safe redirects.
// No Next.js or database imports, so they are unit-tested directly.

/** Methods that change nothing; everything else needs a same-origin proof when a cookie authenticates it. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What these helpers read of a request's headers: a Fetch `Headers`, or a light view of Node's (see the beacon's front route). */
export interface HeaderReader {
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

const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The scheme the request arrived with: the reverse proxy's (or Next.js's own) X-Forwarded-Proto,
 * else what the caller knows from the request URL. Next.js fills the header for every request it
 * serves, but the proxy (middleware) may run before that, hence the fallback.
 */
function requestScheme(headers: HeaderReader, fallbackProtocol?: string): string | null {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded || fallbackProtocol?.replace(/:$/, '').toLowerCase();
  return scheme === 'http' || scheme === 'https' ? scheme : null;
}

/**
 * Whether an unsafe request provably comes from a page of this site. Browsers send `Origin` on
 * every cross-site request and on same-origin POSTs, so a missing header means a handcrafted
 * request or an ancient browser: refused, because a cookie alone is no proof of intent.
 * An origin is scheme, host and port: a page served over plain http (a captive portal, a
 * downgraded connection) is not the https site, so all three are compared, default ports folded.
 */
export function isSameOrigin(headers: HeaderReader, fallbackProtocol?: string): boolean {
  const origin = headers.get('origin');
  const host = requestHost(headers);
  const scheme = requestScheme(headers, fallbackProtocol);
  if (!origin || origin === 'null' || !host || !scheme || !PLAIN_HOST.test(host)) return false;
  // What browsers send for a page of this very host: the same text parses to the same origin, so
  // the two parses below (a twentieth of a reading beacon's CPU) are skipped.
  if (origin === `${scheme}://${host}` && /^[a-z0-9.-]+(?::\d{1,5})?$/.test(host)) return true;
  try {
    const claimed = new URL(origin);
    if (claimed.protocol !== 'http:' && claimed.protocol !== 'https:') return false;
    return claimed.origin === new URL(`${scheme}://${host}`).origin;
  } catch {
    return false;
  }
}

const NEWSROOM = '/toa-soan';
// Pages that must never be the place to come back to: the sign-in page itself (a loop) and the
// set-password links (a token in the address).
const NOT_A_RETURN = ['dang-nhap', 'dat-mat-khau'];
// C0 controls, DEL and C1 controls: browsers drop tabs and newlines from URLs, so `/\t/evil` is `//evil`.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Percent-decodes until nothing changes, so %252e cannot hide a dot from the checks below. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * Where to go after signing in: only a path inside the newsroom, never another site. The value is
 * judged after it is decoded and normalised the way a browser or server might (percent-escapes,
 * backslashes, doubled slashes, dot segments, control characters), because a check on the raw text
 * lets `/toa-soan/..//evil.example` through and the browser then resolves it to another host.
 * What comes out is rebuilt from the normalised segments, so it means the same to every reader.
 */
export function safeNextPath(value: unknown, fallback = NEWSROOM): string {
  if (typeof value !== 'string' || value.length > 500 || !value.startsWith('/') || CONTROL.test(value)) return fallback;
  const withoutFragment = value.split('#', 1)[0]!;
  const queryAt = withoutFragment.indexOf('?');
  const rawPath = queryAt === -1 ? withoutFragment : withoutFragment.slice(0, queryAt);
  const rawQuery = queryAt === -1 ? '' : withoutFragment.slice(queryAt + 1);

  const decoded = fullyDecoded(rawPath);
  if (decoded === null || CONTROL.test(decoded)) return fallback;
  const segments: string[] = [];
  for (const segment of decoded.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return fallback; // climbing above the root
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments[0] !== NEWSROOM.slice(1)) return fallback;
  if (segments[1] !== undefined && NOT_A_RETURN.includes(segments[1])) return fallback;
  const path = '/' + segments.map(encodeURIComponent).join('/');

  // The query cannot change where the browser goes; it is re-serialised so it is well-formed.
  const query = new URLSearchParams(rawQuery).toString();
  const result = query ? `${path}?${query}` : path;
  try {
    const landing = new URL(result, 'http://localhost');
    if (landing.origin !== 'http://localhost' || landing.pathname + landing.search !== result) return fallback;
  } catch {
    return fallback;
  }
  return result;
}

/**
 * Whether the request carries the staff session cookie (`name`, or the `name.0`, `name.1`, … chunks
 * Auth.js splits a large one into). Presence only, no session lookup: enough where a signed-in
 * person should merely be left out (the reading counts), never for letting anyone in.
 */
export function carriesSessionCookie(headers: HeaderReader, name: string): boolean {
  const cookie = headers.get('cookie');
  if (!cookie) return false;
  return cookie.split(';').some((pair) => {
    const key = pair.split('=', 1)[0]!.trim();
    return key === name || (key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1)));
  });
}
