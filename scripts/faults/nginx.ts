// Runs deploy/nginx.conf itself in front of test instances: the same file operators install, with
// only the addresses and paths changed, so the fault tests check the configuration that ships.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FaultTestFailure, http, sleep, waitFor } from './harness';

export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new FaultTestFailure(`deploy/nginx.conf no longer has ${what}; update scripts/faults/nginx.ts`);
  return text.replace(pattern, replacement);
}

/** deploy/nginx.conf with the test's upstreams, port and cache folder. */
export function testSiteConfig(upstreamPorts: number[], listenPort: number, cacheDir: string): string {
  let site = readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8');
  site = replaceOnce(site, /(upstream portal_app \{[\s\S]*?)(    server 127\.0\.0\.1:3001[^\n]*\n    server 127\.0\.0\.1:3002[^\n]*\n)/, `$1${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;\n`).join('')}`, 'the two example upstream servers');
  site = replaceOnce(site, /listen 80;/, `listen 127.0.0.1:${listenPort};`, '"listen 80;"');
  site = replaceOnce(site, /\/var\/cache\/nginx\/portal/, cacheDir, 'the cache path');
  return site;
}

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

export async function startNginx(binary: string, dir: string, upstreamPorts: number[], listenPort: number): Promise<Nginx> {
  for (const sub of ['cache', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) mkdirSync(path.join(dir, sub), { recursive: true });
  // Workers run as an unprivileged user when the master is root: let them write the cache.
  for (const sub of ['', 'cache', 'tmp', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) chmodSync(path.join(dir, sub), 0o777);
  writeFileSync(path.join(dir, 'portal.conf'), testSiteConfig(upstreamPorts, listenPort, path.join(dir, 'cache')));
  const t = (sub: string) => path.join(dir, 'tmp', sub);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
    access_log ${path.join(dir, 'access.log')};
    client_body_temp_path ${t('body')};
    proxy_temp_path ${t('proxy')};
    fastcgi_temp_path ${t('fastcgi')};
    uwsgi_temp_path ${t('uwsgi')};
    scgi_temp_path ${t('scgi')};
    include ${path.join(dir, 'portal.conf')};
}
`,
  );
  const test = spawnSync(binary, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new FaultTestFailure(`nginx -t refused deploy/nginx.conf: ${test.stderr}`);
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore', detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listenPort}`;
  await waitFor('nginx to listen', async () => ((await http(`${url}/api/health`, { timeoutMs: 1000 })).status > 0 ? true : undefined), { timeoutMs: 10_000 });
  return {
    url,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGQUIT'); // graceful
      } catch {
        return;
      }
      if (!(await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]))) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone
        }
      }
    },
  };
}
