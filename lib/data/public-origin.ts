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
  // A malformed Host header must not break the page (new URL() would throw) or reach a link.
  const claimed = h.get('host')?.trim().toLowerCase() ?? '';
  const host = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(claimed) ? claimed : 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
