import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { publicFeedItems, publicNewsSitemapItems, publicSitemapEntries } from '../public/feeds';
import { publicPersonPage, publicTagPage, publicUnitPage } from '../public/taxonomy';
import { createSection, createStory, uniqueWord, unpublishStory } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const hours = (n: number) => new Date(Date.now() - n * 3_600_000);

/** Every story readers may see, written out independently of isPublic() so the two check each other. */
async function publicSlugsBySql(where = sql`true`): Promise<string[]> {
  const { rows } = await db.execute<{ slug: string }>(sql`
    select slug from articles
    where live_revision_id is not null and published_at is not null
      and status not in ('unpublished', 'archived')
      and (embargo_until is null or embargo_until <= now()) and ${where}`);
  return rows.map((r) => r.slug).sort();
}

async function storiesInEveryState(sectionId: string, tagIds: string[] = [], people: Array<{ personId: string; role: string }> = []) {
  const w = uniqueWord();
  const common = { sectionId, tagIds, people };
  const visible = [
    await createStory(db, { ...common, title: `Mới ${w}`, publishedAt: hours(1) }),
    await createStory(db, { ...common, title: `Hôm kia ${w}`, publishedAt: hours(72) }),
    await createStory(db, { ...common, title: `Hết cấm ${w}`, publishedAt: hours(2), embargoUntil: hours(1) }),
  ];
  const hidden = [
    await createStory(db, { ...common, title: `Cấm đăng ${w}`, publishedAt: hours(1), embargoUntil: new Date(Date.now() + 3_600_000) }),
    await createStory(db, { ...common, title: `Nháp ${w}`, status: 'draft' }),
    await createStory(db, { ...common, title: `Lưu trữ ${w}`, status: 'archived', publishedAt: hours(3) }),
  ];
  const withdrawn = await createStory(db, { ...common, title: `Gỡ ${w}`, publishedAt: hours(1) });
  await unpublishStory(db, withdrawn.id);
  hidden.push(withdrawn);
  return { visible, hidden };
}

describe('feeds and sitemaps list exactly the public stories', () => {
  it('section feed: the public stories of the section, newest first', async () => {
    const section = await createSection(db);
    const { visible } = await storiesInEveryState(section.id);
    const feed = await publicFeedItems(section.slug);
    expect(feed?.section?.slug).toBe(section.slug);
    expect(feed?.items.map((i) => i.slug)).toEqual([visible[0]!.slug, visible[2]!.slug, visible[1]!.slug]);
    expect(await publicFeedItems(`khong-co-${uniqueWord()}`)).toBeNull();
  });

  it('site feed, sitemap and news sitemap agree with an independent query', async () => {
    const section = await createSection(db);
    const { visible, hidden } = await storiesInEveryState(section.id);

    const sitemap = await publicSitemapEntries();
    const sitemapSlugs = sitemap.articles.map((e) => e.path.replace('/bai-viet/', '')).sort();
    expect(sitemapSlugs).toEqual(await publicSlugsBySql());
    for (const v of visible) expect(sitemapSlugs).toContain(v.slug);
    for (const h of hidden) expect(sitemapSlugs).not.toContain(h.slug);
    expect(sitemap.lists.map((l) => l.path)).toContain(`/chuyen-muc/${section.slug}`);
    expect(sitemap.articles.every((e) => e.lastModified instanceof Date)).toBe(true);

    const news = (await publicNewsSitemapItems()).map((i) => i.slug).sort();
    expect(news).toEqual(await publicSlugsBySql(sql`published_at >= now() - interval '48 hours'`));
    expect(news).toContain(visible[0]!.slug);
    expect(news).not.toContain(visible[1]!.slug); // 72 hours old

    const site = (await publicFeedItems())!.items.map((i) => i.slug);
    const newest = (await publicSlugsBySql()).length;
    expect(site.length).toBe(Math.min(50, newest));
    for (const h of hidden) expect(site).not.toContain(h.slug);
  });
});

describe('tag, person and unit pages show public stories only', () => {
  it('tag page', async () => {
    const section = await createSection(db);
    const [tag] = await db.insert(s.tags).values({ slug: `tag-${uniqueWord()}`, name: 'Thẻ' }).returning();
    const { visible } = await storiesInEveryState(section.id, [tag!.id]);
    const page = await publicTagPage(tag!.slug, 1);
    expect(page?.total).toBe(3);
    // Newest first (1 hour, 2 hours and 3 days ago); the withdrawn, embargoed, draft and archived ones left out.
    expect(page?.articles.map((a) => a.slug)).toEqual([visible[0]!.slug, visible[2]!.slug, visible[1]!.slug]);
    expect(await publicTagPage(tag!.slug, 2)).toMatchObject({ articles: [], page: 2, pageCount: 1, total: 3 });
    // A page number that is not a whole number from 1 up is page 1.
    for (const odd of [-3, 0, 1.5, Number.NaN]) expect((await publicTagPage(tag!.slug, odd))?.articles.map((a) => a.slug), String(odd)).toEqual(page?.articles.map((a) => a.slug));
    expect(await publicTagPage('khong-co-the-nay', 1)).toBeNull();
  });

  it('person page with dated positions, newest first, and the current title', async () => {
    const section = await createSection(db);
    const w = uniqueWord();
    const [unit] = await db.insert(s.units).values({ slug: `dv-${w}`, name: `Vụ ${w}` }).returning();
    const [person] = await db.insert(s.people).values({ slug: `nv-${w}`, fullName: `Nguyễn Văn ${w}` }).returning();
    await db.insert(s.positions).values([
      { personId: person!.id, unitId: unit!.id, title: 'Phó Vụ trưởng', startsOn: '2015-01-01', endsOn: '2019-12-31' },
      { personId: person!.id, unitId: unit!.id, title: 'Vụ trưởng', startsOn: '2020-01-01' },
    ]);
    const { visible } = await storiesInEveryState(section.id, [], [{ personId: person!.id, role: 'chair' }]);
    const page = await publicPersonPage(person!.slug, 1);
    expect(page?.person.currentTitle).toBe('Vụ trưởng');
    expect(page?.person.positions.map((p) => p.title)).toEqual(['Vụ trưởng', 'Phó Vụ trưởng']);
    // Newest first, whether the person's stories are looked up by id (few) or found walking the archive (many).
    const newestFirst = [visible[0]!.slug, visible[2]!.slug, visible[1]!.slug];
    expect(page?.articles.map((a) => a.slug)).toEqual(newestFirst);
    expect(page?.total).toBe(3);
    const asIfMany = await publicPersonPage(person!.slug, 1, 0);
    expect(asIfMany?.articles.map((a) => a.slug)).toEqual(newestFirst);
    expect(asIfMany?.total).toBe(3);

    const unitPage = await publicUnitPage(unit!.slug, 1);
    expect(unitPage?.people).toEqual([{ slug: person!.slug, fullName: person!.fullName, title: 'Vụ trưởng' }]);
  });

  it('unit page lists the public meetings the unit organised', async () => {
    const w = uniqueWord();
    const [unit] = await db.insert(s.units).values({ slug: `dv-${w}`, name: `Vụ ${w}` }).returning();
    const meeting = { startsAt: new Date().toISOString(), location: 'Hà Nội', organiserUnitId: unit!.id, organiserName: unit!.name, people: [], participants: '', conclusions: '' };
    const held = await createStory(db, { title: `Hội nghị ${w}`, kind: 'meeting_report', meeting });
    await createStory(db, { title: `Nháp hội nghị ${w}`, kind: 'meeting_report', meeting, status: 'draft' });
    const page = await publicUnitPage(unit!.slug, 1);
    expect(page?.articles.map((a) => a.slug)).toEqual([held.slug]);
    expect(page?.total).toBe(1);
  });
});
