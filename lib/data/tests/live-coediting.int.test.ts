// Live co-editing's two data-layer rules outside the websocket: the site setting (administrators
// only, audited) and the editor's save of the fields beside a live body, which checkpoints of the
// body made meanwhile do not turn into a conflict while any other change does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { saveArticle } from '../articles/save-article';
import { DataError } from '../errors';
import { updateLiveCoediting } from '../site/admin';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
const run = crypto.randomUUID().slice(0, 8);
let admin: Viewer & { kind: 'user' };
let writer: Viewer & { kind: 'user' };
let sectionId = '';
let before: boolean | undefined;

beforeAll(async () => {
  [{ on: before } = { on: undefined }] = await db.select({ on: s.siteSettings.liveCoediting }).from(s.siteSettings).limit(1);
  const [a] = await db.insert(s.users).values({ email: `cung-soan-admin-${run}@test.vn`, name: 'Quản trị cùng soạn', roles: ['admin'] }).returning();
  const [w] = await db.insert(s.users).values({ email: `cung-soan-pv-${run}@test.vn`, name: 'Phóng viên cùng soạn', roles: ['reporter'] }).returning();
  admin = { kind: 'user', id: a!.id, roles: ['admin'] };
  writer = { kind: 'user', id: w!.id, roles: ['reporter'] };
  const [section] = await db.insert(s.sections).values({ slug: `cung-soan-${run}`, name: `Cùng soạn ${run}` }).returning();
  sectionId = section!.id;
});

afterAll(async () => {
  if (before !== undefined) await db.update(s.siteSettings).set({ liveCoediting: before });
  await pool.end();
});

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof DataError ? e.code : `unexpected: ${String(e)}`));
const doc = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const bodyText = (b: unknown) => JSON.stringify(b).match(/"text":"([^"]*)"/)?.[1];

describe('live co-editing outside the websocket', () => {
  it('only an administrator turns it on or off, and each change is audited', async () => {
    expect(await refusal(updateLiveCoediting(writer, true))).toBe('forbidden');
    await updateLiveCoediting(admin, true);
    expect((await db.select({ on: s.siteSettings.liveCoediting }).from(s.siteSettings))[0]?.on).toBe(true);
    await updateLiveCoediting(admin, false);
    const [audit] = await db.select().from(s.auditLog).where(and(eq(s.auditLog.actorId, admin.id), eq(s.auditLog.action, 'settings.live_coediting'))).orderBy(desc(s.auditLog.createdAt)).limit(1);
    expect(audit?.data).toEqual({ liveCoediting: { from: true, to: false } });
  });

  it('is turned on by migration 0046 where no administrator ever chose, and left as chosen where one did', async () => {
    const migration = readFileSync(path.join(process.cwd(), 'db/migrations/0046_live_coediting_on.sql'), 'utf8');
    const update = migration.split('--> statement-breakpoint')[1]!;
    const client = await pool.connect();
    const onAfter = async (chosenBefore: boolean) => {
      // Temporary copies of the two tables stand in for them in this session (pg_temp is searched
      // first), so the shared settings row and the append-only audit log are not touched.
      await client.query('drop table if exists pg_temp.site_settings, pg_temp.audit_log');
      await client.query('create temp table site_settings (like public.site_settings including defaults)');
      await client.query('create temp table audit_log (like public.audit_log including defaults)');
      await client.query(`insert into site_settings (id, agency_name, site_title, live_coediting) values (1, 'Cơ quan', 'Cổng', false)`);
      await client.query(`insert into audit_log (action, target_type, target_id, data) values ('settings.site_updated', 'site_settings', '1', '{}')`);
      if (chosenBefore) await client.query(`insert into audit_log (action, target_type, target_id, data) values ('settings.live_coediting', 'site_settings', '1', '{}')`);
      await client.query(update);
      return (await client.query('select live_coediting from site_settings where id = 1')).rows[0].live_coediting as boolean;
    };
    try {
      expect(await onAfter(false)).toBe(true);
      expect(await onAfter(true)).toBe(false);
    } finally {
      await client.query('drop table if exists pg_temp.site_settings, pg_temp.audit_log').catch(() => {});
      client.release();
    }
    const [column] = (await db.execute<{ d: string }>(sql`select column_default as d from information_schema.columns where table_name = 'site_settings' and column_name = 'live_coediting'`)).rows;
    expect(column?.d).toBe('true');
  });

  it('a save of the fields beside a live body keeps the checkpointed body and is not refused for checkpoints made since; any other change since is a conflict', async () => {
    const ref = await createArticle(writer, { title: `Bài ${run}`, sapo: 'Sapo.', sectionId, body: doc('Bản đầu.') });
    const base = ref.version;
    // The collaboration server's checkpoint: the body only (the same save it uses).
    const checkpoint = await saveArticle(writer, ref.id, { title: `Bài ${run}`, sapo: 'Sapo.', body: doc('Bản gõ cùng nhau.'), baseVersion: base }, { origin: 'autosave' });
    expect(checkpoint.changedFields).toEqual(['body']);
    // The editor's autosave of the title, based on the version before the checkpoint, with its stale body.
    const stale = { title: `Bài ${run} đã sửa tên`, sapo: 'Sapo.', body: doc('Bản đầu.'), baseVersion: base };
    expect(await refusal(saveArticle(writer, ref.id, stale, { origin: 'autosave' }))).toBe('conflict');
    const saved = await saveArticle(writer, ref.id, stale, { origin: 'autosave', bodyFromLiveDocument: true });
    expect(saved.changedFields).toEqual(['title']);
    const [row] = await db.select({ title: s.revisions.title, body: s.revisions.body }).from(s.revisions).where(eq(s.revisions.id, saved.revisionId));
    expect(row?.title).toBe(`Bài ${run} đã sửa tên`);
    expect(bodyText(row?.body)).toBe('Bản gõ cùng nhau.');
    // That title save is not a body checkpoint: a save still based on `base` is now a conflict.
    expect(await refusal(saveArticle(writer, ref.id, { ...stale, sapo: 'Sapo khác.' }, { origin: 'autosave', bodyFromLiveDocument: true }))).toBe('conflict');
  });
});
