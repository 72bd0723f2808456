// npm test: typecheck, lint, Vitest (unit + integration against a fresh database), production build,
// Playwright e2e against that build. Databases: with DATABASE_URL set, fresh databases are created on
// that server (its user needs CREATEDB); otherwise on an embedded PostgreSQL under .data/test-postgres.
//   npm test                          everything
//   npm test -- --only=integration    a subset: typecheck,lint,unit,integration,build,e2e
//   npm test -- --only=build,e2e --spec=e2e/api   only these Playwright files
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { connect } from '../db/connect';
import { withDatabase } from '../db/database-url';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded';
import { checkConnection, dropDatabase, ensureDatabase, runMigrations } from '../db/setup';
import { seedDemoContent } from '../db/seed/demo';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { recordCollabPort } from './lib/build-stamp';

const STEPS = ['typecheck', 'lint', 'unit', 'integration', 'build', 'e2e'] as const;
type Step = (typeof STEPS)[number];

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(title: string, command: string, args: string[], env: Record<string, string | undefined> = {}): void {
  console.log(`\n\x1b[1m▶ ${title}\x1b[0m`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    console.error(`\n\x1b[31m✗ ${title} failed\x1b[0m`);
    process.exit(result.status ?? 1);
  }
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const only = typeof args.only === 'string' ? args.only.split(',') : [...STEPS];
  for (const step of only) if (!(STEPS as readonly string[]).includes(step)) throw new UsageError(`Unknown step "${step}". Steps: ${STEPS.join(', ')}.`);
  const wants = (step: Step) => only.includes(step);

  if (wants('typecheck')) run('Typecheck', bin('tsc'), ['--noEmit']);
  if (wants('lint')) run('Lint', bin('eslint'), ['--max-warnings=0', '.']);
  if (wants('unit')) run('Unit tests', bin('vitest'), ['run', '--project', 'unit']);

  const needsDatabase = wants('integration') || wants('e2e');
  let server: EmbeddedServer | undefined;
  let adminUrl = process.env.DATABASE_URL;
  const created: string[] = [];
  const freshDatabase = async (purpose: string) => {
    const name = `portal_test_${purpose}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await ensureDatabase(adminUrl!, name);
    created.push(name);
    const url = withDatabase(adminUrl!, name);
    await runMigrations(url);
    return url;
  };

  try {
    if (needsDatabase) {
      if (adminUrl) {
        await checkConnection(adminUrl);
        console.log(`\nTest databases on DATABASE_URL's server.`);
      } else {
        server = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', 'test-postgres'), log: (l) => console.log(l) });
        adminUrl = server.adminUrl;
        console.log('\nTest databases on an embedded PostgreSQL (.data/test-postgres).');
      }
    }

    if (wants('integration')) {
      const url = await freshDatabase('int');
      run('Integration tests (real PostgreSQL)', bin('vitest'), ['run', '--project', 'integration'], { DATABASE_URL: url, MEDIA_DIR: path.join(root, '.data', 'test-media') });
    }

    // The e2e app's co-editing server: the build fixes the /collab rewrite's port, so both use this one.
    const collabPortForE2e = String(Number(process.env.E2E_PORT ?? 3100) + 1000);
    if (wants('build')) {
      run('Production build', process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { COLLAB_PORT: collabPortForE2e });
      recordCollabPort(root, collabPortForE2e);
    }

    if (wants('e2e')) {
      const url = await freshDatabase('e2e');
      const mediaDir = path.join(root, '.data', 'test-media');
      process.env.MEDIA_DIR = mediaDir; // the seeder's photos go where the test server reads them
      // The reader e2e tests check the demo story; the newsroom tests make their own users and articles.
      const { db, pool } = connect(url, { max: 2 });
      try {
        await seedDemoContent(db, { password: 'e2e-demo-password' });
      } finally {
        await pool.end();
      }
      const specs = typeof args.spec === 'string' ? args.spec.split(',') : [];
      run('End-to-end tests (Playwright, production build)', bin('playwright'), ['test', ...specs], {
        E2E_DATABASE_URL: url,
        E2E_MEDIA_DIR: mediaDir,
        MEDIA_DIR: mediaDir,
        DATABASE_URL: url,
        E2E_DEMO_PASSWORD: 'e2e-demo-password',
        COLLAB_PORT: collabPortForE2e,
      });
    }
  } finally {
    if (adminUrl && !process.env.KEEP_TEST_DATABASES) {
      for (const name of created) await dropDatabase(adminUrl, name).catch(() => {});
    }
    await server?.stop();
  }
  console.log('\n\x1b[32m✓ All requested test steps passed.\x1b[0m');
});
