import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as schema from '@/db/schema';
import { PEOPLE_SUGGEST_LIMIT, suggestPeople } from '../search/suggest-people';
import { createStory, uniqueWord } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

async function person(fullName: string, position?: { title: string; startsOn: string; endsOn?: string }) {
  const [p] = await db.insert(schema.people).values({ fullName, slug: `nv-${crypto.randomUUID()}` }).returning();
  if (position) await db.insert(schema.positions).values({ personId: p!.id, ...position });
  return p!;
}
const names = async (q: string) => (await suggestPeople(q)).map((p) => p.name);

describe('suggestPeople', () => {
  it('finds public people by the start of any word of their name, diacritics ignored both ways', async () => {
    const w = uniqueWord();
    const hung = await person(`Nguyễn Văn Hùng ${w}`, { title: 'Vụ trưởng', startsOn: '2020-01-01' });
    for (const q of [`hung ${w}`, `Hùng ${w}`, `nguyen van ${w}`, `NGUYỄN ${w.slice(0, 6)}`, `${w} hu`]) expect(await names(q), q).toEqual([hung.fullName]);
    expect(await names(`hung ${w}x`)).toEqual([]);
    expect(await names(`ung ${w}`)).toEqual([]);
    const [found] = await suggestPeople(`hung ${w}`);
    expect(found).toEqual({ slug: hung.slug, name: hung.fullName, title: 'Vụ trưởng' });
  });

  it('suggests someone named only in a public story, and no one who is not public yet', async () => {
    const w = uniqueWord();
    const named = await person(`Trần Thị Lan ${w}`);
    await createStory(db, { title: `Tin ${w}`, people: [{ personId: named.id, role: 'mentioned' }] });
    const inDraft = await person(`Trần Thị Mai ${w}`);
    await createStory(db, { title: `Bản nháp ${w}`, status: 'draft', search: false, people: [{ personId: inDraft.id, role: 'mentioned' }] });
    await person(`Trần Văn Tới ${w}`, { title: 'Bổ nhiệm sắp tới', startsOn: '2999-01-01' });
    await person(`Trần Văn Không ${w}`);
    expect(await names(`tran ${w}`)).toEqual([named.fullName]);
  });

  it(`lists at most ${PEOPLE_SUGGEST_LIMIT}, names that begin with the first word first`, async () => {
    const w = uniqueWord();
    for (let i = 0; i < PEOPLE_SUGGEST_LIMIT + 2; i++) await person(`Lê ${w} ${String.fromCharCode(97 + i)}`, { title: 'Chuyên viên', startsOn: '2020-01-01' });
    const first = await person(`${w} Đỗ`, { title: 'Chuyên viên', startsOn: '2020-01-01' });
    const found = await names(w);
    expect(found).toHaveLength(PEOPLE_SUGGEST_LIMIT);
    expect(found[0]).toBe(first.fullName);
    expect(await suggestPeople('  -- ')).toEqual([]);
  });
});
