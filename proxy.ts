// Response headers (which CSP an address gets: readerRoute() in i18n/routing.ts), the /vi redirect,
// and an early 403 for cross-site server actions. No I/O here: nothing in this file waits on a database, a cache or the network, so
// a cached reader page costs only the cache read. Proxy decides nothing about access: every
// newsroom page, action and API route checks the viewer itself through lib/data (Next.js
// middleware has been bypassed before, e.g. with x-middleware-subrequest, and the app must stay
// safe if that happens again).
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, readerRoute } from '@/i18n/routing';
import { isSameOrigin } from '@/lib/auth/http';
import { areaOf, contentSecurityPolicy, newNonce } from '@/lib/auth/security-headers';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/log/request-id';

const MICRO_CACHE_SECONDS = String(Math.min(Math.max(Number(process.env.PUBLIC_S_MAXAGE) || 5, 0), 60));

export function proxy(request: NextRequest) {
  // A server action posted from another site: Next.js would abort it with a 500; answer 403 early.
  // (A missing Origin passes on to runAction(), which refuses it; this is not the only check.)
  if (request.method === 'POST' && request.headers.has('next-action') && request.headers.has('origin') && !isSameOrigin(request.headers, request.nextUrl.protocol)) {
    return new NextResponse('Yêu cầu từ trang khác bị từ chối.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const { pathname, search } = request.nextUrl;
  const route = readerRoute(pathname, search);
  if (route.kind === 'redirect') return NextResponse.redirect(new URL(route.target, request.url), 308);

  const requestHeaders = new Headers(request.headers);
  // Request id for the logs (lib/log): nginx's id when it sent a well-formed one, else a new one;
  // handlers read it from the request, and the response carries it so a report can quote it.
  const requestId = requestIdFrom(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  // The interface language, always set here so a reader cannot pick it with a header of their own
  // (reader pages take it from their address, app/[locale]; this covers everything else).
  requestHeaders.set(LOCALE_HEADER, route.kind === 'pass' ? 'vi' : route.locale);

  // Cached reader pages (and the cached 404 page) carry the CSP stored with them: the hashes of
  // their own framework scripts (lib/cache/page-entry.mjs). A nonce here would only be baked into
  // the cached copy. Everything rendered per request gets a fresh nonce, which Next.js reads from
  // the request's CSP header and puts on its scripts.
  const cached = route.kind === 'page' || route.kind === 'missing';
  const area = areaOf(pathname);
  let csp: string | null = null;
  if (!cached) {
    const nonce = newNonce();
    csp = contentSecurityPolicy({ nonce, area, dev: process.env.NODE_ENV === 'development' });
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
  } else {
    requestHeaders.delete('x-nonce');
    requestHeaders.delete('Content-Security-Policy');
  }

  // The address itself is mapped onto app/[locale] by next.config.ts rewrites (see there why not here).
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csp) response.headers.set('Content-Security-Policy', csp);
  // nginx's micro-cache in front (deploy/nginx.conf) keeps a cached page PUBLIC_S_MAXAGE seconds;
  // Next.js marks it "s-maxage=31536000" (true in its own cache, which is revalidated on change).
  if (cached) response.headers.set('X-Accel-Expires', MICRO_CACHE_SECONDS);
  response.headers.set('X-Frame-Options', area === 'newsroom' ? 'DENY' : 'SAMEORIGIN');
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Static build files carry no HTML; their headers come from next.config.ts.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
