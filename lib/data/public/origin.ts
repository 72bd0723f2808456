import 'server-only';

/**
 * The public origin for absolute URLs (canonical links, feeds, sitemaps, OpenGraph): SITE_URL, which
 * production must set. Reader pages are rendered once and served to everyone from the cache, so the
 * origin can never come from a request (a Host header would be baked into every reader's copy);
 * without SITE_URL it is this machine's own address, http://localhost:PORT.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the local address
    }
  }
  const port = Number(process.env.PORT);
  return `http://localhost:${Number.isInteger(port) && port > 0 && port < 65_536 ? port : 3000}`;
}
