import { defineConfig } from 'drizzle-kit';

// Only `generate` is used (push needs a TTY); migrations are applied by scripts/db-migrate.ts and at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
