// Plumbing for `npm run test:faults`: app instances as real portal server processes (scripts/serve.mjs), HTTP with time
// limits, bounded waits, and assertions that say what went wrong. Everything talks to 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { serverEnv } from '../lib/server-env';

export class FaultTestFailure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new FaultTestFailure(message);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export { freePort } from '../../db/embedded';

/** Polls `probe` every `intervalMs` until it returns a value other than undefined, at most `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, { timeoutMs, intervalMs = 100 }: { timeoutMs: number; intervalMs?: number }): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (let attempt = 0; attempt < 100_000; attempt++) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= until) break;
    await sleep(intervalMs);
  }
  throw new FaultTestFailure(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String((last as Error).message ?? last)})` : ''}`);
}

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  json: <T = Record<string, unknown>>() => T;
}

/** One HTTP request with a time limit; a refused or reset connection is status 0. */
export async function http(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<HttpResult> {
  const { timeoutMs = 15_000, ...rest } = init;
  try {
    const response = await fetch(url, { ...rest, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
  } catch (error) {
    return { status: 0, headers: new Headers(), text: String((error as Error).cause ?? error), json: () => ({}) as never };
  }
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  env: NodeJS.ProcessEnv;
  logFile: string;
}

/** Starts the portal's server (scripts/serve.mjs, as `npm start` runs it) in its own process group (so kill -9 reaches everything it started). */
export async function startInstance(options: { name: string; port: number; env: NodeJS.ProcessEnv; logDir: string; readyTimeoutMs?: number }): Promise<Instance> {
  mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`\n=== start ${new Date().toISOString()} port ${options.port}\n`);
  const child = spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'serve.mjs'), '--port', String(options.port), '--hostname', '127.0.0.1', '--keepAliveTimeout', '65000'], {
    env: serverEnv(options.env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const instance: Instance = { name: options.name, port: options.port, url: `http://127.0.0.1:${options.port}`, child, exited, env: options.env, logFile };
  await waitFor(
    `${options.name} to answer /api/health`,
    async () => {
      if (child.exitCode !== null) throw new FaultTestFailure(`${options.name} exited with code ${child.exitCode}; see ${logFile}`);
      const res = await http(`${instance.url}/api/health`, { timeoutMs: 2000 });
      return res.status === 200 ? true : undefined;
    },
    { timeoutMs: options.readyTimeoutMs ?? 60_000, intervalMs: 200 },
  );
  return instance;
}

function signalGroup(instance: Instance, signal: NodeJS.Signals): void {
  try {
    process.kill(-instance.child.pid!, signal);
  } catch {
    // already gone
  }
}

/** kill -9: no shutdown hooks, no flushed buffers, connections dropped mid-transaction. */
export async function killHard(instance: Instance): Promise<void> {
  signalGroup(instance, 'SIGKILL');
  await Promise.race([instance.exited, sleep(10_000)]);
}

/** SIGTERM, then SIGKILL after 10 s. */
export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  signalGroup(instance, 'SIGTERM');
  const stopped = await Promise.race([instance.exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) await killHard(instance);
}

/** A staff member's API client on one instance. */
export class Api {
  constructor(
    readonly base: string,
    private readonly token: string,
  ) {}

  on(base: string): Api {
    return new Api(base, this.token);
  }

  request(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<HttpResult> {
    return http(`${this.base}${pathname}`, {
      method,
      timeoutMs,
      headers: { Authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}

export interface ScenarioResult {
  name: string;
  ok: boolean;
  seconds: number;
  notes: string[];
  error?: string;
}

/** Runs one scenario with its own time limit; a failure is recorded, not thrown, so the others still run. */
export async function runScenario(name: string, limitMs: number, body: (note: (line: string) => void) => Promise<void>): Promise<ScenarioResult> {
  const started = Date.now();
  const notes: string[] = [];
  const note = (line: string) => {
    notes.push(line);
    console.log(`    ${line}`);
  };
  console.log(`\n\x1b[1m▶ ${name}\x1b[0m`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      body(note),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new FaultTestFailure(`scenario exceeded its ${Math.round(limitMs / 1000)} s limit`)), limitMs);
      }),
    ]);
    const seconds = (Date.now() - started) / 1000;
    console.log(`  \x1b[32m✓\x1b[0m ${name} (${seconds.toFixed(1)} s)`);
    return { name, ok: true, seconds, notes };
  } catch (error) {
    const seconds = (Date.now() - started) / 1000;
    const message = error instanceof FaultTestFailure ? error.message : (error as Error)?.stack ?? String(error);
    console.log(`  \x1b[31m✗ ${name}\x1b[0m (${seconds.toFixed(1)} s): ${message}`);
    return { name, ok: false, seconds, notes, error: message };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function inParallel<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}
