// Reading counts against a real PostgreSQL: once per reader, story and day; daily aggregates; the
// 24-hour and 7-day lists; only stories readers can see; a bounded buffer. Days are years ahead, in a
// stretch of their own, so that nothing else in the database falls into the windows looked at.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { addDays } from '@/lib/time/local-input';
import * as s from '@/db/schema';
import { createStory } from '../../tests/public-fixtures';
import { mostReadCards } from '../../public/most-read';
import { flushViews } from '../flush-views';
import { mostReadRanking } from '../most-read';
import { flushPendingViews, recordView, viewBufferStats } from '../record-view';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });

const saved = { ...process.env };
beforeAll(() => {
  // Flushed by the test itself, never by the timer in the middle of a step.
  process.env.VIEW_FLUSH_MS = '60000';
});
afterAll(async () => {
  await flushPendingViews();
  process.env = saved;
  await pool.end();
});

const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
/** A month of its own for each run, years ahead: another run on the same database never falls into its windows. */
const BASE = addDays('2031-01-01', 40 * Math.floor(Math.random() * 2000));
const dayText = (day: number) => addDays(BASE, day);
/** Noon in Vietnam on that day. */
const noon = (day: number) => new Date(`${dayText(day)}T05:00:00Z`);

async function views(articleId: string, day: number): Promise<number | null> {
  const [row] = await db
    .select({ views: s.articleViewsDaily.views })
    .from(s.articleViewsDaily)
    .where(and(eq(s.articleViewsDaily.articleId, articleId), eq(s.articleViewsDaily.day, dayText(day))));
  return row?.views ?? null;
}

async function read(articleId: string, ip: string, day: number, userAgent = UA) {
  await recordView({ articleId, ip, userAgent }, noon(day));
}

describe('one count per reader, story and day', () => {
  it('counts a reader once a day however often they open the story, and a second reader again', async () => {
    const story = await createStory(db, { title: 'Tin đọc nhiều 1' });
    await read(story.id, '203.0.113.1', 1);
    await read(story.id, '203.0.113.1', 1);
    expect(viewBufferStats().pending).toBe(1);
    expect(await flushPendingViews()).toBe(1);
    expect(await views(story.id, 1)).toBe(1);

    // Reopened after the batch was written (the same instance or another): still one.
    await read(story.id, '203.0.113.1', 1);
    expect(await flushPendingViews()).toBe(0);
    expect(await views(story.id, 1)).toBe(1);

    // Another reader: another address, or the same address with another browser.
    await read(story.id, '203.0.113.2', 1);
    await read(story.id, '203.0.113.1', 1, `${UA} Edg/131.0`);
    expect(await flushPendingViews()).toBe(2);
    expect(await views(story.id, 1)).toBe(3);
  });

  it('counts the same reader again on a new day, and forgets the old day\'s reader keys and salt', async () => {
    const story = await createStory(db, { title: 'Tin đọc nhiều 2' });
    await read(story.id, '203.0.113.9', 2);
    await flushPendingViews();
    const [{ n: keysDay2 }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from article_view_readers where day = ${dayText(2)}`)).rows as [{ n: number }];
    expect(keysDay2).toBeGreaterThan(0);
    const [key2] = await db.select().from(s.articleViewReaders).where(eq(s.articleViewReaders.day, dayText(2))).limit(1);

    await read(story.id, '203.0.113.9', 3);
    await flushPendingViews();
    expect(await views(story.id, 2)).toBe(1);
    expect(await views(story.id, 3)).toBe(1);
    // Nothing of day 2 is left that could link its reader to day 3: neither keys nor the salt.
    expect(await db.select().from(s.articleViewReaders).where(eq(s.articleViewReaders.day, dayText(2)))).toEqual([]);
    expect(await db.select().from(s.viewSalts).where(eq(s.viewSalts.day, dayText(2)))).toEqual([]);
    const day3 = await db.select().from(s.articleViewReaders).where(eq(s.articleViewReaders.day, dayText(3)));
    expect(day3.map((r) => r.reader)).not.toContain(key2!.reader);
    // Only the one-way key is stored: no address, no browser.
    for (const row of day3) expect(`${row.reader}`).not.toMatch(/203\.0\.113|Mozilla/);
  });

  it('never counts a story readers cannot see, nor one that does not exist', async () => {
    const draft = await createStory(db, { title: 'Bản nháp', status: 'draft' });
    const withdrawn = await createStory(db, { title: 'Đã gỡ', status: 'unpublished' });
    const embargoed = await createStory(db, { title: 'Chờ giờ', embargoUntil: new Date(Date.now() + 3_600_000) });
    for (const id of [draft.id, withdrawn.id, embargoed.id, crypto.randomUUID()]) await read(id, '203.0.113.4', 4);
    expect(await flushPendingViews()).toBe(0);
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from article_views_daily where day = ${dayText(4)}`);
    expect(rows.rows[0]!.n).toBe(0);
  });
});

describe('one address cannot inflate a count', () => {
  it('counts at most VIEW_PER_ADDRESS_MAX readers of a story a day from one address, across batches, whatever the browser', async () => {
    const story = await createStory(db, { title: 'Tin bị bơm' });
    const other = await createStory(db, { title: 'Tin khác cùng địa chỉ' });
    process.env.VIEW_PER_ADDRESS_MAX = '3';
    try {
      // One client, a new browser string on every request: a new reader key each time, one address.
      for (let i = 0; i < 6; i++) await read(story.id, '203.0.113.50', 5, `${UA} r${i}`);
      await flushPendingViews();
      expect(await views(story.id, 5)).toBe(3);
      // The next batch (this instance or another) knows the address has had its share of the story today.
      for (let i = 6; i < 9; i++) await read(story.id, '203.0.113.50', 5, `${UA} r${i}`);
      await flushPendingViews();
      expect(await views(story.id, 5)).toBe(3);
      // An IPv6 client picking new addresses inside its /64 is one address.
      for (let i = 1; i < 6; i++) await read(story.id, `2001:db8:5:6::${i}`, 5, `${UA} v${i}`);
      await flushPendingViews();
      expect(await views(story.id, 5)).toBe(6);
      // Another story from the same address, another address, and the next day each have their own share.
      await read(other.id, '203.0.113.50', 5);
      await read(story.id, '203.0.113.51', 5);
      await read(story.id, '203.0.113.50', 6);
      await flushPendingViews();
      expect(await views(other.id, 5)).toBe(1);
      expect(await views(story.id, 5)).toBe(7);
      expect(await views(story.id, 6)).toBe(1);
    } finally {
      delete process.env.VIEW_PER_ADDRESS_MAX;
    }
  });
});

describe('the most-read lists', () => {
  it('ranks by the last 24 hours and the last 7 days, and drops a story once it is taken down', async () => {
    // Day 20 is "today" (noon). a: many reads 5 days ago; b: most today; c: a few today and yesterday.
    const stories = [];
    for (const [i, x] of ['A', 'B', 'C', 'D'].entries()) stories.push(await createStory(db, { title: `Xếp hạng ${x}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)) }));
    const [a, b, c, hidden] = stories;
    const batch = (articleId: string, day: number, n: number) =>
      flushViews(Array.from({ length: n }, (_, i) => ({ day: dayText(day), reader: `${articleId}-${day}-${i}`, source: `${articleId}-${day}-${i}`, articleId })));
    await batch(a!.id, 15, 10);
    await batch(b!.id, 20, 4);
    await batch(c!.id, 20, 2);
    await batch(c!.id, 19, 4); // at noon, half of yesterday is inside the last 24 hours: 2 + 4/2 = 4, tie with b
    await batch(hidden!.id, 12, 50); // 8 days before: outside both windows
    expect(await views(a!.id, 15)).toBe(10);

    const ranking = await mostReadRanking(5, noon(20));
    // A tie goes to the newer story (c was published after b).
    expect(ranking.day).toEqual([c!.id, b!.id]);
    expect(ranking.week).toEqual([a!.id, c!.id, b!.id]);

    // The same at 18:00: only a quarter of yesterday still counts (2 + 1 = 3 < 4).
    expect((await mostReadRanking(5, new Date(`${dayText(20)}T11:00:00Z`))).day).toEqual([b!.id, c!.id]);

    // Taken down: out of the ranking, and out of cards built from an older ranking.
    await db.update(s.articles).set({ status: 'unpublished', liveRevisionId: null }).where(eq(s.articles.id, c!.id));
    const after = await mostReadRanking(5, noon(20));
    expect(after.day).toEqual([b!.id]);
    expect(after.week).toEqual([a!.id, b!.id]);
    const cards = await mostReadCards(ranking);
    expect(cards.day.map((x) => x.title)).toEqual(['Xếp hạng B']);
    expect(cards.week.map((x) => x.title)).toEqual(['Xếp hạng A', 'Xếp hạng B']);
  });
});

describe('the buffer', () => {
  it('holds at most VIEW_BUFFER_MAX reads; the rest are dropped and counted as dropped', async () => {
    const story = await createStory(db, { title: 'Tin bị dồn' });
    process.env.VIEW_BUFFER_MAX = '3';
    try {
      const before = viewBufferStats().dropped;
      for (let i = 0; i < 7; i++) await read(story.id, `198.51.100.${i}`, 25);
      expect(viewBufferStats().pending).toBe(3);
      expect(viewBufferStats().dropped - before).toBe(4);
      expect(await flushPendingViews()).toBe(3);
      expect(await views(story.id, 25)).toBe(3);
      expect(viewBufferStats().pending).toBe(0);
    } finally {
      delete process.env.VIEW_BUFFER_MAX;
    }
  });

  it('takes at most VIEW_BUFFER_PER_ADDRESS waiting reads from one address, so one client cannot crowd out the others', async () => {
    const story = await createStory(db, { title: 'Tin chen lấn' });
    process.env.VIEW_BUFFER_PER_ADDRESS = '2';
    try {
      await flushPendingViews();
      const before = viewBufferStats().dropped;
      // Made-up story ids and a new browser string each time, from one address.
      for (let i = 0; i < 6; i++) await read(crypto.randomUUID(), '198.51.100.77', 26, `${UA} x${i}`);
      await read(story.id, '198.51.100.78', 26);
      expect(viewBufferStats().pending).toBe(3);
      expect(viewBufferStats().dropped - before).toBe(4);
      expect(await flushPendingViews()).toBe(1);
      // The next batch has room for the address again.
      await read(story.id, '198.51.100.77', 26);
      expect(viewBufferStats().pending).toBe(1);
      expect(await flushPendingViews()).toBe(1);
    } finally {
      delete process.env.VIEW_BUFFER_PER_ADDRESS;
    }
  });

  it('keeps at most one batch waiting behind the one being written, however many beacons arrive meanwhile', async () => {
    const story = await createStory(db, { title: 'Tin khi cơ sở dữ liệu chậm' });
    await flushPendingViews();
    process.env.VIEW_FLUSH_AT = '1';
    // Another session holds the readers table: the batch being written waits for it (a slow database).
    const holder = await pool.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table article_view_readers in access exclusive mode');
      const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
      for (let i = 0; i < 30; i++) {
        await read(story.id, `192.0.2.${i + 1}`, 27);
        await tick();
      }
      expect(viewBufferStats().flushes).toBeLessThanOrEqual(2);
    } finally {
      await holder.query('rollback');
      holder.release();
      delete process.env.VIEW_FLUSH_AT;
    }
    await flushPendingViews();
    expect(viewBufferStats().flushes).toBe(0);
    expect(await views(story.id, 27)).toBe(30);
  });
});
