// /api/health and /api/ready against real databases: the migrated test database, an empty one, and
// a port where nothing listens.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '@/db/connect';
import { withDatabase } from '@/db/database-url';
import { dropDatabase, ensureDatabase } from '@/db/setup';
import { GET as health } from '../health/route';
import { GET as ready } from './route';

const url = process.env.DATABASE_URL!;
const holder = globalThis as unknown as { portalDb?: Connection };
const emptyName = `portal_test_ready_${Date.now().toString(36)}`;
const opened: Connection[] = [];

/** Points db/client at another database for one call (it keeps its connection on globalThis). */
async function withDatabaseAt<T>(target: string, run: () => Promise<T>): Promise<T> {
  const saved = holder.portalDb;
  const connection = connect(target, { max: 1 });
  opened.push(connection);
  holder.portalDb = connection;
  try {
    return await run();
  } finally {
    holder.portalDb = saved;
  }
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

afterAll(async () => {
  for (const c of opened) await c.pool.end().catch(() => {});
  await dropDatabase(url, emptyName).catch(() => {});
});

describe('/api/health', () => {
  it('answers 200 without touching the database', async () => {
    const res = await withDatabaseAt(`postgres://nobody@127.0.0.1:${await closedPort()}/none`, async () => health());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});

describe('/api/ready', () => {
  it('is ready on a migrated database', async () => {
    const res = await withDatabaseAt(url, () => ready());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ready');
    expect(body.migrations).toBeGreaterThan(0);
  });

  it('says migrations are pending on a database nobody migrated', async () => {
    await ensureDatabase(url, emptyName);
    const res = await withDatabaseAt(withDatabase(url, emptyName), () => ready());
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not_ready', reason: 'migrations_pending' });
  });

  it('answers 503 when the database cannot be reached, naming no host or password', async () => {
    const res = await withDatabaseAt(`postgres://portal:secret-pw@127.0.0.1:${await closedPort()}/portal`, () => ready());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ reason: 'database_unreachable' });
    expect(text).not.toMatch(/secret-pw|127\.0\.0\.1|portal:/);
  });
});
