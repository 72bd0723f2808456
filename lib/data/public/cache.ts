// How long shared caches (a CDN or reverse proxy in front of the portal) may keep public responses.
// Pages are rendered per request from the database, so the portal itself is always current; these
// headers let the cache absorb the traffic, and lib/data/public/revalidate.ts purges exactly what a
// publish, update or unpublish touches. No 'server-only': next.config.ts imports this file.

function seconds(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 86_400 * 7 ? n : fallback;
}

/** Read when next.config.ts is evaluated (at build): PUBLIC_S_MAXAGE, PUBLIC_STALE_WHILE_REVALIDATE. */
export function publicCacheControl(env: Record<string, string | undefined> = process.env): string {
  const maxAge = seconds(env.PUBLIC_S_MAXAGE, 60);
  const stale = seconds(env.PUBLIC_STALE_WHILE_REVALIDATE, 300);
  // max-age=0: browsers check back every time; only shared caches keep a copy (s-maxage).
  return `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${stale}`;
}

/** Reader surfaces (path patterns of next.config.ts headers()). The newsroom and the API are not here. */
export const PUBLIC_PATH_PATTERNS = [
  '/',
  '/chuyen-muc/:path*',
  '/bai-viet/:path*',
  '/tu-khoa/:path*',
  '/nhan-vat/:path*',
  '/don-vi/:path*',
  '/tim-kiem',
  '/gioi-thieu',
  '/co-cau-to-chuc',
  '/lien-he',
  '/dinh-chinh',
  '/luu-tru',
  '/luu-tru/:path*',
  '/van-ban',
  '/van-ban/rss.xml',
  '/van-ban/tra-cuu',
  '/van-ban/:slug([a-z0-9][a-z0-9-]{0,200})',
  '/rss.xml',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/robots.txt',
  // The English interface over the same pages (i18n/routing.ts); "/en" itself included.
  '/en/:path*',
] as const;

/** For next.config.ts: `async headers() { return [...publicCacheHeaders(), ...] }`. */
export function publicCacheHeaders(env: Record<string, string | undefined> = process.env) {
  const value = publicCacheControl(env);
  return PUBLIC_PATH_PATTERNS.map((source) => ({ source, headers: [{ key: 'Cache-Control', value }] }));
}
