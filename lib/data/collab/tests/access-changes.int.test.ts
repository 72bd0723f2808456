// What the collaboration server hears on the 'collab_access' channel (migrations 0040, 0041, 0043),
// against real PostgreSQL: every change that may change who writes is heard, and an ordinary save is
// heard only as new content (a byline rewritten on every autosave would make the server re-check
// everyone editing the story every few seconds).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { createArticle } from '../../articles/create-article';
import { saveArticle } from '../../articles/save-article';
import { createStaff, type StaffViewer } from '../../tests/staff-fixtures';
import { listenForAccessChanges, type AccessChange } from '../access-changes';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
let people: Record<'writer' | 'second', StaffViewer>;
const heard: AccessChange[] = [];
let listener: ReturnType<typeof listenForAccessChanges>;
let settingsBefore: typeof s.siteSettings.$inferSelect | undefined;

const doc = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const about = (id: string) => heard.filter((c) => c.kind !== 'settings' && c.id === id).map((c) => c.kind);
/** A marker change on a story of its own: once heard, everything committed before it was heard too. */
async function flush() {
  const marker = await createArticle(people.writer, { title: `Mốc ${run} ${crypto.randomUUID().slice(0, 6)}`, sapo: 'Sapo.', sectionId, body: doc('Mốc.') });
  await db.update(s.articles).set({ assigneeId: people.second.id }).where(eq(s.articles.id, marker.id));
  await vi.waitFor(() => expect(about(marker.id)).toContain('article'), { timeout: 10_000, interval: 20 });
}

beforeAll(async () => {
  ({ sectionId, viewers: people } = await createStaff(db, { prefix: 'collab-notify', run, sectionName: `Thông báo cùng soạn ${run}` }, { writer: { roles: ['reporter'] }, second: { roles: ['reporter'] } }));
  [settingsBefore] = await db.select().from(s.siteSettings).where(eq(s.siteSettings.id, 1));
  listener = listenForAccessChanges({ onChange: (change) => heard.push(change), onResync: () => {} });
  await listener.ready;
});
afterAll(async () => {
  await listener.stop();
  // The settings row is shared with the other integration files: put back exactly what was there.
  if (settingsBefore) await db.update(s.siteSettings).set(settingsBefore).where(eq(s.siteSettings.id, 1));
  else await db.delete(s.siteSettings).where(eq(s.siteSettings.id, 1));
  await pool.end();
});

describe('collab_access notifications', () => {
  it('a save that keeps the byline is heard as new content only; a byline change is heard as an access change', async () => {
    const ref = await createArticle(people.writer, { title: `Bài ${run}`, sapo: 'Sapo.', sectionId, body: doc('Bản đầu.') });
    await flush();
    heard.length = 0;
    const first = await saveArticle(people.writer, ref.id, { title: `Bài ${run}`, sapo: 'Sapo.', sectionId, body: doc('Bản hai.'), baseVersion: ref.version });
    const second = await saveArticle(people.writer, ref.id, { title: `Bài ${run}`, sapo: 'Sapo.', sectionId, body: doc('Bản ba.'), baseVersion: first.version, authorIds: [people.writer.id] });
    await flush();
    expect(about(ref.id)).toEqual(['content', 'content']);

    await flush();
    heard.length = 0;
    await saveArticle(people.writer, ref.id, { title: `Bài ${run}`, sapo: 'Sapo.', sectionId, body: doc('Bản ba.'), baseVersion: second.version, authorIds: [people.writer.id, people.second.id] });
    await flush();
    expect(about(ref.id)).toContain('article');
  });

  it('turning the live co-editing setting on or off is heard; saving other settings is not', async () => {
    await db.insert(s.siteSettings).values({ id: 1, agencyName: `Cơ quan ${run}`, siteTitle: `Cổng ${run}`, liveCoediting: false }).onConflictDoUpdate({ target: s.siteSettings.id, set: { liveCoediting: false } });
    await flush();
    heard.length = 0;
    await db.update(s.siteSettings).set({ liveCoediting: true }).where(eq(s.siteSettings.id, 1));
    await flush();
    expect(heard.filter((c) => c.kind === 'settings')).toHaveLength(1);

    await flush();
    heard.length = 0;
    await db.update(s.siteSettings).set({ siteTitle: `Cổng mới ${run}` }).where(eq(s.siteSettings.id, 1));
    await flush();
    expect(heard.filter((c) => c.kind === 'settings')).toHaveLength(0);
  });
});
