// The job queue's schema as an earlier portal left it. Until December 2026 the portal ran pg-boss 10
// (schema version 24); pg-boss 12 migrates only from version 25 (pg-boss 11) and refuses to start
// on 24, which would stop the scheduler of every portal installed before the upgrade. pg-boss has
// no path from 24 to 12 short of installing 11 first, so this bridge is ours: the old schema is
// renamed aside (under a lock, so one instance does it), pg-boss builds its own fresh, and the jobs
// still waiting in the old one (scheduled publications, videos to transcode) are sent again before
// the old schema is dropped; a job that was running when the old portal stopped ('active', which
// pg-boss 10 would have retried once it expired) is sent again too. A crash between the two leaves
// the renamed schema, and the next start finishes the copy. Timed jobs (sweep, digest, retention) are not copied: their schedules are
// declared again at every start.
import pg from 'pg';

/** The oldest pg-boss schema version pg-boss 12 migrates from itself. */
export const OLDEST_MIGRATABLE_VERSION = 25;

export interface RetiredJob {
  name: string;
  data: object | null;
  startAfter: Date;
  singletonKey: string | null;
  retryLimit: number;
  expireInSeconds: number;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const retiredSchemaName = (schema: string) => `${schema}_retired_v24`;
const lockKey = (schema: string) => `portal.pgboss-retire.${schema}`;

async function withClient<T>(connectionString: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Before pg-boss starts: moves a schema it cannot migrate aside. Returns whether one was moved. */
export async function retireUnmigratableSchema(connectionString: string, schema: string): Promise<boolean> {
  return withClient(connectionString, async (client) => {
    await client.query('begin');
    try {
      await client.query('select pg_advisory_xact_lock(hashtext($1))', [lockKey(schema)]);
      const { rows } = await client.query<{ present: string | null }>('select to_regclass($1) as present', [`${ident(schema)}.version`]);
      if (!rows[0]!.present) return false;
      const version = (await client.query<{ version: number | null }>(`select max(version) as version from ${ident(schema)}.version`)).rows[0]!.version;
      if (version === null || version >= OLDEST_MIGRATABLE_VERSION) return false;
      // An older retired copy (a second upgrade after a crash) has nothing newer than this one.
      await client.query(`drop schema if exists ${ident(retiredSchemaName(schema))} cascade`);
      await client.query(`alter schema ${ident(schema)} rename to ${ident(retiredSchemaName(schema))}`);
      return true;
    } finally {
      await client.query('commit');
    }
  });
}

/**
 * After pg-boss started on a fresh schema: hands the jobs still waiting in the retired schema to
 * `resend` (queues in `queues` only), then drops it. One instance at a time; a no-op when there is none.
 */
export async function moveRetiredJobs(connectionString: string, schema: string, queues: readonly string[], resend: (job: RetiredJob) => Promise<void>): Promise<number> {
  return withClient(connectionString, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [lockKey(schema)]);
    try {
      const retired = retiredSchemaName(schema);
      const { rows: present } = await client.query<{ present: string | null }>('select to_regclass($1) as present', [`${ident(retired)}.job`]);
      if (!present[0]!.present) return 0;
      const { rows } = await client.query<{ name: string; data: object | null; start_after: Date; singleton_key: string | null; retry_limit: number; expire_seconds: number }>(
        `select name, data, start_after, singleton_key, retry_limit, extract(epoch from expire_in)::int as expire_seconds from ${ident(retired)}.job
         where state in ('created', 'retry', 'active') and name = any($1) order by start_after`,
        [queues],
      );
      for (const row of rows) await resend({ name: row.name, data: row.data, startAfter: row.start_after, singletonKey: row.singleton_key, retryLimit: row.retry_limit, expireInSeconds: row.expire_seconds });
      await client.query(`drop schema ${ident(retired)} cascade`);
      return rows.length;
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [lockKey(schema)]).catch(() => {});
    }
  });
}
