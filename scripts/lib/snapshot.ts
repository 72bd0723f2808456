// The backup db:backup makes when no pg_dump as new as the server exists (the embedded PostgreSQL
// 18 ships only initdb, pg_ctl and postgres; Debian 12's client is 15, and pg_dump refuses a newer
// server). Every table of the portal's schemas is exported with COPY (pg-copy-streams) from one
// REPEATABLE READ, READ ONLY snapshot, so the files describe one instant while the portal keeps
// running; the manifest records the migrations, the sequences and the job queue's schema version.
//
// The restore runs in ONE transaction: drop what the target holds of the portal's schemas, apply the
// committed migrations (the same files, checked against the backup's list), create pg-boss's schema
// from its own construction plans, COPY every table back with user triggers switched off (the
// append-only triggers refuse only UPDATE/DELETE/TRUNCATE, but revisions_record_media would add
// revision_media rows a second time) and the foreign keys dropped and re-added (re-adding checks
// every row), reset the sequences, compare the row counts. Any failure rolls everything back.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { getConstructionPlans } from 'pg-boss';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { UsageError } from './cli';
import { sha256File } from './backup';

export const SNAPSHOT_FOLDER = 'data';
export const SNAPSHOT_SCHEMAS = ['drizzle', 'pgboss', 'public'] as const;
const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export interface SnapshotTable {
  schema: string;
  name: string;
  /** Stored columns in order (generated columns are left out: the restore computes them again). */
  columns: string[];
  file: string;
  sha256: string;
  rows: number;
}

export interface SnapshotInfo {
  tables: SnapshotTable[];
  sequences: Array<{ schema: string; name: string; lastValue: string; isCalled: boolean }>;
  /** drizzle migration hashes, in order, as applied to the backed-up database. */
  migrations: string[];
  /** pg-boss's schema version and queue names, when the database had the job queue. */
  /**
   * pg-boss's schema version and its queues; `partitioned`: the queues kept in a table of their own
   * (pg-boss 12 keeps the others in pgboss.job_common), which the restore creates before the COPY.
   */
  pgboss: { version: number; queues: string[]; partitioned: Array<{ name: string; policy: string }> } | null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (schema: string, name: string) => `${ident(schema)}.${ident(name)}`;

/** Counts rows of COPY text output: one line per row (newlines inside values are escaped as \n). */
function rowCounter(): Transform & { rows: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let n = 0;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
      counter.rows += n;
      done(null, chunk);
    },
  }) as Transform & { rows: number };
  counter.rows = 0;
  return counter;
}

async function listTables(client: pg.ClientBase): Promise<Array<{ schema: string; name: string }>> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition order by 1, 2`,
    [SNAPSHOT_SCHEMAS],
  );
  return rows;
}

async function storedColumns(client: pg.ClientBase, schema: string, name: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
    [qualified(schema, name)],
  );
  return rows.map((r) => r.name);
}

/**
 * Writes every table of the portal's schemas into `dir/data`, reading through `client`, which must
 * already be inside `begin isolation level repeatable read read only`.
 */
export async function writeSnapshot(client: pg.ClientBase, dir: string): Promise<SnapshotInfo> {
  const migrationsTable = await client.query(`select to_regclass('drizzle.__drizzle_migrations') as t`);
  if (!migrationsTable.rows[0].t) throw new UsageError('The database has no drizzle migrations table: it is not a portal database (run npm run db:migrate first).');
  const migrations = (await client.query<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id')).rows.map((r) => r.hash);

  await mkdir(path.join(dir, SNAPSHOT_FOLDER), { recursive: true });
  const tables: SnapshotTable[] = [];
  for (const { schema, name } of await listTables(client)) {
    const columns = await storedColumns(client, schema, name);
    const file = path.join(SNAPSHOT_FOLDER, `${schema}.${name}.copy.gz`);
    const counter = rowCounter();
    // COPY (SELECT ...) rather than COPY table: it also reads a partitioned table (pg-boss's job).
    const source = client.query(copyTo(`COPY (SELECT ${columns.map(ident).join(', ')} FROM ${qualified(schema, name)}) TO STDOUT`));
    await pipeline(source, counter, createGzip({ level: 6 }), createWriteStream(path.join(dir, file)));
    tables.push({ schema, name, columns, file, sha256: await sha256File(path.join(dir, file)), rows: counter.rows });
  }

  const sequences: SnapshotInfo['sequences'] = [];
  const { rows: seqs } = await client.query<{ schema: string; name: string }>(
    `select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = any($1) and c.relkind = 'S' order by 1, 2`,
    [SNAPSHOT_SCHEMAS],
  );
  for (const s of seqs) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${qualified(s.schema, s.name)}`);
    sequences.push({ schema: s.schema, name: s.name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }

  let pgboss: SnapshotInfo['pgboss'] = null;
  if (tables.some((t) => t.schema === 'pgboss' && t.name === 'version')) {
    const version = (await client.query<{ version: number }>('select max(version) as version from pgboss.version')).rows[0]!.version;
    const { rows } = await client.query<{ name: string; policy: string; partition: boolean }>('select name, policy, partition from pgboss.queue order by name');
    pgboss = { version, queues: rows.map((r) => r.name), partitioned: rows.filter((r) => r.partition).map((r) => ({ name: r.name, policy: r.policy })) };
  }
  return { tables, sequences, migrations, pgboss };
}

/** Checks every data file against the manifest before anything is touched. */
export async function verifySnapshotFiles(dir: string, info: SnapshotInfo): Promise<void> {
  for (const table of info.tables) {
    const file = path.join(dir, table.file);
    let actual: string;
    try {
      actual = await sha256File(file);
    } catch {
      throw new UsageError(`${file} is missing from the backup. Nothing was restored.`);
    }
    if (actual !== table.sha256) throw new UsageError(`${file} does not match its manifest (damaged or changed since the backup). Nothing was restored.`);
  }
}

/** The committed migrations must be exactly those the backup was made with. */
function checkMigrations(info: SnapshotInfo) {
  const here = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const same = here.length === info.migrations.length && here.every((m, i) => m.hash === info.migrations[i]);
  if (!same) {
    throw new UsageError(
      `The backup was made with ${info.migrations.length} migrations and this checkout has ${here.length} (or different ones): restore it with the version of the portal that made it, then run npm run db:migrate. Nothing was restored.`,
    );
  }
  return here;
}

/** pg-boss's SQL for its schema, without its own BEGIN/COMMIT, to run inside the restore's transaction. */
function pgbossConstructionSql(): string {
  const plans = getConstructionPlans('pgboss');
  const inner = plans.replace(/^\s*BEGIN;/, '').replace(/COMMIT;\s*$/, '');
  if (inner === plans || /\bCOMMIT\b/i.test(inner)) throw new Error('pg-boss construction plans changed shape; the snapshot restore must be updated.');
  return inner;
}

/** Restores a snapshot into `url` in one transaction (see the top of this file). */
export async function restoreSnapshot(url: string, dir: string, info: SnapshotInfo): Promise<void> {
  await verifySnapshotFiles(dir, info);
  const migrations = checkMigrations(info);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    // Whatever the target holds of the portal is replaced (the caller has asked about articles).
    await client.query('drop schema if exists pgboss cascade');
    await client.query('drop schema if exists drizzle cascade');
    await client.query('drop schema if exists public cascade');
    await client.query('create schema public');

    for (const migration of migrations) for (const statement of migration.sql) if (statement.trim()) await client.query(statement);
    // The table drizzle's migrator keeps; its rows come from the backup below.
    await client.query('create schema drizzle');
    await client.query('create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)');

    if (info.pgboss) {
      await client.query(pgbossConstructionSql());
      const version = (await client.query<{ version: number }>('select max(version) as version from pgboss.version')).rows[0]!.version;
      if (version !== info.pgboss.version) {
        throw new UsageError(`The backup's job queue is pg-boss schema ${info.pgboss.version}, this checkout's pg-boss makes ${version}: restore with the version of the portal that made the backup. Nothing was restored.`);
      }
      // A queue with a table of its own needs that table before the COPY; pg-boss's own function makes
      // it (the queue rows it writes give way to the backup's below). The others live in job_common.
      for (const queue of info.pgboss.partitioned ?? []) {
        await client.query(`select pgboss.create_queue($1, jsonb_build_object('policy', $2::text, 'partition', true))`, [queue.name, queue.policy]);
      }
    }

    const present = await listTables(client);
    const key = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;
    const missing = info.tables.filter((t) => !present.some((p) => key(p) === key(t)));
    if (missing.length > 0) throw new UsageError(`The migrations do not create ${missing.map(key).join(', ')}, which the backup holds. Nothing was restored.`);

    // Foreign keys of the portal's own tables are dropped and re-added around the COPY, so the
    // order of tables does not matter (revisions and articles point at each other); re-adding checks
    // every row. pg-boss's keys stay: its queue table is loaded before the tables that point at it.
    const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
      `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
       where contype = 'f' and connamespace = 'public'::regnamespace and conparentid = 0`,
    );
    for (const k of keys) await client.query(`alter table ${k.tbl} drop constraint ${ident(k.name)}`);
    const publicTables = present.filter((t) => t.schema === 'public');
    for (const t of publicTables) await client.query(`alter table ${qualified(t.schema, t.name)} disable trigger user`);
    // Rows the migrations or pg-boss wrote (settings, the version row, queues) give way to the backup's.
    await client.query(`truncate ${present.map((t) => qualified(t.schema, t.name)).join(', ')} cascade`);

    const rank = (t: SnapshotTable) => (t.schema === 'pgboss' ? (t.name === 'version' || t.name === 'queue' ? 0 : 1) : 2);
    for (const table of [...info.tables].sort((a, b) => rank(a) - rank(b))) {
      const target = client.query(copyFrom(`COPY ${qualified(table.schema, table.name)} (${table.columns.map(ident).join(', ')}) FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, table.file)), createGunzip(), target);
    }

    for (const s of info.sequences) {
      await client.query(`select setval($1::regclass, $2::bigint, $3)`, [qualified(s.schema, s.name), s.lastValue, s.isCalled]);
    }
    for (const t of publicTables) await client.query(`alter table ${qualified(t.schema, t.name)} enable trigger user`);
    for (const k of keys) await client.query(`alter table ${k.tbl} add constraint ${ident(k.name)} ${k.def}`);

    const differing: string[] = [];
    for (const table of info.tables) {
      const { rows } = await client.query<{ n: string }>(`select count(*)::text as n from ${qualified(table.schema, table.name)}`);
      if (Number(rows[0]!.n) !== table.rows) differing.push(`${key(table)} ${rows[0]!.n} instead of ${table.rows}`);
    }
    if (differing.length > 0) throw new UsageError(`The restored rows do not match the backup (${differing.join(', ')}). Nothing was restored.`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    if (error instanceof UsageError) throw error;
    const { message, where } = error as { message?: string; where?: string };
    throw new UsageError(`The restore failed and was rolled back; the database is as it was. PostgreSQL said: ${message ?? String(error)}${where ? ` (${where})` : ''}.`);
  } finally {
    await client.end().catch(() => {});
  }
}
