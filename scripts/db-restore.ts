// npm run db:restore -- --from DIR [--yes]
// Puts a backup made by `npm run db:backup` back: the database (pg_restore, or for a COPY snapshot
// scripts/lib/snapshot.ts, in one transaction: it either completes or changes nothing) and, with the
// local media store, the media files. Every checksum is verified before anything is touched. Stop the
// app instances first (or expect their requests to wait for the restore's locks). A database that
// already holds articles is replaced only with --yes.
import { cp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DUMP_FILE, isBackupFolder, localMediaDir, MANIFEST_FILE, MEDIA_FOLDER, mediaNote, mediaTreeHash, sha256File, tableCounts, targetDatabase, describeTarget, type Manifest } from './lib/backup';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { connectionFor, pickTool, runTool, serverMajor } from './lib/pg-tools';
import { restoreSnapshot, verifySnapshotFiles } from './lib/snapshot';

async function articleCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`select to_regclass('public.articles') as t`);
    if (!exists.rows[0].t) return 0;
    return (await client.query('select count(*)::int as n from articles')).rows[0].n;
  } finally {
    await client.end().catch(() => {});
  }
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args.from !== 'string') throw new UsageError('Usage: npm run db:restore -- --from .data/backups/portal-YYYYMMDD-HHMMSS [--yes]');
  const from = path.resolve(args.from);
  if (!isBackupFolder(from)) throw new UsageError(`${from} is not a backup made by npm run db:backup (no ${MANIFEST_FILE} beside ${DUMP_FILE} or data/).`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(from, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    throw new UsageError(`${path.join(from, MANIFEST_FILE)} is not a readable manifest (damaged?). Nothing was restored.`);
  }
  if (manifest.format === 'copy') {
    await verifySnapshotFiles(from, manifest.snapshot);
  } else {
    const dump = path.join(from, DUMP_FILE);
    if (!existsSync(dump) || (await sha256File(dump)) !== manifest.dumpSha256) throw new UsageError(`${dump} does not match its manifest (damaged or changed since the backup). Nothing was restored.`);
  }
  const mediaSource = path.join(from, MEDIA_FOLDER);
  if (manifest.media.storage === 'local' && manifest.media.sha256 && (await mediaTreeHash(mediaSource)) !== manifest.media.sha256) {
    throw new UsageError(`${mediaSource} does not match its manifest (a media file is missing, extra or damaged). Nothing was restored.`);
  }

  const database = await targetDatabase((line) => console.log(line));
  try {
    const major = await serverMajor(database.url);
    // Before anything is touched: pg_restore must exist for a custom-format dump.
    const pgRestore = manifest.format === 'custom' ? pickTool('pg_restore', Math.max(major, manifest.serverMajor)) : null;
    const existing = await articleCount(database.url);
    if (existing > 0 && args.yes !== true) {
      throw new UsageError(`${describeTarget(database)} holds ${existing} articles; restoring replaces all of its content with the backup of ${manifest.createdAt}. Run again with --yes to do so.`);
    }
    if (manifest.format === 'copy') {
      console.log(`Restoring the backup of ${manifest.createdAt} (COPY snapshot, ${manifest.snapshot.tables.length} tables) into ${describeTarget(database)}...`);
      await restoreSnapshot(database.url, from, manifest.snapshot);
    } else {
      console.log(`Restoring the backup of ${manifest.createdAt} into ${describeTarget(database)} with ${pgRestore!.path}...`);
      const { dbname, env } = connectionFor(database.url);
      // --clean --if-exists drops what the backup holds before recreating it; --single-transaction
      // makes the whole restore one transaction, so a failure leaves the database as it was.
      await runTool(
        pgRestore!.path,
        ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', '--no-password', `--dbname=${dbname}`, path.join(from, DUMP_FILE)],
        env,
      );
    }

    const counts = await tableCounts(database.url);
    const differing = Object.entries(manifest.counts).filter(([table, n]) => counts[table] !== n);
    if (differing.length > 0) {
      throw new UsageError(`The restored database does not match the backup: ${differing.map(([t, n]) => `${t} ${counts[t]} instead of ${n}`).join(', ')}.`);
    }

    const mediaDir = localMediaDir();
    if (manifest.media.storage === 'local') {
      const source = mediaSource;
      if (!mediaDir) {
        console.log(`The backup holds ${manifest.media.files} local media files, but MEDIA_STORAGE=s3: upload ${source} to the bucket yourself.`);
      } else if (existsSync(source)) {
        await cp(source, mediaDir, { recursive: true, force: true });
        console.log(`  ${manifest.media.files} media files copied to ${path.relative(process.cwd(), mediaDir) || mediaDir}`);
      }
    } else {
      console.log(`  ${mediaNote()}`);
    }
    console.log(`Restored: ${counts.articles} articles, ${counts.revisions} revisions, ${counts.workflow_events} workflow events, ${counts.audit_log} audit rows, ${counts.media} media items.`);
  } finally {
    await database.release();
  }
});
