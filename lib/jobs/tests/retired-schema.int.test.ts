// A portal installed before the pg-boss 12 upgrade has a job queue schema of pg-boss 10 (version
// 24), which pg-boss 12 refuses to migrate. The fixture is pg-boss 10.4.2's own construction SQL
// (getConstructionPlans('pgboss')), run under a schema name of this test's own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startQueue } from '../queue';
import { retiredSchemaName } from '../retired-schema';

const url = process.env.DATABASE_URL!;
const schema = `pgb_old_${crypto.randomUUID().slice(0, 8)}`;
const client = new pg.Client({ connectionString: url });
const started: PgBoss[] = [];
const inAnHour = new Date(Date.now() + 3_600_000);

const schemaExists = async (name: string) => (await client.query('select 1 from pg_namespace where nspname = $1', [name])).rowCount === 1;

beforeAll(async () => {
  await client.connect();
  const v10 = readFileSync(path.join(__dirname, 'fixtures/pgboss-10-schema.sql'), 'utf8').replaceAll('pgboss', schema);
  await client.query(v10);
  for (const queue of ['publish-article', 'media-video-process', 'publish-due-sweep']) await client.query(`select ${schema}.create_queue($1, '{"policy":"standard"}'::json)`, [queue]);
  const job = (name: string, state: string, data: object, singletonKey: string | null, startAfter: Date, extra = '') =>
    client.query(`insert into ${schema}.job (name, state, data, singleton_key, start_after, retry_limit${extra ? ', expire_in' : ''}) values ($1, $2, $3, $4, $5, 5${extra ? `, '${extra}'` : ''})`, [
      name,
      state,
      data,
      singletonKey,
      startAfter,
    ]);
  await job('publish-article', 'created', { articleId: 'a1' }, `a1:${inAnHour.toISOString()}`, inAnHour);
  await job('media-video-process', 'retry', { mediaId: 'm1' }, 'm1', new Date(Date.now() - 60_000), '00:25:00');
  await job('publish-article', 'active', { articleId: 'a2' }, 'a2:1', new Date(Date.now() - 120_000));
  await job('publish-article', 'completed', { articleId: 'done' }, 'done:1', new Date(Date.now() - 86_400_000));
  await job('publish-due-sweep', 'created', {}, null, new Date());
});

afterAll(async () => {
  for (const instance of started) await instance.stop({ graceful: false, timeout: 1000 }).catch(() => {});
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.query(`drop schema if exists ${retiredSchemaName(schema)} cascade`);
  await client.end();
});

describe('a job queue left by pg-boss 10', () => {
  it('is replaced by a current one at start, keeping the one-off jobs still waiting and nothing else', async () => {
    const instance = await startQueue(url, schema);
    started.push(instance);
    expect(await schemaExists(retiredSchemaName(schema))).toBe(false);
    const version = (await client.query(`select max(version)::int as v from ${schema}.version`)).rows[0].v;
    expect(version).toBeGreaterThanOrEqual(25);

    const { rows } = await client.query(`select name, data, singleton_key, start_after, retry_limit, expire_seconds from ${schema}.job order by name, singleton_key`);
    expect(rows.map((r) => [r.name, r.data, r.singleton_key])).toEqual([
      ['media-video-process', { mediaId: 'm1' }, 'm1'],
      ['publish-article', { articleId: 'a1' }, `a1:${inAnHour.toISOString()}`],
      // Running when the old portal stopped: pg-boss 10 would have retried it.
      ['publish-article', { articleId: 'a2' }, 'a2:1'],
    ]);
    const publish = rows.find((r) => r.singleton_key?.startsWith('a1:'))!;
    expect(new Date(publish.start_after).getTime()).toBe(inAnHour.getTime());
    expect(publish.retry_limit).toBe(5);
    expect(rows.find((r) => r.name === 'media-video-process')!.expire_seconds).toBe(25 * 60);
  });

  it('starts again on its own schema without touching it', async () => {
    await started.pop()!.stop({ graceful: false, timeout: 1000 });
    const instance = await startQueue(url, schema);
    started.push(instance);
    expect((await client.query(`select count(*)::int as n from ${schema}.job where name = 'publish-article'`)).rows[0].n).toBe(2);
  });
});
