// Shared by db:backup and db:restore: which database, what a backup folder holds, and the counts
// that prove a restore brought everything back.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describeDatabaseUrl, withDatabase } from '../../db/database-url';
import { startEmbeddedPostgres } from '../../db/embedded';
import { checkConnection, ensureDatabase } from '../../db/setup';
import { EMBEDDED_DATA_DIR, EMBEDDED_DATABASE } from './database';
import type { SnapshotInfo } from './snapshot';

export const DUMP_FILE = 'database.dump';
export const MANIFEST_FILE = 'manifest.json';
export const MEDIA_FOLDER = 'media';

/** Tables whose row counts a backup records and a restore checks. */
export const COUNTED_TABLES = ['articles', 'revisions', 'workflow_events', 'approvals', 'audit_log', 'media', 'revision_media', 'users', 'sections'] as const;

interface ManifestBase {
  createdAt: string;
  /** host:port/database, no credentials. */
  database: string;
  serverMajor: number;
  counts: Record<string, number>;
  media:
    | { storage: 'local'; copied: true; files: number; bytes: number; /** mediaTreeHash of the copied folder */ sha256?: string }
    | { storage: 's3'; copied: false; bucket: string; prefix: string; note: string };
}

/** A backup folder's manifest.json: pg_dump's custom format, or the COPY snapshot (./snapshot.ts). */
export type Manifest =
  | (ManifestBase & { format: 'custom'; pgDump: string; dumpSha256: string })
  | (ManifestBase & { format: 'copy'; snapshot: SnapshotInfo });

export interface TargetDatabase {
  url: string;
  embedded: boolean;
  release(): Promise<void>;
}

/** DATABASE_URL when set, else the embedded server under .data/postgres (started if needed). No migrations run. */
export async function targetDatabase(log: (line: string) => void): Promise<TargetDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkConnection(external);
    return { url: external, embedded: false, release: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, log });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { url: withDatabase(server.adminUrl, EMBEDDED_DATABASE), embedded: true, release: () => server.stop() };
}

export function describeTarget(db: TargetDatabase): string {
  return db.embedded ? `the embedded database (${describeDatabaseUrl(db.url)})` : `DATABASE_URL (${describeDatabaseUrl(db.url)})`;
}

/** Row counts of COUNTED_TABLES; a table that does not exist counts as -1. */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const exists = await client.query('select to_regclass($1) as t', [`public.${table}`]);
      if (!exists.rows[0].t) {
        counts[table] = -1;
        continue;
      }
      const { rows } = await client.query(`select count(*)::int as n from "${table}"`);
      counts[table] = rows[0].n;
    }
    return counts;
  } finally {
    await client.end().catch(() => {});
  }
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The local media folder, as the app resolves it (lib/media/storage.ts), or null for S3. */
export function localMediaDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if ((env.MEDIA_STORAGE ?? 'local').toLowerCase() === 's3') return null;
  return path.resolve(env.MEDIA_DIR || path.join(process.cwd(), '.data', 'media'));
}

export function mediaNote(env: NodeJS.ProcessEnv = process.env): string {
  return `Media files are in the bucket ${env.S3_BUCKET ?? '(S3_BUCKET unset)'}${env.S3_PREFIX ? ` under ${env.S3_PREFIX}` : ''}; they are not copied. Keep them with the bucket's versioning or replication.`;
}

export function isBackupFolder(dir: string): boolean {
  return existsSync(path.join(dir, MANIFEST_FILE)) && (existsSync(path.join(dir, DUMP_FILE)) || existsSync(path.join(dir, 'data')));
}

/** One hash over a folder's files: sha256 of the sorted "relative path, file sha256" lines. */
export async function mediaTreeHash(dir: string): Promise<string> {
  const lines: string[] = [];
  if (existsSync(dir)) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      lines.push(`${path.relative(dir, file).split(path.sep).join('/')}\t${await sha256File(file)}`);
    }
  }
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}
