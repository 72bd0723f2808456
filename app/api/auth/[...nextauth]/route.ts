// Auth.js's own endpoints (session, csrf, providers, sign-out). Credentials are only accepted by
// /api/auth/sign-in, which adds the same-origin check and answers a lockout with 429 + Retry-After;
// the provider's direct callback URL is closed so there is one door to guard.
import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { handlers, SESSION_COOKIE_NAME, SESSION_COOKIE_SECURE } from '@/lib/auth/config';
import { currentUser } from '@/lib/auth/viewer';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/data/errors';

/** Whether the request's session is live on the server; null when that cannot be known now. */
async function sessionIsLive(): Promise<boolean | null> {
  try {
    return (await currentUser()) !== null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname !== '/api/auth/session') return handlers.GET(request);
  // Auth.js renews the cookie of any JWT it can decrypt. Only a session that is still live on the
  // server (not signed out, not past its absolute lifetime) is renewed; any other is cleared.
  const live = await sessionIsLive();
  if (live === null) {
    // Database unreachable: neither renew nor clear (an outage must not sign anyone out).
    return Response.json({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '5' } });
  }
  if (!live) {
    const jar = await cookies();
    if (jar.has(SESSION_COOKIE_NAME)) jar.set(SESSION_COOKIE_NAME, '', { maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure: SESSION_COOKIE_SECURE });
    return Response.json(null, { headers: { 'Cache-Control': 'private, no-cache, no-store' } });
  }
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/auth/callback/')) {
    return new Response('Không tìm thấy.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return handlers.POST(request);
}
