// npm run db:backup [-- --out DIR] [--method=pg_dump|copy]
// A consistent backup of the portal's database (one snapshot, however long it takes, while the
// portal keeps running) and, with the local media store, a copy of the media files, plus a manifest
// with row counts and checksums. Restore with `npm run db:restore -- --from DIR`.
// The database part is pg_dump's custom format when a pg_dump at least as new as the server is
// installed, otherwise (the embedded PostgreSQL 18 on a machine without its client programs) every
// table exported with COPY (scripts/lib/snapshot.ts). --method forces one; the output says which.
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeDatabaseUrl } from '../db/database-url';
import pg from 'pg';
import { COUNTED_TABLES, DUMP_FILE, localMediaDir, MANIFEST_FILE, MEDIA_FOLDER, mediaNote, mediaTreeHash, sha256File, targetDatabase, describeTarget, type Manifest } from './lib/backup';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { connectionFor, missingToolNote, pickTool, runTool, serverMajor, usableTool } from './lib/pg-tools';
import { writeSnapshot, type SnapshotInfo } from './lib/snapshot';

function stamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const out = path.resolve(typeof args.out === 'string' ? args.out : path.join('.data', 'backups', `portal-${stamp()}`));
  if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --out.`);

  const method = args.method;
  if (method !== undefined && method !== 'pg_dump' && method !== 'copy') throw new UsageError('--method is pg_dump or copy (the default chooses pg_dump when a matching one is installed).');

  const database = await targetDatabase((line) => console.log(line));
  try {
    const major = await serverMajor(database.url);
    const pgDump = method === 'copy' ? null : method === 'pg_dump' ? pickTool('pg_dump', major) : usableTool('pg_dump', major);
    if (pgDump) console.log(`Backing up ${describeTarget(database)}, PostgreSQL ${major}, with ${pgDump.path} (custom format)...`);
    else if (method === 'copy') console.log(`Backing up ${describeTarget(database)}, PostgreSQL ${major}, with COPY (--method=copy)...`);
    else console.log(`Backing up ${describeTarget(database)}, PostgreSQL ${major}, with COPY: ${missingToolNote('pg_dump', major)}...`);

    // Written into a temporary folder and renamed at the end: a folder named like a backup is complete.
    const partial = `${out}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    // The counts and the data read the same snapshot, so the manifest describes exactly the backup.
    const snapshot = new pg.Client({ connectionString: database.url });
    await snapshot.connect();
    const counts: Record<string, number> = {};
    let snapshotInfo: SnapshotInfo | undefined;
    try {
      await snapshot.query('begin isolation level repeatable read read only');
      const { rows } = await snapshot.query<{ id: string }>('select pg_export_snapshot() as id');
      for (const table of COUNTED_TABLES) {
        const exists = await snapshot.query('select to_regclass($1) as t', [`public.${table}`]);
        counts[table] = exists.rows[0].t ? (await snapshot.query(`select count(*)::int as n from "${table}"`)).rows[0].n : -1;
      }
      if (pgDump) {
        const { dbname, env } = connectionFor(database.url);
        await runTool(pgDump.path, ['--format=custom', '--compress=6', '--no-password', `--snapshot=${rows[0]!.id}`, `--file=${path.join(partial, DUMP_FILE)}`, `--dbname=${dbname}`], env);
      } else {
        snapshotInfo = await writeSnapshot(snapshot, partial);
      }
    } finally {
      await snapshot.query('rollback').catch(() => {});
      await snapshot.end().catch(() => {});
    }

    let media: Manifest['media'];
    const mediaDir = localMediaDir();
    if (mediaDir) {
      if (existsSync(mediaDir)) await cp(mediaDir, path.join(partial, MEDIA_FOLDER), { recursive: true, filter: (src) => !src.endsWith('.tmp') });
      else await mkdir(path.join(partial, MEDIA_FOLDER));
      media = { storage: 'local', copied: true, ...(await folderSize(path.join(partial, MEDIA_FOLDER))), sha256: await mediaTreeHash(path.join(partial, MEDIA_FOLDER)) };
    } else {
      media = { storage: 's3', copied: false, bucket: process.env.S3_BUCKET ?? '', prefix: process.env.S3_PREFIX ?? '', note: mediaNote() };
    }

    const base = { createdAt: new Date().toISOString(), database: describeDatabaseUrl(database.url), serverMajor: major, counts, media };
    const manifest: Manifest = pgDump
      ? { ...base, format: 'custom', pgDump: pgDump.version, dumpSha256: await sha256File(path.join(partial, DUMP_FILE)) }
      : { ...base, format: 'copy', snapshot: snapshotInfo! };
    await writeFile(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    await rename(partial, out);

    console.log(`Backup written to ${path.relative(process.cwd(), out) || out} (${pgDump ? 'pg_dump custom format' : `COPY snapshot, ${snapshotInfo!.tables.length} tables`})`);
    console.log(`  ${counts.articles} articles, ${counts.revisions} revisions, ${counts.workflow_events} workflow events, ${counts.audit_log} audit rows, ${counts.media} media items`);
    if (media.storage === 'local') console.log(`  ${media.files} media files (${Math.round(media.bytes / 1024)} KB) copied`);
    else console.log(`  ${media.note}`);
  } finally {
    await database.release();
  }
});
