// Creates a Drizzle instance over a pg Pool. Free of 'server-only' so scripts and tests can use it;
// the app itself goes through db/client.ts.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;

export interface Connection {
  db: Database;
  pool: pg.Pool;
}

export function connect(url: string, options: { max?: number; statementTimeoutMs?: number } = {}): Connection {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // The server cancels a statement that runs longer (a pathological query must not hold a pool
    // connection and a database core indefinitely); unset for scripts, which may run long on purpose.
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server (restart, network) must not crash the process.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool };
}
