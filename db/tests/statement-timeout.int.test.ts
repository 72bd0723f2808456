// The app's pool bounds every statement (db/client.ts passes DATABASE_STATEMENT_TIMEOUT_MS, default
// 10 s): the server cancels a statement that runs longer, and the connection stays usable.
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { connect } from '../connect';

const bounded = connect(process.env.DATABASE_URL!, { max: 1, statementTimeoutMs: 200 });
afterAll(() => bounded.pool.end());

it('a statement running past the timeout is cancelled by the server, and the pool goes on working', async () => {
  const error = await bounded.db.execute(sql`select pg_sleep(2)`).then(
    () => null,
    (e: { cause?: { code?: string }; code?: string }) => e.cause?.code ?? e.code,
  );
  expect(error).toBe('57014'); // query_canceled
  const [row] = (await bounded.db.execute(sql`select 1 as one`)).rows;
  expect(row).toEqual({ one: 1 });
});
