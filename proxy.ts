// Response headers, and an early 403 for cross-site server actions. Proxy decides nothing about access: every newsroom page, action and API
// route checks the viewer itself through lib/data (Next.js middleware has been bypassed before,
// e.g. with x-middleware-subrequest, and the app must stay safe if that happens again).
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, localeOfPath, READER_ADDRESS_HEADER } from '@/i18n/routing';
import { isSameOrigin } from '@/lib/auth/http';
import { areaOf, contentSecurityPolicy, newNonce } from '@/lib/auth/security-headers';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/log/request-id';

const ARTICLE_PATH = /^\/bai-viet\/([a-z0-9][a-z0-9-]{0,200})$/;

/** A story readers could see that was unpublished or archived answers 410 Gone (pages can only 404). */
async function withdrawnStorySlug(request: NextRequest, pathname: string): Promise<string | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const slug = ARTICLE_PATH.exec(pathname)?.[1];
  if (!slug) return null;
  try {
    const { isWithdrawnArticleSlug } = await import('@/lib/data/public-gone');
    return (await isWithdrawnArticleSlug(slug)) ? slug : null;
  } catch {
    return null; // database unreachable: the page itself answers (404 or from cache)
  }
}

export async function proxy(request: NextRequest) {
  // A server action posted from another site: Next.js would abort it with a 500; answer 403 early.
  // (A missing Origin passes on to runAction(), which refuses it; this is not the only check.)
  if (request.method === 'POST' && request.headers.has('next-action') && request.headers.has('origin') && !isSameOrigin(request.headers, request.nextUrl.protocol)) {
    return new NextResponse('Yêu cầu từ trang khác bị từ chối.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const nonce = newNonce();
  const area = areaOf(request.nextUrl.pathname);
  const csp = contentSecurityPolicy({ nonce, area, dev: process.env.NODE_ENV === 'development' });

  // Next.js reads the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // Request id for the logs (lib/log): nginx's id when it sent a well-formed one, else a new one;
  // handlers read it from the request, and the response carries it so a report can quote it.
  const requestId = requestIdFrom(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);

  // The interface language (i18n/routing.ts): /en/... is the English shell over the same pages.
  // Always set here, so a reader cannot pick it with a header of their own.
  const { locale, path } = localeOfPath(request.nextUrl.pathname);
  requestHeaders.set(LOCALE_HEADER, locale);
  // The address as the reader sees it (before any rewrite below), for the language switch.
  requestHeaders.set(READER_ADDRESS_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const gone = path ? await withdrawnStorySlug(request, path) : null;
  const target = gone ? `/da-go/${gone}` : path === null ? '/en/khong-tim-thay' : path !== request.nextUrl.pathname ? path + request.nextUrl.search : null;
  const response = target
    ? NextResponse.rewrite(new URL(target, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Frame-Options', area === 'newsroom' ? 'DENY' : 'SAMEORIGIN');
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Static build files carry no HTML; their headers come from next.config.ts.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
