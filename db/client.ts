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

// --- Prepared statements ------------------------------------------------------------------------
// A story rendered for the first time runs about a dozen small queries. Sent as plain (unnamed)
// statements, PostgreSQL parses and plans each one every time: pgbench on the story lookup at
// 10,000 stories, 0.45 ms a query that way against 0.10 ms prepared. A named prepared statement is
// parsed once per pooled connection (pg keeps it per client; PostgreSQL switches to a generic plan
// after five runs when that plan is as good), and Drizzle builds its SQL text once instead of per
// call. Used for the reader pages' fixed-shape queries only (values through sql.placeholder()).
// Not for a transaction-pooling PgBouncer in front, which loses named statements between
// transactions (docs/deploy.md: use session pooling or none).

/**
 * A statement prepared on `db` (primary) or `readerDb` (the replica when there is one), built on
 * first use and again only when the connection is replaced. `name` must be unique in the app (it
 * names the statement in PostgreSQL; db/prepared-names.test.ts checks).
 *
 *   const bySlug = preparedStatement('reader_article_by_slug', 'reader', (db) =>
 *     db.select(...).from(articles).where(eq(articles.slug, sql.placeholder('slug'))).limit(1));
 *   const [row] = await bySlug().execute({ slug });
 */
export function preparedStatement<Q extends { prepare(name: string): unknown }>(
  name: string,
  on: 'primary' | 'reader',
  build: (db: Connection['db']) => Q,
): () => ReturnType<Q['prepare']> {
  let made: { on: object; statement: ReturnType<Q['prepare']> } | undefined;
  return () => {
    const real = on === 'reader' ? getReader() : getConnection().db;
    if (made?.on !== real) made = { on: real, statement: build(real as Connection['db']).prepare(name) as ReturnType<Q['prepare']> };
    return made.statement;
  };
}
