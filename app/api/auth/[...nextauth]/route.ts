// Auth.js's own endpoints (session, csrf, providers, sign-out). Credentials are only accepted by
// /api/auth/sign-in, which adds the same-origin check and answers a lockout with 429 + Retry-After;
// the provider's direct callback URL is closed so there is one door to guard.
import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';

export const GET = handlers.GET;

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/auth/callback/')) {
    return new Response('Không tìm thấy.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return handlers.POST(request);
}
