// Tag and person pages exist only for what readers may see: a draft must not leak its tags or the
// people it names, nor an appointment before it starts (#16).
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { publicSitemapEntries } from '../public/feeds';
import { publicPersonPage, publicTagPage } from '../public/taxonomy';
import { createStory, uniqueWord, unpublishStory } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const sitemapPaths = async () => (await publicSitemapEntries()).lists.map((e) => e.path);
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('tag pages', () => {
  it('do not exist for a tag used only on stories readers cannot see', async () => {
    const w = uniqueWord();
    const [tag] = await db.insert(s.tags).values({ slug: `the-${w}`, name: `Bí mật ${w}` }).returning();
    await createStory(db, { title: `Nháp ${w}`, status: 'draft', tagIds: [tag!.id] });
    await createStory(db, { title: `Đang duyệt ${w}`, status: 'in_review', tagIds: [tag!.id] });
    await createStory(db, { title: `Cấm đăng ${w}`, embargoUntil: new Date(Date.now() + 86_400_000), tagIds: [tag!.id] });
    const withdrawn = await createStory(db, { title: `Đã gỡ ${w}`, tagIds: [tag!.id] });
    await unpublishStory(db, withdrawn.id);

    expect(await publicTagPage(tag!.slug, 1)).toBeNull();
    expect(await publicTagPage(tag!.slug, 2)).toBeNull();
    expect(await sitemapPaths()).not.toContain(`/tu-khoa/${tag!.slug}`);

    // One public story is reason enough, and the page counts only that one.
    const shown = await createStory(db, { title: `Công khai ${w}`, tagIds: [tag!.id] });
    const page = await publicTagPage(tag!.slug, 1);
    expect(page?.tag.name).toBe(`Bí mật ${w}`);
    expect(page?.articles.map((a) => a.slug)).toEqual([shown.slug]);
    expect(page?.total).toBe(1);
  });
});

describe('person pages', () => {
  it('do not exist for someone named only in a draft, with no position yet begun', async () => {
    const w = uniqueWord();
    const [person] = await db.insert(s.people).values({ slug: `nv-${w}`, fullName: `Trần Thị ${w}`, bio: 'Sắp được bổ nhiệm.' }).returning();
    await db.insert(s.positions).values({ personId: person!.id, title: 'Vụ trưởng', startsOn: isoDay(30) });
    await createStory(db, { title: `Nháp bổ nhiệm ${w}`, status: 'draft', people: [{ personId: person!.id, role: 'chair' }] });

    expect(await publicPersonPage(person!.slug, 1)).toBeNull();
    expect(await sitemapPaths()).not.toContain(`/nhan-vat/${person!.slug}`);
  });

  it('exist for someone in the registry with a position begun, without showing one still to come', async () => {
    const w = uniqueWord();
    const [person] = await db.insert(s.people).values({ slug: `nv-${w}`, fullName: `Lê Văn ${w}` }).returning();
    await db.insert(s.positions).values([
      { personId: person!.id, title: 'Phó Vụ trưởng', startsOn: '2020-01-01' },
      { personId: person!.id, title: 'Vụ trưởng', startsOn: isoDay(30) },
    ]);
    const page = await publicPersonPage(person!.slug, 1);
    expect(page?.person.positions.map((p) => p.title)).toEqual(['Phó Vụ trưởng']);
    expect(page?.person.currentTitle).toBe('Phó Vụ trưởng');
    expect(page?.total).toBe(0);
  });

  it('exist for someone named in a public story', async () => {
    const w = uniqueWord();
    const [person] = await db.insert(s.people).values({ slug: `nv-${w}`, fullName: `Phạm Văn ${w}` }).returning();
    const story = await createStory(db, { title: `Tin ${w}`, people: [{ personId: person!.id, role: 'chair' }] });
    const page = await publicPersonPage(person!.slug, 1);
    expect(page?.articles.map((a) => a.slug)).toEqual([story.slug]);
  });
});
