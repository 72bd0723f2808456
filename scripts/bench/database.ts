// The benchmark's own database, never the demo one: a bench_* database on an embedded PostgreSQL
// with its own data directory (.data/bench-postgres), or on DATABASE_URL's server when that is set
// (its user needs CREATEDB). Dropped at the end unless --keep.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../db/database-url';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../db/embedded';
import { checkConnection, dropDatabase, ensureDatabase, runMigrations } from '../../db/setup';
import { generatedCount } from './generate';

export const BENCH_DATA_DIR = path.join(process.cwd(), '.data', 'bench-postgres');
/** The database kept by --keep for the next run of the same size. */
const keptName = (articles: number) => `bench_kept_${articles}`;

export interface BenchDatabase {
  url: string;
  name: string;
  /** Reused from an earlier --keep run (already generated). */
  reused: boolean;
  /** The postmaster's pid when this process runs the server (embedded), for its CPU time. */
  serverPid: number | null;
  release(): Promise<void>;
}

function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  return Number(readFileSync(file, 'utf8').split('\n')[0]) || null;
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(options: { articles: number; keep: boolean; log: (line: string) => void }): Promise<BenchDatabase> {
  let server: EmbeddedServer | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    await checkConnection(adminUrl);
    options.log(`Benchmark database on DATABASE_URL's server.`);
  } else {
    server = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, log: options.log });
    adminUrl = server.adminUrl;
    options.log('Benchmark database on an embedded PostgreSQL (.data/bench-postgres).');
  }
  const admin = adminUrl;
  try {
    const name = options.keep ? keptName(options.articles) : `bench_${Date.now().toString(36)}_${process.pid}`;
    const url = withDatabase(admin, name);
    let reused = options.keep && (await databaseExists(admin, name));
    if (reused) {
      await runMigrations(url);
      // A kept database from a run stopped halfway (or from another generator version) starts over.
      if ((await generatedCount(url)) !== options.articles) {
        await dropDatabase(admin, name);
        reused = false;
      }
    }
    await ensureDatabase(admin, name);
    await runMigrations(url);
    return {
      url,
      name,
      reused,
      serverPid: server ? postmasterPid(BENCH_DATA_DIR) : null,
      release: async () => {
        if (!options.keep) await dropDatabase(admin, name).catch((error: Error) => options.log(`Could not drop ${name}: ${error.message}`));
        await server?.stop();
      },
    };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}
