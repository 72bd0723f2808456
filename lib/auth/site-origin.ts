import 'server-only';
import { headers } from 'next/headers';

/** The site's origin for links sent to people: AUTH_URL when configured, else the request's host. */
export async function siteOrigin(): Promise<string> {
  if (process.env.AUTH_URL) {
    try {
      return new URL(process.env.AUTH_URL).origin;
    } catch {
      // fall through to the request
    }
  }
  const h = await headers();
  const host = h.get('x-forwarded-host')?.split(',')[0]?.trim() || h.get('host') || 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
