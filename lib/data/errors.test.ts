// Which failures count as "the database is unavailable": real errors from node-postgres against a
// port where nothing listens, and the shapes Drizzle and PostgreSQL produce.
import net from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DataError, isDatabaseUnavailable } from './errors';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection from a pg pool, as such and wrapped like Drizzle does', async () => {
    const pool = new pg.Pool({ connectionString: `postgres://x:y@127.0.0.1:${await closedPort()}/z`, connectionTimeoutMillis: 2000 });
    pool.on('error', () => {});
    const error = await pool.query('select 1').then(
      () => null,
      (e: unknown) => e,
    );
    await pool.end();
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    const wrapped = Object.assign(new Error('Failed query: select 1'), { cause: error });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('recognises lost connections and a server that is shutting down or starting', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]))).toBe(true);
  });

  it('leaves real failures alone: constraint violations, bad SQL, expected refusals, non-errors', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(new DataError('conflict', 'Bài viết vừa được người khác thay đổi.'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
