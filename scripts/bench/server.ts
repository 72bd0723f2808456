// The production server under test: built into its own dist dir (.next-bench, so it never touches
// another engineer's .next), started with scripts/serve.mjs (what npm start runs) on a free port, stopped with its children.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIsCurrent } from '../lib/build-stamp';
import { serverEnv } from '../lib/server-env';
import { descendants } from './proc';

export const BENCH_DIST_DIR = '.next-bench';
const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

// The same free-port helper the embedded PostgreSQL uses.
export { freePort } from '../../db/embedded';
import { freePort } from '../../db/embedded';

/**
 * Builds unless the build in .next-bench is newer than the sources. A build with a custom dist dir
 * adds that dir to tsconfig.json's include; the file is put back as it was (content and mtime), so
 * the shared working tree does not change and the next run does not rebuild because of it.
 */
export function buildServer(log: (line: string) => void): { built: boolean; seconds: number } {
  const previous = process.env.NEXT_DIST_DIR;
  process.env.NEXT_DIST_DIR = BENCH_DIST_DIR;
  try {
    if (buildIsCurrent(root)) return { built: false, seconds: 0 };
  } finally {
    if (previous === undefined) delete process.env.NEXT_DIST_DIR;
    else process.env.NEXT_DIST_DIR = previous;
  }
  const tsconfig = path.join(root, 'tsconfig.json');
  const before = readFileSync(tsconfig, 'utf8');
  const mtime = statSync(tsconfig).mtime;
  log(`Building the production server into ${BENCH_DIST_DIR} (a few minutes on 2 cores)...`);
  const started = Date.now();
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (readFileSync(tsconfig, 'utf8') !== before) {
    writeFileSync(tsconfig, before);
    utimesSync(tsconfig, mtime, mtime);
  }
  if (build.status !== 0) {
    throw new Error(`next build failed (exit ${build.status ?? build.signal}):\n${(build.stdout + build.stderr).split('\n').slice(-40).join('\n')}`);
  }
  const routes = build.stdout.split('\n').filter((line) => /^\s*[┌├└]\s+[○●◐ƒ]\s/.test(line));
  const prerendered = routes.filter((line) => /[○●◐]\s/.test(line)).map((line) => line.replace(/^\s*[┌├└]\s+/, '').trim());
  log(`  ${routes.length} routes, ${prerendered.length ? `prerendered: ${prerendered.join(', ')}` : 'all dynamic (ƒ): none is prerendered'}`);
  return { built: true, seconds: (Date.now() - started) / 1000 };
}

export interface RunningServer {
  pid: number;
  origin: string;
  port: number;
  /** Recent output, for an error message when it dies. */
  output(): string;
  stop(): Promise<void>;
}

/** Waits until `url` answers at all (any status), or the process exits, or the time is up. */
async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the process exited (${child.exitCode ?? child.signalCode})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** Stops a process and everything it started: SIGTERM, then SIGKILL after a grace period. */
export async function stopTree(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const pids = [child.pid, ...descendants(child.pid)];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone, as it should be */
    }
  }
}

export async function spawnServer(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; port: number; readyPath: string; timeoutMs: number },
): Promise<RunningServer> {
  const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const origin = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(origin + options.readyPath, child, options.timeoutMs);
  } catch (error) {
    await stopTree(child);
    throw new Error(`${name} did not start: ${(error as Error).message}\n${output.split('\n').slice(-20).join('\n')}`);
  }
  return { pid: child.pid!, origin, port: options.port, output: () => output, stop: () => stopTree(child) };
}

export async function startApp(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await freePort();
  // What `npm start` runs: Next.js behind the front cache (scripts/serve.mjs).
  return spawnServer('portal server', process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
    env: serverEnv({ ...env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }),
    port,
    readyPath: '/robots.txt',
    timeoutMs: 90_000,
  });
}
