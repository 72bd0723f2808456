// npm run db:backup, wipe the database and the media folder, npm run db:restore: every table
// (stories, revisions, sign-offs, audit trail, media and their references, the job queue) and every
// media file comes back identical. Runs the real commands, as an operator would.
// Then the path a fresh machine takes: the same content moved into an embedded PostgreSQL 18 (whose
// npm package has no pg_dump, and this machine's pg_dump is older), backed up there with COPY
// (scripts/lib/snapshot.ts), refused on bad input with one line and nothing changed, wiped,
// restored, identical again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { withDatabase } from '../../db/database-url';
import { startEmbeddedPostgres } from '../../db/embedded';
import { dropDatabase, ensureDatabase } from '../../db/setup';
import { usableTool } from '../lib/pg-tools';
import type { FaultContext } from './context';
import { Api, check, stopInstance } from './harness';
import { bringToApproval, createArticle, doc, transition } from './world';

/** md5 of every row of every table in the portal's schemas, the row counts, and the sequences. */
async function fingerprint(url: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `select table_schema as schema, table_name as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle', 'pgboss') order by 1, 2`,
    );
    const out = new Map<string, string>();
    for (const t of tables) {
      const q = `"${t.schema}"."${t.name}"`;
      const { rows } = await client.query(`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\\n' order by x::text), '')) as h from ${q} x`);
      out.set(`${t.schema}.${t.name}`, `${rows[0].n}:${rows[0].h}`);
    }
    // Sequences too: a restore that left them behind would hand out ids that already exist.
    const { rows: sequences } = await client.query<{ name: string; last: string | null }>(
      `select schemaname || '.' || sequencename as name, last_value::text as last from pg_sequences where schemaname in ('public', 'drizzle', 'pgboss')`,
    );
    for (const s of sequences) out.set(`sequence ${s.name}`, s.last ?? 'unused');
    return out;
  } finally {
    await client.end();
  }
}

function mediaFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

function npmScript(script: string, args: string[], env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', `${script}.ts`), ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export async function backupWipeRestore(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  const { a, b } = ctx.instances;
  const url = ctx.world.databaseUrl;

  // Media with references: a photo, its alt text, a published story that uses it as its cover.
  const editor = new Api(a.url, ctx.world.editor.token);
  const photo = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 180, g: 40, b: 40 } } }).jpeg().toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'hoi-nghi.jpg');
  const upload = await fetch(`${a.url}/api/v1/media`, { method: 'POST', headers: { Authorization: `Bearer ${ctx.world.editor.token}` }, body: form, signal: AbortSignal.timeout(30_000) });
  const uploadText = await upload.text();
  check(upload.status === 201 || upload.status === 200, `media upload: HTTP ${upload.status} ${uploadText.slice(0, 300)}`);
  const media = JSON.parse(uploadText) as { id: string };
  const alt = await editor.request('PATCH', `/api/v1/media/${media.id}`, { alt: 'Quang cảnh hội nghị', caption: 'Hội nghị tổng kết' });
  check(alt.status === 200, `media alt text: HTTP ${alt.status} ${alt.text.slice(0, 200)}`);
  const story = await createArticle(ctx.world, a.url, `Bài có ảnh ${Date.now()}`, { coverMediaId: media.id, body: doc('Bài có ảnh bìa.') });
  await bringToApproval(ctx.world, b.url, story.id, true);
  check((await transition(ctx.world.editor, a.url, story.id, 'publish')).status === 200, 'publishing the story with a photo failed');
  // An audit row (media.deleted) for the audit trail to be compared: a second photo, uploaded and deleted.
  const spare = new FormData();
  spare.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'anh-thua.jpg');
  const spareUpload = await fetch(`${a.url}/api/v1/media`, { method: 'POST', headers: { Authorization: `Bearer ${ctx.world.editor.token}` }, body: spare, signal: AbortSignal.timeout(30_000) });
  const spareText = await spareUpload.text();
  check(spareUpload.status === 201 || spareUpload.status === 200, `second media upload: HTTP ${spareUpload.status} ${spareText.slice(0, 300)}`);
  const removed = await editor.request('DELETE', `/api/v1/media/${(JSON.parse(spareText) as { id: string }).id}`);
  check(removed.status === 200, `deleting the second photo: HTTP ${removed.status} ${removed.text.slice(0, 200)}`);

  // Quiet database: stop both instances (their job workers write to the queue tables).
  await stopInstance(a);
  await stopInstance(b);
  const before = await fingerprint(url);
  const mediaBefore = mediaFiles(ctx.mediaDir);
  for (const table of ['public.articles', 'public.revisions', 'public.workflow_events', 'public.approvals', 'public.audit_log', 'public.media', 'public.revision_media']) {
    check(Number(before.get(table)?.split(':')[0]) > 0, `${table} is empty: the backup would prove nothing`);
  }
  check(mediaBefore.size > 0, 'no media files to back up');

  const env = { ...process.env, DATABASE_URL: url, MEDIA_DIR: ctx.mediaDir, MEDIA_STORAGE: 'local' };
  const out = path.join(ctx.runDir, 'backup');
  const backup = npmScript('db-backup', ['--out', out], env);
  check(backup.status === 0, `npm run db:backup failed:\n${backup.output}`);
  note(`db:backup: ${backup.output.trim().split('\n').filter((l) => /^(Backing up|Backup written)/.test(l)).join(' / ')}`);

  const refused = npmScript('db-restore', ['--from', out], env);
  check(refused.status === 1 && /--yes/.test(refused.output), `db:restore over a database with articles and without --yes should refuse; it exited ${refused.status}: ${refused.output.slice(0, 300)}`);

  // Wipe: an empty database of the same name, an empty media folder.
  const name = new URL(url).pathname.slice(1);
  const admin = withDatabase(url, 'postgres');
  await dropDatabase(admin, name);
  await ensureDatabase(admin, name);
  rmSync(ctx.mediaDir, { recursive: true, force: true });
  check((await fingerprint(url)).size === 0, 'the wiped database still has tables');

  const restore = npmScript('db-restore', ['--from', out], env);
  check(restore.status === 0, `npm run db:restore failed:\n${restore.output}`);
  note(`db:restore: ${restore.output.trim().split('\n').slice(-1)[0]}`);

  const after = await fingerprint(url);
  const differing = [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t));
  check(differing.length === 0, `tables differ after restore: ${differing.map((t) => `${t} ${before.get(t)} -> ${after.get(t)}`).join(', ')}`);
  const mediaAfter = mediaFiles(ctx.mediaDir);
  const missing = [...mediaBefore].filter(([file, hash]) => mediaAfter.get(file) !== hash);
  check(missing.length === 0 && mediaAfter.size === mediaBefore.size, `media files differ after restore: ${missing.map(([f]) => f).join(', ')}`);
  await freshMachine(ctx, env, before, mediaBefore, note);
  note(`${before.size} tables and sequences identical row for row (${before.get('public.articles')!.split(':')[0]} articles, ${before.get('public.revisions')!.split(':')[0]} revisions, ${before.get('public.workflow_events')!.split(':')[0]} workflow events, ${before.get('public.audit_log')!.split(':')[0]} audit rows, ${before.get('public.revision_media')!.split(':')[0]} media references); ${mediaBefore.size} media files identical`);
}

function expectOneLineRefusal(result: { status: number | null; output: string }, pattern: RegExp, what: string): void {
  const lines = result.output.trim().split('\n').filter((l) => l.trim() && !/^Restoring /.test(l));
  check(result.status === 1 && lines.length === 1 && pattern.test(lines[0]!), `${what}: expected one line matching ${pattern}, exit 1; got exit ${result.status}:\n${result.output.slice(0, 800)}`);
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((t) => a.get(t) !== b.get(t)).map((t) => `${t} ${a.get(t)} -> ${b.get(t)}`);
}

/** The content of `before` in an embedded PostgreSQL 18 with no pg_dump 18: backup, bad input, wipe, restore. */
async function freshMachine(ctx: FaultContext, env: NodeJS.ProcessEnv, before: Map<string, string>, mediaBefore: Map<string, string>, note: (line: string) => void): Promise<void> {
  // A backup the PostgreSQL 18 server can take in: COPY (the custom format needs a pg_restore 18).
  const moved = path.join(ctx.runDir, 'backup-copy');
  const copyBackup = npmScript('db-backup', ['--out', moved, '--method=copy'], env);
  check(copyBackup.status === 0 && /with COPY/.test(copyBackup.output), `db:backup --method=copy failed:\n${copyBackup.output}`);

  const server = await startEmbeddedPostgres({ dataDir: path.join(ctx.runDir, 'postgres-18'), log: () => {} });
  try {
    const name = 'portal';
    await ensureDatabase(server.adminUrl, name);
    const url = withDatabase(server.adminUrl, name);
    const mediaDir = path.join(ctx.runDir, 'media-18');
    const env18 = { ...env, DATABASE_URL: url, MEDIA_DIR: mediaDir };
    const major = Math.floor((await serverVersionNum(url)) / 10_000);
    check(major >= 18, `the embedded server is PostgreSQL ${major}, expected 18 or newer`);

    const moveIn = npmScript('db-restore', ['--from', moved], env18);
    check(moveIn.status === 0, `restoring the COPY backup into the embedded PostgreSQL 18 failed:\n${moveIn.output}`);
    const in18 = await fingerprint(url);
    let diff = differences(before, in18);
    check(diff.length === 0, `tables differ after moving into PostgreSQL 18: ${diff.join(', ')}`);

    // The fresh machine's backup: no option, the script must choose COPY by itself.
    const hasPgDump18 = usableTool('pg_dump', 18);
    const out = path.join(ctx.runDir, 'backup-18');
    const backup = npmScript('db-backup', ['--out', out, ...(hasPgDump18 ? ['--method=copy'] : [])], env18);
    check(backup.status === 0, `db:backup on the embedded PostgreSQL 18 failed:\n${backup.output}`);
    check(hasPgDump18 !== null || /with COPY: no pg_dump 18/.test(backup.output), `db:backup on PostgreSQL 18 without pg_dump 18 should say it uses COPY:\n${backup.output}`);
    note(`PostgreSQL 18: ${backup.output.trim().split('\n')[0]}${hasPgDump18 ? ` (this machine has ${hasPgDump18.path}; COPY forced)` : ''}`);

    // Bad input: one line, exit 1, the database untouched.
    expectOneLineRefusal(npmScript('db-restore', ['--from', path.join(ctx.runDir, 'no-such-backup')], env18), /is not a backup made by npm run db:backup/, 'a missing folder');
    const damaged = path.join(ctx.runDir, 'backup-18-damaged');
    cpSync(out, damaged, { recursive: true });
    const victim = path.join(damaged, 'data', 'public.revisions.copy.gz');
    const bytes = readFileSync(victim);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(victim, bytes);
    expectOneLineRefusal(npmScript('db-restore', ['--from', damaged, '--yes'], env18), /does not match its manifest/, 'a damaged archive');
    expectOneLineRefusal(npmScript('db-restore', ['--from', out], env18), /holds \d+ articles.*--yes/, 'a database that holds articles, without --yes');
    diff = differences(in18, await fingerprint(url));
    check(diff.length === 0, `a refused restore changed the database: ${diff.join(', ')}`);

    // Wipe and restore, as on a fresh machine after losing the disk.
    await dropDatabase(server.adminUrl, name);
    await ensureDatabase(server.adminUrl, name);
    rmSync(mediaDir, { recursive: true, force: true });
    const restore = npmScript('db-restore', ['--from', out], env18);
    check(restore.status === 0 && /COPY snapshot/.test(restore.output), `db:restore on the embedded PostgreSQL 18 failed:\n${restore.output}`);
    diff = differences(before, await fingerprint(url));
    check(diff.length === 0, `tables differ after the PostgreSQL 18 backup and restore: ${diff.join(', ')}`);
    const mediaAfter = mediaFiles(mediaDir);
    const missing = [...mediaBefore].filter(([file, hash]) => mediaAfter.get(file) !== hash);
    check(missing.length === 0 && mediaAfter.size === mediaBefore.size, `media files differ after the PostgreSQL 18 restore: ${missing.map(([f]) => f).join(', ')}`);
    note(`PostgreSQL 18 (COPY): ${before.size} tables and sequences and ${mediaBefore.size} media files identical after backup, wipe, restore; a missing folder, a damaged archive and a database with articles were refused with one line`);
  } finally {
    await server.stop();
  }
}

async function serverVersionNum(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]!.v);
  } finally {
    await client.end();
  }
}
