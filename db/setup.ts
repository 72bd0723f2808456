// Connection checks with messages an operator can act on, database creation and migrations.
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { describeDatabaseUrl } from './database-url';

export class DatabaseSetupError extends Error {}

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
// Any constant: several instances starting at once must not migrate concurrently.
const MIGRATION_LOCK = 724_301;

export function explainConnectionError(url: string, error: unknown): string {
  let where = describeDatabaseUrl(url);
  let user = 'postgres';
  try {
    const u = new URL(url);
    user = decodeURIComponent(u.username) || user;
    where = `${u.hostname}:${u.port || '5432'}`;
  } catch {
    return 'DATABASE_URL is not a valid URL. Expected postgres://USER:PASSWORD@HOST:PORT/DATABASE.';
  }
  const e = error as { code?: string; message?: string };
  const database = describeDatabaseUrl(url).split('/')[1] ?? '';
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Cannot connect to PostgreSQL at ${where}: connection refused. Check that the server is running and that DATABASE_URL names the right host and port (or unset DATABASE_URL to use the embedded database).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to PostgreSQL at ${where}: the host name is unknown. Check the host in DATABASE_URL.`;
    case 'ETIMEDOUT':
      return `Cannot connect to PostgreSQL at ${where}: no answer in time. Check the host, port and any firewall.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the login of user "${user}". Check the user name and password in DATABASE_URL.`;
    case '3D000':
      return `PostgreSQL at ${where} has no database "${database}". Create it (createdb ${database}) or fix the name in DATABASE_URL.`;
    default:
      if (e.message?.includes('timeout')) {
        return `Cannot connect to PostgreSQL at ${where}: no answer in time. Check the host, port and any firewall.`;
      }
      return `Cannot use PostgreSQL at ${where}: ${e.message ?? String(error)}. Check DATABASE_URL.`;
  }
}

export async function checkConnection(url: string): Promise<void> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 8000 });
  } catch (error) {
    throw new DatabaseSetupError(explainConnectionError(url, error));
  }
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseSetupError(explainConnectionError(url, error));
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `name` on the server of `adminUrl` when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new DatabaseSetupError(`Invalid database name "${name}".`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name}" encoding 'UTF8' template template0`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new DatabaseSetupError(`Invalid database name "${name}".`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Applies committed drizzle-kit migrations; safe to run at every start and from several instances. */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The lock and the migration share one session, so the lock really guards it.
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end().catch(() => {}); // ending the session releases the advisory lock
  }
}
