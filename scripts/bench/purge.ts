// Stands in for a CDN's purge endpoint (PUBLIC_PURGE_URL): records what the app asks to purge and,
// when nginx runs, removes those pages from nginx's cache (open-source nginx has no purge command;
// a missing cache file is a miss, so deleting it is a purge). Shows whether the publish path tells
// the shared cache at all, and how soon.
import { closeSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** The request URI inside nginx's cache key ("httpGET127.0.0.1/bai-viet/x|rsc=" -> "/bai-viet/x"). */
function keyUri(file: string): string | null {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(file, 'r');
  try {
    const header = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('latin1');
    const key = /\nKEY: ([^\n]*)\n/.exec(header)?.[1];
    if (!key || key.indexOf('/') < 0) return null;
    return key.slice(key.indexOf('/')).split('|')[0]!;
  } finally {
    closeSync(fd);
  }
}

/** Deletes the cached copies of these paths (with any query string), whatever the cache key's shape. */
export function purgeNginxCache(cacheDir: string, paths: string[]): number {
  let removed = 0;
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 3) walk(full, depth + 1);
      else if (entry.isFile()) {
        try {
          const uri = keyUri(full);
          if (uri && paths.some((p) => uri === p || uri.startsWith(`${p}?`))) {
            rmSync(full, { force: true });
            removed++;
          }
        } catch {
          /* written or evicted meanwhile */
        }
      }
    }
  };
  walk(cacheDir, 0);
  return removed;
}

export interface PurgeLog {
  url: string;
  received: Array<{ at: number; paths: string[]; removed: number }>;
  /** Where nginx keeps its cache and the Host readers use through it, once nginx runs. */
  nginx: { cacheDir: string } | null;
  close(): Promise<void>;
}

export async function startPurgeReceiver(): Promise<PurgeLog> {
  const log: Omit<PurgeLog, 'url' | 'close'> = { received: [], nginx: null };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      if (body.length < 1_000_000) body += chunk.toString();
    });
    request.on('end', () => {
      let paths: string[] = [];
      try {
        const parsed = JSON.parse(body) as { paths?: unknown };
        if (Array.isArray(parsed.paths)) paths = parsed.paths.filter((p): p is string => typeof p === 'string');
      } catch {
        /* recorded as an empty purge */
      }
      // Purge first, answer after: the app's purge call returns once the copies are gone, as with a CDN.
      const removed = log.nginx ? purgeNginxCache(log.nginx.cacheDir, paths) : 0;
      log.received.push({ at: Date.now(), paths, removed });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(log, {
    url: `http://127.0.0.1:${port}/purge`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
