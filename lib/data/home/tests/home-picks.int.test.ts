import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { toVietnamInput } from '@/lib/time/local-input';
import { DataError } from '../../errors';
import { publicHomePage } from '../../public/articles';
import { createStory, unpublishStory, uniqueWord } from '../../tests/public-fixtures';
import { expireHomePicks, homePicksForEditor, saveHomePicks, searchPickable } from '../home-picks';

// The picks are one set for the whole site: this file owns them while it runs, and leaves none.
const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(async () => {
  await db.delete(s.homePicks);
  await pool.end();
});

const run = crypto.randomUUID().slice(0, 8);
type V = Viewer & { kind: 'user' };
const v = {} as Record<'editor' | 'reporter' | 'leader', V>;
async function user(key: keyof typeof v, roles: Role[]) {
  const [row] = await db.insert(s.users).values({ email: `hp-${key}-${run}@test.vn`, name: `${key} ${run}`, roles }).returning();
  v[key] = { kind: 'user', id: row!.id, roles };
}
beforeAll(async () => {
  await Promise.all([user('editor', ['editor']), user('reporter', ['reporter']), user('leader', ['leader'])]);
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}
const older = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('home page picks', () => {
  it('puts the picked lead and highlights first, in order, skipping expired and withdrawn picks, else the newest', async () => {
    const w = uniqueWord();
    const lead = await createStory(db, { title: `Bài chính ${w}`, publishedAt: older(400) });
    const second = await createStory(db, { title: `Nổi bật một ${w}`, publishedAt: older(500) });
    const third = await createStory(db, { title: `Nổi bật hai ${w}`, publishedAt: older(600) });
    const draft = await createStory(db, { title: `Bản nháp ${w}`, status: 'draft' });
    // Newer stories than the picks: what fills the highlights when the picks run short.
    const fillers = await Promise.all(Array.from({ length: 4 }, (_, i) => createStory(db, { title: `Tin mới ${i} ${w}`, publishedAt: older(1 + i / 10) })));

    await saveHomePicks(v.editor, { picks: [{ articleId: lead.id }, { articleId: third.id, expiresAt: '' }, { articleId: second.id, expiresAt: toVietnamInput(new Date(Date.now() + 3_600_000)) }] });
    let home = await publicHomePage();
    expect(home.lead?.id).toBe(lead.id);
    expect(home.highlights.slice(0, 2).map((a) => a.id)).toEqual([third.id, second.id]);
    expect(home.highlights.length).toBeGreaterThanOrEqual(2);
    expect((await homePicksForEditor(v.editor)).map((p) => [p.title, p.visible])).toEqual([
      [`Bài chính ${w}`, true],
      [`Nổi bật hai ${w}`, true],
      [`Nổi bật một ${w}`, true],
    ]);

    // Past its expiry a pick no longer shows (the page is asked at a later time).
    home = await publicHomePage(new Date(Date.now() + 2 * 3_600_000));
    expect(home.highlights.map((a) => a.id)).not.toContain(second.id);
    expect(home.lead?.id).toBe(lead.id);
    // The minute sweep marks it once and refreshes the home page.
    await db.update(s.homePicks).set({ expiresAt: older(0.001) }).where(eq(s.homePicks.articleId, second.id));
    expect(await expireHomePicks()).toBe(1);
    expect(await expireHomePicks()).toBe(0);

    // A withdrawn lead gives way to the next pick.
    await unpublishStory(db, lead.id);
    home = await publicHomePage();
    expect(home.lead?.id).toBe(third.id);
    expect((await homePicksForEditor(v.editor))[0]!.visible).toBe(false);

    for (const f of fillers) await unpublishStory(db, f.id);
    // Only stories readers can see may be picked.
    expect((await refusal(saveHomePicks(v.editor, { picks: [{ articleId: draft.id }] }))).userMessage).toMatch(/chưa đăng hoặc đã gỡ/);
  });

  it('falls back to the newest story when nothing is picked', async () => {
    await saveHomePicks(v.editor, { picks: [] });
    const newest = await createStory(db, { title: `Mới nhất ${uniqueWord()}`, publishedAt: new Date(Date.now() + 60_000) });
    try {
      expect((await publicHomePage()).lead?.id).toBe(newest.id);
    } finally {
      await unpublishStory(db, newest.id);
    }
  });

  it('an expired pick shows as not visible, and saving the list it is still in drops it instead of failing', async () => {
    const w = uniqueWord();
    const [kept, ran] = await Promise.all([createStory(db, { title: `Còn hạn ${w}`, publishedAt: older(800) }), createStory(db, { title: `Hết hạn ${w}`, publishedAt: older(801) })]);
    const soon = new Date(Date.now() + 3_600_000);
    await saveHomePicks(v.editor, { picks: [{ articleId: kept.id }, { articleId: ran.id, expiresAt: toVietnamInput(soon) }] });
    // Its time runs out while the editor's page is open (minute precision, as the form shows it).
    const past = new Date(Math.floor((Date.now() - 120_000) / 60_000) * 60_000);
    await db.update(s.homePicks).set({ expiresAt: past }).where(eq(s.homePicks.articleId, ran.id));
    const shown = await homePicksForEditor(v.editor);
    expect(shown.map((p) => [p.articleId, p.visible])).toEqual([
      [kept.id, true],
      [ran.id, false],
    ]);
    // The form sends back what it showed: the expired pick is dropped, the rest saved.
    const form = shown.map((p) => ({ articleId: p.articleId, expiresAt: p.expiresAt ? toVietnamInput(p.expiresAt) : '' }));
    expect(await saveHomePicks(v.editor, { picks: form })).toEqual({ count: 1, articleIds: [kept.id], dropped: [] });
    expect((await db.select().from(s.homePicks)).map((p) => p.articleId)).toEqual([kept.id]);
    // A past time the editor sets now is still refused.
    expect((await refusal(saveHomePicks(v.editor, { picks: [{ articleId: kept.id }, { articleId: ran.id, expiresAt: toVietnamInput(past) }] }))).userMessage).toMatch(/Hạn hiển thị đã qua/);
  });

  it('a picked story withdrawn later is dropped on save with a notice naming it, the rest saved; never shown to readers', async () => {
    const w = uniqueWord();
    const [kept, gone, fresh] = await Promise.all([
      createStory(db, { title: `Vẫn đăng ${w}`, publishedAt: older(1000) }),
      createStory(db, { title: `Đã gỡ ${w}`, publishedAt: older(1001) }),
      createStory(db, { title: `Mới chọn ${w}`, publishedAt: older(1002) }),
    ]);
    await saveHomePicks(v.editor, { picks: [{ articleId: gone.id }, { articleId: kept.id }] });
    expect((await publicHomePage()).lead?.id).toBe(gone.id);
    await unpublishStory(db, gone.id);
    // Readers no longer get it, before any save.
    const home = await publicHomePage();
    expect(home.lead?.id).toBe(kept.id);
    expect(home.highlights.map((a) => a.id)).not.toContain(gone.id);
    // The editor's form still lists it (marked not visible) and sends it back with a new pick.
    const shown = await homePicksForEditor(v.editor);
    expect(shown.map((p) => [p.articleId, p.visible])).toEqual([
      [gone.id, false],
      [kept.id, true],
    ]);
    const result = await saveHomePicks(v.editor, { picks: [...shown.map((p) => ({ articleId: p.articleId })), { articleId: fresh.id }] });
    expect(result).toEqual({ count: 2, articleIds: [kept.id, fresh.id], dropped: [`Đã gỡ ${w}`] });
    expect((await db.select().from(s.homePicks).orderBy(s.homePicks.position)).map((p) => p.articleId)).toEqual([kept.id, fresh.id]);
    // A withdrawn story that was not on the list cannot be picked anew; nor can a draft.
    const other = await createStory(db, { title: `Gỡ trước ${w}`, publishedAt: older(1003) });
    await unpublishStory(db, other.id);
    expect((await refusal(saveHomePicks(v.editor, { picks: [{ articleId: kept.id }, { articleId: other.id }] }))).userMessage).toMatch(/chưa đăng hoặc đã gỡ/);
    expect((await db.select().from(s.homePicks)).map((p) => p.articleId)).toEqual([kept.id, fresh.id]);
  });

  it('two editors saving at once: each save is whole, none fails with a raw database error', async () => {
    const w = uniqueWord();
    const stories = await Promise.all(Array.from({ length: 6 }, (_, i) => createStory(db, { title: `Đồng thời ${i} ${w}`, publishedAt: older(900 + i) })));
    const lists = [stories.slice(0, 3), stories.slice(3, 6), stories.slice(1, 5), [stories[5]!, stories[0]!]];
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled(lists.map((list) => saveHomePicks(v.editor, { picks: list.map((x) => ({ articleId: x.id })) })));
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataError);
      const saved = (await db.select().from(s.homePicks).orderBy(s.homePicks.position)).map((p) => p.articleId);
      expect(lists.map((list) => list.map((x) => x.id))).toContainEqual(saved);
    }
  });

  it('is for editors only, bounded, and says what to fix', async () => {
    const w = uniqueWord();
    const stories = await Promise.all(Array.from({ length: 8 }, (_, i) => createStory(db, { title: `Tin ${i} ${w}`, publishedAt: older(700 + i) })));
    expect((await refusal(saveHomePicks(v.reporter, { picks: [] }))).code).toBe('forbidden');
    expect((await refusal(saveHomePicks(v.leader, { picks: [] }))).code).toBe('forbidden');
    expect((await refusal(searchPickable(v.reporter, w))).code).toBe('forbidden');
    expect((await refusal(saveHomePicks(v.editor, { picks: stories.map((x) => ({ articleId: x.id })) }))).userMessage).toMatch(/tối đa 6 bài nổi bật/);
    expect((await refusal(saveHomePicks(v.editor, { picks: [{ articleId: stories[0]!.id }, { articleId: stories[0]!.id }] }))).userMessage).toMatch(/chọn hai lần/);
    expect((await refusal(saveHomePicks(v.editor, { picks: [{ articleId: stories[0]!.id, expiresAt: toVietnamInput(older(1)) }] }))).userMessage).toMatch(/Hạn hiển thị đã qua/);
    expect((await refusal(saveHomePicks(v.editor, { picks: [{ articleId: stories[0]!.id, expiresAt: 'mai' }] }))).userMessage).toMatch(/Hạn hiển thị không hợp lệ/);
    expect((await refusal(saveHomePicks(v.editor, { picks: [], extra: 1 }))).code).toBe('invalid');
    expect((await refusal(searchPickable(v.editor, 'x'.repeat(201)))).code).toBe('invalid');

    // Title search ignores diacritics and finds only published stories.
    const found = await searchPickable(v.editor, `tin 3 ${w}`);
    expect(found.map((f) => f.id)).toEqual([stories[3]!.id]);
    // LIKE wildcards typed by the editor are plain characters.
    expect(await searchPickable(v.editor, `tin_3 ${w}`)).toEqual([]);
  });
});
