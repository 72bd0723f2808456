// The shared Next.js cache in Redis: the build is wired to lib/cache/redis-cache-handler.mjs, and two
// separate processes using that file see each other's entries and revalidations.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import type { FaultContext } from './context';
import { check, sleep } from './harness';

export async function redisReachable(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 1500, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    await client.close().catch(() => {});
  }
}

/** Deletes this run's keys (SCAN, bounded), leaving everyone else's alone. */
export async function removeKeys(url: string, prefix: string): Promise<number> {
  const client = createClient({ url, socket: { connectTimeout: 1500, reconnectStrategy: false } });
  client.on('error', () => {});
  let removed = 0;
  try {
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length) removed += await client.del(keys);
      if (removed > 100_000) break;
    }
  } finally {
    await client.close().catch(() => {});
  }
  return removed;
}

function peer(ctx: FaultContext, ...args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, [path.join('scripts', 'faults', 'redis-peer.mjs'), ...args], {
    env: { ...process.env, REDIS_URL: ctx.redis!.url, REDIS_KEY_PREFIX: ctx.redis!.prefix, NEXT_DEPLOYMENT_ID: ctx.baseEnv.NEXT_DEPLOYMENT_ID },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

export async function sharedCache(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  check(ctx.redis, 'Redis is not reachable (REDIS_URL, or 127.0.0.1:6379): the shared cache cannot be tested');
  const config = JSON.parse(readFileSync(path.join(ctx.distDir, 'required-server-files.json'), 'utf8')) as { config: { cacheHandler?: string; cacheMaxMemorySize?: number } };
  check(config.config.cacheHandler?.endsWith('lib/cache/redis-cache-handler.mjs'), `the build's cacheHandler is ${config.config.cacheHandler}`);
  check(config.config.cacheMaxMemorySize === 0, 'the build keeps a per-instance memory cache in front of Redis');
  note('build: cacheHandler = lib/cache/redis-cache-handler.mjs, no per-instance memory cache');

  const key = `/route-cache/APP_PAGE/faults/$/bai-viet/chia-se-${Date.now()}`;
  const tag = `_N_T_/bai-viet/chia-se-${Date.now()}`;
  check(peer(ctx, 'set', key, `_N_T_/layout,${tag}`).set === true, 'process 1 could not write');
  const seen = peer(ctx, 'get', key);
  check(seen.hit === true && JSON.stringify(seen.rsc) === '[1,2,3]' && seen.segment === 't', `process 2 did not read process 1's entry intact: ${JSON.stringify(seen)}`);
  await sleep(5);
  peer(ctx, 'revalidate', tag);
  check(peer(ctx, 'get', key).hit === false, "process 1 still reads an entry process 2 revalidated");
  await sleep(5);
  peer(ctx, 'set', key, `_N_T_/layout,${tag}`);
  check(peer(ctx, 'get', key).hit === true, 'an entry rendered after the revalidation is not served');
  note('two processes on real Redis: one writes, the other reads it intact; a revalidation in one drops it for the other; a newer copy is served again');
}
