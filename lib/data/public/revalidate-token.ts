// The bearer token of /api/internal/revalidate (see revalidate-public.ts): derived from AUTH_SECRET,
// which every instance shares, so no further secret needs configuring. No 'server-only': the e2e
// tests derive it from the test server's AUTH_SECRET.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function internalRevalidateToken(secret = process.env.AUTH_SECRET ?? ''): string | null {
  return secret ? createHmac('sha256', secret).update('portal internal revalidate v1').digest('base64url') : null;
}

export function isInternalRevalidateToken(authorization: string | null): boolean {
  const expected = internalRevalidateToken();
  const given = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  return Boolean(expected) && given.length === expected!.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected!));
}
