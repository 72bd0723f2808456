// Drives HTTP load at one target for a fixed time with a fixed number of connections, with
// autocannon (in this process) or wrk (a C load generator, used when installed: it takes less of the
// machine away from the server). Both rotate through the target's paths, so "many different stories"
// or "a mix of searches" is one target. Only 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from './options';

export interface LoadTarget {
  origin: string;
  /** Requested in turn; one path = the same URL every time. Already percent-encoded. */
  paths: string[];
  headers?: Record<string, string>;
  /** POST these bodies in turn (to `paths`); without them every request is a GET. */
  bodies?: string[];
}

export interface LoadResult {
  driver: 'autocannon' | 'wrk';
  requests: number;
  seconds: number;
  rps: number;
  /** Latency percentiles, milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses with status >= 400. */
  badStatus: number;
  bytesPerResponse: number;
}

let wrkPath: string | null | undefined;

export function findWrk(): string | null {
  if (wrkPath === undefined) {
    const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
    wrkPath = found.status === 0 ? found.stdout.trim() || null : null;
  }
  return wrkPath;
}

export function chooseDriver(wanted: Driver): 'autocannon' | 'wrk' {
  if (wanted === 'wrk' && !findWrk()) throw new Error('--driver wrk: wrk is not installed (apt-get install wrk).');
  if (wanted === 'auto') return findWrk() ? 'wrk' : 'autocannon';
  return wanted;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function withAutocannon(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let badStatus = 0;
  let bytes = 0;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin + target.paths[0],
        connections,
        duration: seconds,
        timeout: 30,
        headers: target.headers,
        method: target.bodies ? 'POST' : 'GET',
        requests:
          target.paths.length > 1 || target.bodies
            ? [
                {
                  setupRequest: (request) => {
                    const i = next++;
                    request.path = target.paths[i % target.paths.length];
                    if (target.bodies) request.body = target.bodies[i % target.bodies.length];
                    return request;
                  },
                },
              ]
            : undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const elapsed = result.duration || (Date.now() - started) / 1000;
        resolve({
          driver: 'autocannon',
          requests: latencies.length,
          seconds: elapsed,
          rps: latencies.length / elapsed,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors,
          badStatus,
          bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
        });
      },
    );
    instance.on('response', (_client, status, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
      if (status >= 400) badStatus++;
    });
  });
}

const luaString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function wrkScript(target: LoadTarget): string {
  const headers = Object.entries(target.headers ?? {}).map(([k, v]) => `[${luaString(k)}] = ${luaString(v)}`);
  const bodies = target.bodies ?? [];
  return `local paths = { ${target.paths.map(luaString).join(', ')} }
local headers = { ${headers.join(', ')} }
local bodies = { ${bodies.map(luaString).join(', ')} }
local i = 0
request = function()
  i = i + 1
  if #bodies > 0 then
    return wrk.format("POST", paths[(i % #paths) + 1], headers, bodies[(i % #bodies) + 1])
  end
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH_JSON {"requests":%d,"duration":%d,"bytes":%d,"errors":%d,"status":%d,"p50":%f,"p95":%f,"p99":%f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;
}

function withWrk(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-wrk-'));
  const script = path.join(dir, 'paths.lua');
  writeFileSync(script, wrkScript(target));
  // One thread: the other core is the server's.
  const args = ['-t1', `-c${connections}`, `-d${Math.round(seconds)}s`, '--timeout', '30s', '-s', script, target.origin + target.paths[0]];
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(findWrk()!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 60) * 1000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      rmSync(dir, { recursive: true, force: true });
      const line = out.split('\n').find((l) => l.startsWith('BENCH_JSON '));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${out.slice(-500)}`));
      const r = JSON.parse(line.slice('BENCH_JSON '.length)) as Record<string, number>;
      const elapsed = r.duration! / 1e6;
      resolve({
        driver: 'wrk',
        requests: r.requests!,
        seconds: elapsed,
        rps: r.requests! / elapsed,
        p50: r.p50! / 1000,
        p95: r.p95! / 1000,
        p99: r.p99! / 1000,
        errors: r.errors!,
        badStatus: r.status!,
        bytesPerResponse: r.requests ? r.bytes! / r.requests : 0,
      });
    });
  });
}

export function runLoad(driver: 'autocannon' | 'wrk', target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  return driver === 'wrk' ? withWrk(target, seconds, connections) : withAutocannon(target, seconds, connections);
}
