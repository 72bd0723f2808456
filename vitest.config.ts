import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'scripts/lib/empty-module.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'scripts/**/*.test.ts', 'i18n/**/*.test.ts', 'components/**/*.test.tsx', 'app/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**', '.next/**'],
          environment: 'node',
          testTimeout: 90_000,
          // One database for the run: files run one after another so their locks and counts never interleave.
          fileParallelism: false,
          hookTimeout: 120_000,
          // Needs a migrated, empty database in DATABASE_URL: `npm test` (scripts/test.ts) makes one per run.
          globalSetup: ['scripts/lib/require-test-database.ts'],
          // Fails a file whose code queued queries on a busy pg client (Promise.all on a transaction).
          setupFiles: ['scripts/lib/no-queued-queries.ts'],
          // Route handlers that import lib/auth load next-auth, whose ESM files import "next/server"
          // without an extension: bundled by Vite they resolve as Next.js itself resolves them.
          server: { deps: { inline: ['next-auth', '@auth/core'] } },
        },
      },
    ],
  },
});
