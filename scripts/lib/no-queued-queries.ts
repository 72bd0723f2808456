// Vitest setup file of the integration project: a test file fails when any code it ran sent a query
// on a pg client that was still busy with another, the shape of `Promise.all` over one transaction's
// queries. pg 8 queues them and warns once per process ("already executing a query ... will be
// removed in pg@9.0"); pg 9 will refuse them. The failing file says where to look: a query awaited
// through Promise.all reaches pg from a microtask, so the warning's stack shows only the query builder.
import { afterAll } from 'vitest';

const seen: string[] = [];
process.on('warning', (warning) => {
  if (warning.message.includes('already executing a query')) seen.push(warning.stack ?? warning.message);
});

afterAll(async () => {
  await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
  if (seen.length > 0) throw new Error(`Queries were sent on a busy pg client (one at a time on a transaction, please):\n${seen.join('\n')}`);
});
