// The reverse-proxy profile, when nginx is installed: the deployment's own deploy/nginx.conf (the
// scale-out profile) when the checkout has it, pointed at the one app under test; otherwise a
// built-in equivalent: a cache for public pages that honours the app's Cache-Control, one request per
// URL to the app on a miss (cache lock), stale copies while refreshing, nothing cached for a session
// or a token. Written to a temporary prefix and run in the foreground as a child of the benchmark,
// so stopping it is stopping one process tree.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnServer, type RunningServer } from './server';

export const DEPLOY_PROFILE = path.join('deploy', 'nginx.conf');

export function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

interface Placement {
  prefix: string;
  listen: number;
  upstream: number;
}

/**
 * deploy/nginx.conf (an http-level snippet) aimed at this run: every upstream's servers replaced by
 * the app under test (the co-editing upstream too: the benchmark's rows never reach /collab, and
 * nginx only needs an address there), its listen by a free loopback port, its cache by the temporary
 * prefix. null when its shape is not the expected one (at least one upstream, one listen, one cache
 * path): the built-in profile is used then, and the report says so.
 */
export function adaptDeployProfile(text: string, at: Placement): string | null {
  const upstream = /upstream\s+([\w-]+)\s*\{([^}]*)\}/g;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const upstreams = count(/^\s*upstream\s/gm);
  if (upstreams === 0 || count(upstream) !== upstreams || count(/^\s*listen\s/gm) !== 1 || count(/^\s*proxy_cache_path\s/gm) !== 1) return null;
  return text
    .replace(upstream, (_, name: string, body: string) => {
      const rest = body
        .split('\n')
        .filter((line) => !/^\s*(server\s|#)/.test(line) && line.trim() !== '')
        .join('\n');
      return `upstream ${name} {\n    server 127.0.0.1:${at.upstream};\n${rest}\n}`;
    })
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${at.listen};`)
    .replace(/^(\s*)proxy_cache_path\s+\S+/m, `$1proxy_cache_path ${at.prefix}/cache`);
}

export function builtInProfile(at: Placement): string {
  return `
client_max_body_size 32m;
proxy_cache_path ${at.prefix}/cache levels=1:2 keys_zone=portal:20m max_size=512m inactive=10m use_temp_path=off;
upstream portal {
  server 127.0.0.1:${at.upstream};
  keepalive 64;
}
map $http_cookie $portal_session {
  default 0;
  "~(authjs|__Secure-authjs)\\.session-token" 1;
}
server {
  listen 127.0.0.1:${at.listen};
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
    # signed-in member of staff or an API token.
    proxy_cache_bypass $portal_session $http_authorization;
    proxy_no_cache $portal_session $http_authorization;
    proxy_cache_lock on;
    proxy_cache_lock_timeout 5s;
    proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
    proxy_cache_background_update on;
    add_header X-Cache-Status $upstream_cache_status always;
  }
}`;
}

function mainConfig(at: Placement, user: string | null, http: string): string {
  const { prefix } = at;
  // The main settings of Debian's stock /etc/nginx/nginx.conf, which deploy/nginx.conf is included
  // into (docs/deploy.md): a worker per core and sendfile, so the profile measures what is deployed.
  return `${user ? `user ${user};\n` : ''}worker_processes auto;
daemon off;
master_process on;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
sendfile on;
tcp_nopush on;
access_log off;
client_body_temp_path ${prefix}/body;
proxy_temp_path ${prefix}/proxy;
fastcgi_temp_path ${prefix}/fastcgi;
uwsgi_temp_path ${prefix}/uwsgi;
scgi_temp_path ${prefix}/scgi;
${http}
}
`;
}

export type RunningNginx = RunningServer & { cacheDir: string; profile: string; cleanup(): void };

export async function startNginx(binary: string, upstreamPort: number): Promise<RunningNginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  for (const dir of ['cache', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, dir));
  // Workers of a root master run as another user: they must be able to write the cache.
  chmodSync(prefix, 0o755);
  for (const dir of ['cache', 'body', 'proxy']) chmodSync(path.join(prefix, dir), 0o777);
  const at = { prefix, listen: await freePort(), upstream: upstreamPort };
  const deploy = existsSync(DEPLOY_PROFILE) ? adaptDeployProfile(readFileSync(DEPLOY_PROFILE, 'utf8'), at) : null;
  const candidates: Array<[string, string]> = [
    ...(deploy ? [[DEPLOY_PROFILE, deploy] as [string, string]] : []),
    [existsSync(DEPLOY_PROFILE) ? `built-in (${DEPLOY_PROFILE} could not be used)` : 'built-in', builtInProfile(at)],
  ];
  const conf = path.join(prefix, 'nginx.conf');
  const refusals: string[] = [];
  let profile: string | null = null;
  for (const [name, http] of candidates) {
    writeFileSync(conf, mainConfig(at, process.getuid?.() === 0 ? 'nobody nogroup' : null, http));
    const test = spawnSync(binary, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
    if (test.status === 0) {
      profile = refusals.length ? `${name}; nginx refused ${DEPLOY_PROFILE}: ${refusals.join(' ')}` : name;
      break;
    }
    refusals.push(test.stderr.trim().split('\n')[0] ?? '');
  }
  if (!profile) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx refused the configuration: ${refusals.join(' / ')}`);
  }
  const server = await spawnServer('nginx', binary, ['-p', prefix, '-c', conf], { env: process.env, port: at.listen, readyPath: '/robots.txt', timeoutMs: 30_000 });
  return { ...server, cacheDir: path.join(prefix, 'cache'), profile, cleanup: () => rmSync(prefix, { recursive: true, force: true }) };
}
