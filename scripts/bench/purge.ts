// Stands in for a CDN's purge endpoint (PUBLIC_PURGE_URL): records what the app asks to purge and,
// when nginx runs, removes those pages from nginx's cache (open-source nginx has no purge command;
// a missing cache file is a miss, so deleting it is a purge). Shows whether the publish path tells
// the shared cache at all, and how soon.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export interface PurgeLog {
  url: string;
  received: Array<{ at: number; paths: string[] }>;
  /** Where nginx keeps its cache and the Host readers use through it, once nginx runs. */
  nginx: { cacheDir: string; host: string } | null;
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
      log.received.push({ at: Date.now(), paths });
      if (log.nginx) {
        // nginx's file for a key: md5 of the key, levels=1:2 => <last char>/<two before>/<md5>.
        for (const p of paths) {
          const md5 = createHash('md5').update(`http${log.nginx.host}${p}`).digest('hex');
          rmSync(path.join(log.nginx.cacheDir, md5.slice(-1), md5.slice(-3, -1), md5), { force: true });
        }
      }
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
