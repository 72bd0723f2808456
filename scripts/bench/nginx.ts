// The reverse-proxy profile, when nginx is installed: nginx in front of the app with a micro-cache
// for public pages that honours the app's Cache-Control (s-maxage, stale-while-revalidate), one
// request per URL to the app on a miss (cache lock), stale copies while refreshing, and no caching
// of anything that carries a session or a token. Written to a temporary prefix and run in the
// foreground as a child of the benchmark, so stopping it is stopping one process tree.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnServer, type RunningServer } from './server';

export function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

export function nginxConfig(options: { prefix: string; listen: number; upstream: number; user: string | null }): string {
  const { prefix, listen, upstream } = options;
  return `${options.user ? `user ${options.user};\n` : ''}worker_processes 1;
daemon off;
master_process on;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  client_max_body_size 32m;
  proxy_cache_path ${prefix}/cache levels=1:2 keys_zone=portal:20m max_size=512m inactive=10m use_temp_path=off;
  upstream portal {
    server 127.0.0.1:${upstream};
    keepalive 64;
  }
  map $http_cookie $portal_session {
    default 0;
    "~(authjs|__Secure-authjs)\\.session-token" 1;
  }
  server {
    listen 127.0.0.1:${listen};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    location / {
      proxy_pass http://portal;
      proxy_cache portal;
      proxy_cache_key $scheme$http_host$request_uri;
      # Only what the app marks cacheable (Cache-Control: public, s-maxage=...) is kept; nothing for a
      # signed-in reader or an API token.
      proxy_cache_bypass $portal_session $http_authorization;
      proxy_no_cache $portal_session $http_authorization;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 5s;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      proxy_cache_background_update on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

export async function startNginx(binary: string, upstreamPort: number): Promise<RunningServer & { cacheDir: string; cleanup(): void }> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  for (const dir of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, dir));
  // Workers of a root master run as another user: they must be able to write the cache.
  chmodSync(prefix, 0o755);
  for (const dir of ['cache', 'body', 'proxy']) chmodSync(path.join(prefix, dir), 0o777);
  const listen = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ prefix, listen, upstream: upstreamPort, user: process.getuid?.() === 0 ? 'nobody nogroup' : null }));
  const test = spawnSync(binary, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx refused the configuration: ${test.stderr.trim()}`);
  }
  const server = await spawnServer('nginx', binary, ['-p', prefix, '-c', conf], { env: process.env, port: listen, readyPath: '/robots.txt', timeoutMs: 30_000 });
  return { ...server, cacheDir: path.join(prefix, 'cache'), cleanup: () => rmSync(prefix, { recursive: true, force: true }) };
}
