// npm run db:backup [-- --out DIR]
// A consistent backup of the portal's database (pg_dump, custom format: one snapshot, however long
// it takes, while the portal keeps running) and, with the local media store, a copy of the media
// files, plus a manifest with row counts and checksums. Restore with `npm run db:restore -- --from DIR`.
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeDatabaseUrl } from '../db/database-url';
import pg from 'pg';
import { COUNTED_TABLES, DUMP_FILE, localMediaDir, MANIFEST_FILE, MEDIA_FOLDER, mediaNote, sha256File, targetDatabase, describeTarget, type Manifest } from './lib/backup';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { connectionFor, pickTool, runTool, serverMajor } from './lib/pg-tools';

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

  const database = await targetDatabase((line) => console.log(line));
  try {
    const major = await serverMajor(database.url);
    const pgDump = pickTool('pg_dump', major);
    console.log(`Backing up ${describeTarget(database)}, PostgreSQL ${major}, with ${pgDump.path}...`);

    // Written into a temporary folder and renamed at the end: a folder named like a backup is complete.
    const partial = `${out}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    // The counts and the dump read the same snapshot, so the manifest describes exactly the dump.
    const snapshot = new pg.Client({ connectionString: database.url });
    await snapshot.connect();
    const counts: Record<string, number> = {};
    try {
      await snapshot.query('begin isolation level repeatable read read only');
      const { rows } = await snapshot.query<{ id: string }>('select pg_export_snapshot() as id');
      for (const table of COUNTED_TABLES) {
        const exists = await snapshot.query('select to_regclass($1) as t', [`public.${table}`]);
        counts[table] = exists.rows[0].t ? (await snapshot.query(`select count(*)::int as n from "${table}"`)).rows[0].n : -1;
      }
      const { dbname, env } = connectionFor(database.url);
      await runTool(pgDump.path, ['--format=custom', '--compress=6', '--no-password', `--snapshot=${rows[0]!.id}`, `--file=${path.join(partial, DUMP_FILE)}`, `--dbname=${dbname}`], env);
    } finally {
      await snapshot.query('rollback').catch(() => {});
      await snapshot.end().catch(() => {});
    }

    let media: Manifest['media'];
    const mediaDir = localMediaDir();
    if (mediaDir) {
      if (existsSync(mediaDir)) await cp(mediaDir, path.join(partial, MEDIA_FOLDER), { recursive: true, filter: (src) => !src.endsWith('.tmp') });
      else await mkdir(path.join(partial, MEDIA_FOLDER));
      media = { storage: 'local', copied: true, ...(await folderSize(path.join(partial, MEDIA_FOLDER))) };
    } else {
      media = { storage: 's3', copied: false, bucket: process.env.S3_BUCKET ?? '', prefix: process.env.S3_PREFIX ?? '', note: mediaNote() };
    }

    const manifest: Manifest = {
      createdAt: new Date().toISOString(),
      database: describeDatabaseUrl(database.url),
      serverMajor: major,
      pgDump: pgDump.version,
      format: 'custom',
      dumpSha256: await sha256File(path.join(partial, DUMP_FILE)),
      counts,
      media,
    };
    await writeFile(path.join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    await rename(partial, out);

    console.log(`Backup written to ${path.relative(process.cwd(), out) || out}`);
    console.log(`  ${counts.articles} articles, ${counts.revisions} revisions, ${counts.workflow_events} workflow events, ${counts.audit_log} audit rows, ${counts.media} media items`);
    if (media.storage === 'local') console.log(`  ${media.files} media files (${Math.round(media.bytes / 1024)} KB) copied`);
    else console.log(`  ${media.note}`);
  } finally {
    await database.release();
  }
});
