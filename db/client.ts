// The one Drizzle instance of the app. Only lib/data imports it.
import 'server-only';
import { withReplicas, type PgWithReplicas } from 'drizzle-orm/pg-core';
import { connect, type Connection } from './connect';
import { databaseUrlFromEnv } from './database-url';

const globalForDb = globalThis as unknown as { portalDb?: Connection; portalReadDb?: Connection | null };

/**
 * Longest any one statement of the app may run (DATABASE_STATEMENT_TIMEOUT_MS, default 10 s): every
 * request-time query is bounded by this even if its own limits were wrong.
 */
const statementTimeoutMs = () => Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS || 10_000);

function getConnection(): Connection {
  if (!globalForDb.portalDb) {
    globalForDb.portalDb = connect(databaseUrlFromEnv(), { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), statementTimeoutMs: statementTimeoutMs() });
  }
  return globalForDb.portalDb;
}

/** Lazily connected, so importing this module (e.g. during `next build`) opens no connection. */
export const db = new Proxy({} as Connection['db'], {
  get(_target, property) {
    const real = getConnection().db;
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

// --- Read replica (several instances: docs/deploy.md) -----------------------------------------
// DATABASE_READ_URL names a streaming replica of DATABASE_URL. Only reads that tolerate a little
// replication lag should use `readerDb`: the reader pages (published stories, lists, feeds, search).
// Everything else keeps using `db`, always the primary: writes, transactions, the newsroom (an editor
// must read back what they just saved), sign-in and sessions, the scheduler. On `readerDb`,
// select()/selectDistinct()/$count()/query go to the replica; insert/update/delete/execute/transaction
// still go to the primary (drizzle's withReplicas). Without DATABASE_READ_URL it is simply `db`.

function getReadConnection(): Connection | null {
  if (globalForDb.portalReadDb === undefined) {
    const url = process.env.DATABASE_READ_URL;
    globalForDb.portalReadDb = url ? connect(url, { max: Number(process.env.DATABASE_READ_POOL_SIZE ?? process.env.DATABASE_POOL_SIZE ?? 10), statementTimeoutMs: statementTimeoutMs() }) : null;
  }
  return globalForDb.portalReadDb;
}

type ReaderDb = PgWithReplicas<Connection['db']>;
let reader: { primary: Connection['db']; replica: Connection['db'] | null; db: ReaderDb | Connection['db'] } | undefined;

function getReader(): ReaderDb | Connection['db'] {
  const primary = getConnection().db;
  const replica = getReadConnection()?.db ?? null;
  if (!reader || reader.primary !== primary || reader.replica !== replica) {
    reader = { primary, replica, db: replica ? withReplicas(primary, [replica]) : primary };
  }
  return reader.db;
}

/** For reads that may lag the primary by a moment (reader pages only). Lazily connected like `db`. */
export const readerDb = new Proxy({} as Connection['db'], {
  get(_target, property) {
    const real = getReader();
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});
