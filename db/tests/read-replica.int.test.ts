// DATABASE_READ_URL: `readerDb` reads from the replica and writes to the primary; `db` never touches
// the replica. The "replica" here is a second, separately migrated database, so every row shows
// which database a query reached.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, readerDb } from '../client';
import { connect, type Connection } from '../connect';
import { withDatabase } from '../database-url';
import * as s from '../schema';
import { dropDatabase, ensureDatabase, runMigrations } from '../setup';

const primaryUrl = process.env.DATABASE_URL!;
const replicaName = `portal_test_replica_${Date.now().toString(36)}`;
const replicaUrl = withDatabase(primaryUrl, replicaName);
const holder = globalThis as unknown as { portalReadDb?: Connection | null };
let primary: Connection;
let replica: Connection;

function useReadUrl(url: string | undefined) {
  if (holder.portalReadDb) void holder.portalReadDb.pool.end();
  holder.portalReadDb = undefined;
  if (url) process.env.DATABASE_READ_URL = url;
  else delete process.env.DATABASE_READ_URL;
}

const slug = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await ensureDatabase(primaryUrl, replicaName);
  await runMigrations(replicaUrl);
  primary = connect(primaryUrl, { max: 1 });
  replica = connect(replicaUrl, { max: 1 });
});

afterAll(async () => {
  useReadUrl(undefined);
  await primary.pool.end();
  await replica.pool.end();
  await dropDatabase(primaryUrl, replicaName);
});

describe('readerDb with DATABASE_READ_URL', () => {
  it('selects from the replica, while db keeps reading the primary', async () => {
    useReadUrl(replicaUrl);
    const onlyOnReplica = slug('chi-tren-ban-sao');
    await replica.db.insert(s.sections).values({ slug: onlyOnReplica, name: 'Bản sao' });
    expect(await readerDb.select().from(s.sections).where(eq(s.sections.slug, onlyOnReplica))).toHaveLength(1);
    expect(await db.select().from(s.sections).where(eq(s.sections.slug, onlyOnReplica))).toHaveLength(0);
  });

  it('writes and transactions go to the primary', async () => {
    useReadUrl(replicaUrl);
    const written = slug('ghi-vao-chinh');
    await readerDb.insert(s.sections).values({ slug: written, name: 'Chính' });
    const inTransaction = await readerDb.transaction(async (tx) => tx.select().from(s.sections).where(eq(s.sections.slug, written)));
    expect(inTransaction).toHaveLength(1);
    expect(await primary.db.select().from(s.sections).where(eq(s.sections.slug, written))).toHaveLength(1);
    expect(await replica.db.select().from(s.sections).where(eq(s.sections.slug, written))).toHaveLength(0);
  });

  it('without DATABASE_READ_URL reads the primary', async () => {
    useReadUrl(undefined);
    const onPrimary = slug('chi-tren-chinh');
    await primary.db.insert(s.sections).values({ slug: onPrimary, name: 'Chính' });
    expect(await readerDb.select().from(s.sections).where(eq(s.sections.slug, onPrimary))).toHaveLength(1);
  });
});
