import { afterAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { connect } from '@/db/connect';
import * as schema from '@/db/schema';
import { isPublic } from '../public/filter';
import { parseSearchRequest } from '@/lib/search/params';
import { searchPublicArticles } from '../public/search';
import { searchMatchStats } from '../search/match-stats';
import { newestSearch, rankedSearch } from '../search/ranked-search';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { rankPlan } from '@/lib/search/rank-plan';
import { createSection, createStory, uniqueWord, unpublishStory } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const search = (params: Record<string, string>) => searchPublicArticles(parseSearchRequest(params));
const titles = async (params: Record<string, string>) => (await search(params)).hits.map((h) => h.title);
const marked = (segments: Array<{ text: string; match: boolean }>) => segments.filter((s) => s.match).map((s) => s.text);

describe('public search, diacritics ignored both ways', () => {
  it('finds "Hội nghị tổng kết" for "hoi nghi tong ket" and the other way round', async () => {
    const w = uniqueWord();
    const accented = await createStory(db, { title: `Hội nghị tổng kết công tác ${w}`, paragraphs: ['Nội dung.'] });
    const plain = await createStory(db, { title: `Hoi nghi tong ket khong dau ${w}` });
    for (const q of [`hoi nghi tong ket ${w}`, `Hội nghị tổng kết ${w}`, `HỘI NGHỊ TỔNG KẾT ${w}`, `Hội nghị tổng kết ${w}`.normalize('NFD')]) {
      expect((await titles({ q })).sort(), q).toEqual([accented.title, plain.title].sort());
    }
  });

  it('finds the same stories for "Đà Nẵng" and "da nang", and highlights the accented text', async () => {
    const w = uniqueWord();
    const a = await createStory(db, { title: `Kinh tế ${w}`, sapo: 'Hội nghị xúc tiến đầu tư tại Đà Nẵng.' });
    const b = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Mở đầu.', 'Thành phố Đà Nẵng công bố quy hoạch.'] });
    await createStory(db, { title: `Tin khác ${w}`, paragraphs: ['Đà Lạt và Nẵng là hai từ ở xa nhau.'] });
    const accented = await search({ q: `"Đà Nẵng" ${w}` });
    const plain = await search({ q: `"da nang" ${w}` });
    expect(accented.hits.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(plain.hits.map((h) => h.id).sort()).toEqual(accented.hits.map((h) => h.id).sort());
    for (const hit of plain.hits) expect(marked(hit.snippet)).toContain('Đà Nẵng');
    expect(marked(plain.hits.find((h) => h.id === a.id)!.titleSegments)).toEqual([w]);
  });

  it('matches phrases only in order and prefixes with *', async () => {
    const w = uniqueWord();
    const digital = await createStory(db, { title: `Chuyển đổi số ở địa phương ${w}` });
    const other = await createStory(db, { title: `Số liệu chuyển về ${w}` });
    expect(await titles({ q: `"chuyen doi so" ${w}` })).toEqual([digital.title]);
    expect(await titles({ q: `"so chuyen doi" ${w}` })).toEqual([]);
    expect((await titles({ q: `chuyen ${w}` })).sort()).toEqual([digital.title, other.title].sort());
    expect(await titles({ q: `chuy ${w}` })).toEqual([]);
    expect((await titles({ q: `chuy* ${w}` })).sort()).toEqual([digital.title, other.title].sort());
    expect(await titles({ q: `"chuyen do*" ${w}` })).toEqual([]); // * inside quotes is not a prefix
    expect(await titles({ q: `chuyển đổi* ${w}` })).toEqual([digital.title]);
  });

  it('ranks a story with the words in its title above one that mentions them in the body', async () => {
    const w = uniqueWord();
    const inBody = await createStory(db, {
      title: `Tin tổng hợp ${w}`,
      paragraphs: ['Nhiều nội dung.', 'Trong đó có liên kết vùng.', 'Thêm nhiều đoạn văn khác nữa để bài dài hơn.'],
      publishedAt: new Date(),
    });
    const inTitle = await createStory(db, { title: `Liên kết vùng là động lực ${w}`, publishedAt: new Date(Date.now() - 86_400_000 * 30) });
    expect((await search({ q: `lien ket vung ${w}` })).hits.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
    expect((await search({ q: `lien ket vung ${w}`, 'sap-xep': 'moi-nhat' })).hits.map((h) => h.id)).toEqual([inBody.id, inTitle.id]);
  });

  it('filters by section and by Vietnamese day', async () => {
    const w = uniqueWord();
    const section = await createSection(db);
    // 00:30 on 1 January 2020 in Hà Nội is still 31 December in UTC.
    const newYear = await createStory(db, { title: `Đầu năm ${w}`, sectionId: section.id, publishedAt: new Date('2020-01-01T00:30:00+07:00') });
    const newYearsEve = await createStory(db, { title: `Cuối năm ${w}`, publishedAt: new Date('2019-12-31T23:30:00+07:00') });
    expect(await titles({ q: w, 'chuyen-muc': section.slug })).toEqual([newYear.title]);
    expect(await titles({ q: w, tu: '2020-01-01' })).toEqual([newYear.title]);
    expect(await titles({ q: w, den: '2019-12-31' })).toEqual([newYearsEve.title]);
    expect(await titles({ q: w, tu: '2019-12-31', den: '2019-12-31' })).toEqual([newYearsEve.title]);
    expect((await titles({ q: w, tu: '2019-12-31', den: '2020-01-01' })).sort()).toEqual([newYear.title, newYearsEve.title].sort());
    expect(await titles({ q: w, 'chuyen-muc': 'khong-co-chuyen-muc-nay' })).toEqual([]);
  });

  it('pages through results without repeats', async () => {
    const w = uniqueWord();
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 13; i++) await createStory(db, { title: `Bản tin số ${i} ${w}`, publishedAt: new Date(base + i * 60_000) });
    const one = await search({ q: w, 'sap-xep': 'moi-nhat' });
    const two = await search({ q: w, 'sap-xep': 'moi-nhat', trang: '2' });
    const three = await search({ q: w, 'sap-xep': 'moi-nhat', trang: '3' });
    expect(one).toMatchObject({ total: 13, page: 1, pageCount: 2 });
    expect(one.hits).toHaveLength(10);
    expect(two.hits).toHaveLength(3);
    expect(three.hits).toHaveLength(0);
    expect(one.hits[0]!.title).toBe(`Bản tin số 12 ${w}`);
    expect(new Set([...one.hits, ...two.hits].map((h) => h.id)).size).toBe(13);
  });

  it('never finds drafts, embargoed, unpublished or archived stories, even with a search row', async () => {
    const w = uniqueWord();
    const visible = await createStory(db, { title: `Công khai ${w}` });
    await createStory(db, { title: `Bản nháp ${w}`, status: 'draft' });
    await createStory(db, { title: `Chờ duyệt ${w}`, status: 'awaiting_approval' });
    await createStory(db, { title: `Cấm đăng ${w}`, embargoUntil: new Date(Date.now() + 3_600_000) });
    await createStory(db, { title: `Lưu trữ ${w}`, status: 'archived' });
    const gone = await createStory(db, { title: `Sẽ gỡ ${w}` });
    expect((await titles({ q: w })).sort()).toEqual([visible.title, gone.title].sort());
    await unpublishStory(db, gone.id);
    expect(await titles({ q: w })).toEqual([visible.title]);
  });

  it('suggests close titles when nothing matches (a typo), through the trigram index', async () => {
    const w = uniqueWord();
    const story = await createStory(db, { title: `Phát triển kinh tế biển bền vững ${w}` });
    const typo = await search({ q: `phat trien kinh te bein ben vung ${w}` });
    expect(typo.total).toBe(0);
    expect(typo.suggestions).toContainEqual({ slug: story.slug, title: story.title });
    expect((await search({ q: `kinh te bien ${w}` })).suggestions).toEqual([]); // found, so no suggestions
  });

  it('answers odd, hostile and very long queries with results or nothing, never an error', async () => {
    const w = uniqueWord();
    const story = await createStory(db, { title: `Covid-19 và Nghị quyết 26-NQ/TW ${w}` });
    expect(await titles({ q: `covid-19 ${w}` })).toEqual([story.title]);
    expect(await titles({ q: `26-NQ/TW ${w}` })).toEqual([story.title]);
    for (const q of ["'); drop table articles; --", '& | ! <-> :* ( ) \\', '"', '***', '😀🎉', 'a'.repeat(5000), `${w} `.repeat(300), '\u0000', '%_%']) {
      const result = await search({ q });
      expect(result.total, q.slice(0, 20)).toBeGreaterThanOrEqual(0);
    }
    expect((await search({ q: '' })).hits).toEqual([]);
  });
});

describe('public search at scale: bounded count and relevance pool', () => {
  const hour = 3_600_000;

  it('counts up to the limit, says there are more, and pages only that far', async () => {
    const w = uniqueWord();
    for (let i = 0; i < 12; i++) await createStory(db, { title: `Bản tin ${i} ${w}`, publishedAt: new Date(Date.now() - (i + 1) * hour) });
    const limited = await searchPublicArticles(parseSearchRequest({ q: w, 'sap-xep': 'moi-nhat' }), { count: 5, pool: 3 });
    expect(limited).toMatchObject({ total: 5, totalIsMore: true, listed: 5, pageCount: 1 });
    expect(limited.hits.map((h) => h.title)).toEqual([0, 1, 2, 3, 4].map((i) => `Bản tin ${i} ${w}`));
    // A page past the counted ones is empty, as its pagination says, though older matches exist.
    const past = await searchPublicArticles(parseSearchRequest({ q: w, 'sap-xep': 'moi-nhat', trang: '2' }), { count: 5, pool: 3 });
    expect(past).toMatchObject({ total: 5, pageCount: 1, hits: [] });
    const exact = await searchPublicArticles(parseSearchRequest({ q: w }), { count: 12, pool: 10 });
    expect(exact).toMatchObject({ total: 12, totalIsMore: false, listed: 10, pageCount: 1 });
    // By relevance the ranking statement counts too, past its pool (3) up to the limit and beyond it;
    // a page past the pool's end has no ranked row to carry the count and still says how many match.
    const rankedLimited = await searchPublicArticles(parseSearchRequest({ q: w }), { count: 5, pool: 3 });
    expect(rankedLimited).toMatchObject({ total: 5, totalIsMore: true, listed: 3, pageCount: 1 });
    const rankedAll = await searchPublicArticles(parseSearchRequest({ q: w }), { count: 20, pool: 3 });
    expect(rankedAll).toMatchObject({ total: 12, totalIsMore: false, listed: 3 });
    const rankedPast = await searchPublicArticles(parseSearchRequest({ q: w, trang: '2' }), { count: 5, pool: 3 });
    expect(rankedPast).toMatchObject({ total: 5, totalIsMore: true, hits: [] });
    const none = await searchPublicArticles(parseSearchRequest({ q: `${w}khong` }), { count: 5, pool: 3, suggestions: false });
    expect(none).toMatchObject({ total: 0, totalIsMore: false, hits: [] });
  });

  it('finds the same newest matches walking the date index as through the word indexes', async () => {
    const w = uniqueWord();
    const section = await createSection(db);
    const at = (i: number) => new Date(Date.now() - i * hour);
    // Newest first: matches and misses interleaved (every third with the phrase in its title), then an
    // old story with the phrase in its title.
    for (let i = 0; i < 12; i++) {
      const matches = i % 3 !== 1;
      await createStory(db, {
        title: i % 3 === 0 ? `Đồng bằng sông Cửu Long ${i} ${w}` : `Tin ${i} ${w}`,
        paragraphs: [matches ? 'Mở đầu.' : 'Đồng bằng và sông ngòi.', matches ? 'Vùng đồng bằng sông Cửu Long tăng trưởng.' : 'Cửu Long là tên khác.'],
        sectionId: section.id,
        publishedAt: at(i),
      });
    }
    await createStory(db, { title: `Đồng bằng sông Cửu Long ${w}`, sectionId: section.id, publishedAt: at(500) });
    const plan = rankPlan(parseSearchQuery(`"đồng bằng sông Cửu Long" ${w}`));
    const filters = sql`${schema.articleSearch.visibleFrom} <= now() and ${schema.articleSearch.sectionId} = ${section.id}`;
    const ranked = (walk: number | null) => rankedSearch(plan, { filters, limit: 10, offset: 0, pool: 3, countLimit: 5, walk });
    const planned = await ranked(null);
    // 9 of 13 match; the newest 6 (countLimit + 1) are counted; the pools are the newest 3 matches
    // (stories 0, 2, 3) and the newest 3 with the phrase in the title (0, 3, 6).
    expect(planned.matched).toBe(6);
    expect(planned.ids).toHaveLength(4);
    // 1 row holds too few of either (the word indexes take over); 7 rows hold 5 of the 6 matches but
    // the 3 titles; 9 and 100 rows hold enough of both.
    for (const walk of [1, 7, 9, 100]) expect(await ranked(walk), `walk ${walk}`).toEqual(planned);
    const page = (walk: number | null) => rankedSearch(plan, { filters, limit: 2, offset: 2, pool: 3, walk });
    expect(await page(5)).toEqual(await page(null));
    // Typed without quotes the words match anywhere (all 13 stories), and a third pool holds the
    // newest with the syllables together: walking, it must skip the stories with the words apart.
    const loose = rankPlan(parseSearchQuery(`đồng bằng sông Cửu Long ${w}`));
    const looseRanked = (walk: number | null) => rankedSearch(loose, { filters, limit: 10, offset: 0, pool: 3, countLimit: 5, walk });
    const loosePlanned = await looseRanked(null);
    expect(loosePlanned.matched).toBe(6);
    for (const walk of [1, 4, 9, 100]) expect(await looseRanked(walk), `loose, walk ${walk}`).toEqual(loosePlanned);
    // Newest first: the page and the count from the same read.
    const newest = (walk: number | null) => newestSearch(plan, { filters, limit: 4, offset: 1, countLimit: 5, walk });
    const newestPlanned = await newest(null);
    expect(newestPlanned).toMatchObject({ matched: 6, pool: null });
    expect(newestPlanned.ids).toHaveLength(4);
    for (const walk of [1, 7, 9, 100]) expect(await newest(walk), `newest, walk ${walk}`).toEqual(newestPlanned);
  });

  it("reads PostgreSQL's statistics of the search columns for choosing a walk, and reloads them after 5 minutes", async () => {
    const w = uniqueWord();
    for (let i = 0; i < 3; i++) await createStory(db, { title: `Thống kê ${w}`, paragraphs: ['Đồng bằng sông Cửu Long.'] });
    await db.execute(sql`analyze article_search`);
    // Numbers older than 5 minutes are answered at once and reloaded in the background (earlier
    // searches of this file loaded them before the analyse: none then).
    await searchMatchStats(Date.now() + 10 * 60_000);
    await vi.waitFor(async () => expect(await searchMatchStats()).not.toBeNull());
    const stats = (await searchMatchStats())!;
    expect(stats.rows).toBeGreaterThan(0);
    // The commonest words of the stories so far, each with its share of rows.
    for (const column of [stats.terms, stats.keys, stats.head]) {
      expect(column.frequency.size).toBeGreaterThan(0);
      for (const share of column.frequency.values()) expect(share > 0 && share <= 1, String(share)).toBe(true);
    }
    expect(stats.terms.frequency.get('dong')).toBeGreaterThan(0);
    // Within 5 minutes the same numbers, without another read.
    expect(await searchMatchStats(Date.now() + 60_000)).toBe(stats);
  });

  it('ranks an older story with the words in its title above newer ones beyond the pool', async () => {
    const w = uniqueWord();
    const old = await createStory(db, { title: `Liên kết vùng Đồng bằng ${w}`, publishedAt: new Date(Date.now() - 400 * 86_400_000) });
    for (let i = 0; i < 5; i++) {
      await createStory(db, { title: `Tin ngày ${i} ${w}`, paragraphs: ['Mở đầu.', 'Bàn về liên kết vùng.'], publishedAt: new Date(Date.now() - i * hour) });
    }
    const result = await searchPublicArticles(parseSearchRequest({ q: `lien ket vung ${w}` }), { count: 100, pool: 2 });
    expect(result.hits[0]!.id).toBe(old.id);
    // Ranked: the two newest body matches and the title match; the pages say so and reach no further.
    expect(result.hits).toHaveLength(3);
    expect(result).toMatchObject({ total: 6, listed: 3, pageCount: 1 });
    const newest = await searchPublicArticles(parseSearchRequest({ q: `lien ket vung ${w}`, 'sap-xep': 'moi-nhat' }), { count: 100, pool: 2 });
    expect(newest.hits.map((h) => h.id).at(-1)).toBe(old.id);
    expect(newest).toMatchObject({ total: 6, listed: 6 });
  });

  it('keeps the search rows\' mirror of the article in step: embargo, section, withdrawal, date', async () => {
    const w = uniqueWord();
    const section = await createSection(db);
    const story = await createStory(db, { title: `Tin gương ${w}`, embargoUntil: new Date(Date.now() + hour) });
    const ids = async (params: Record<string, string> = {}) => (await search({ q: w, ...params })).hits.map((h) => h.id);
    expect(await ids()).toEqual([]);
    await db.update(schema.articles).set({ embargoUntil: new Date(Date.now() - 1000) }).where(eq(schema.articles.id, story.id));
    expect(await ids()).toEqual([story.id]);
    await db.update(schema.articles).set({ sectionId: section.id }).where(eq(schema.articles.id, story.id));
    expect(await ids({ 'chuyen-muc': section.slug })).toEqual([story.id]);
    await db.update(schema.articles).set({ publishedAt: new Date('2021-03-05T10:00:00+07:00') }).where(eq(schema.articles.id, story.id));
    expect(await ids({ tu: '2021-03-05', den: '2021-03-05' })).toEqual([story.id]);
    await db.update(schema.articles).set({ status: 'archived' }).where(eq(schema.articles.id, story.id));
    expect(await ids()).toEqual([]);
    await db.update(schema.articles).set({ status: 'published' }).where(eq(schema.articles.id, story.id));
    expect(await ids()).toEqual([story.id]);
    await db.update(schema.articles).set({ sectionId: null }).where(eq(schema.articles.id, story.id));
    expect(await ids({ 'chuyen-muc': section.slug })).toEqual([]);
    expect(await ids()).toEqual([story.id]);
  });

  it('agrees with isPublic() on every search row', async () => {
    const w = uniqueWord();
    await createStory(db, { title: `Nháp ${w}`, status: 'draft' });
    await createStory(db, { title: `Chờ ${w}`, status: 'awaiting_approval' });
    await createStory(db, { title: `Cấm ${w}`, embargoUntil: new Date(Date.now() + hour) });
    await createStory(db, { title: `Hết cấm ${w}`, embargoUntil: new Date(Date.now() - hour) });
    await createStory(db, { title: `Lưu trữ ${w}`, status: 'archived' });
    await createStory(db, { title: `Công khai ${w}` });
    const rows = await db
      .select({ mirror: sql<boolean>`coalesce(${schema.articleSearch.visibleFrom} <= now(), false)`, truth: sql<boolean>`coalesce(${isPublic()}, false)` })
      .from(schema.articleSearch)
      .innerJoin(schema.articles, eq(schema.articles.id, schema.articleSearch.articleId));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => r.mirror !== r.truth)).toEqual([]);
  });
});
