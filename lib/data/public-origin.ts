import 'server-only';
import { headers } from 'next/headers';

/**
 * The public origin for absolute URLs (canonical links, feeds, sitemaps, OpenGraph). SITE_URL wins
 * and should be set in production: a URL built from the request's Host header could otherwise be
 * poisoned into a CDN's cached copy. Without it, the Host header of the request is used.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's host
    }
  }
  const h = await headers();
  const host = h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
