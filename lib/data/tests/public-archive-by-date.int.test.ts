import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { archiveDayOf, archivePath, shiftDay, type ArchiveDay } from '@/lib/time/archive-date';
import { publicSitemapEntries } from '../public/feeds';
import { ARCHIVE_PAGE_SIZE, publicArchiveDay, publicArchiveMonth, publicArchiveYear } from '../public/archive-by-date';
import { createSection, createStory, uniqueWord, unpublishStory } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

/** A day of the 1990s no other test writes to: each run takes its own, so reruns on one database agree. */
function freshDay(): ArchiveDay {
  const offset = Math.floor(Math.random() * 3000);
  return archiveDayOf(new Date(Date.UTC(1991, 0, 1 + offset, 5)));
}

/** The instant hh:mm on `day` in Vietnam (UTC+7). */
const vietnamTime = (day: ArchiveDay, hour: number, minute = 0) => new Date(Date.UTC(day.year, day.month - 1, day.day, hour - 7, minute));

describe('the archive by date', () => {
  it('puts a story on its day in Vietnam, not in UTC, and lists only public stories', async () => {
    const day = freshDay();
    const section = await createSection(db);
    const w = uniqueWord();
    const late = await createStory(db, { title: `23 giờ 30 ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 23, 30) });
    const early = await createStory(db, { title: `0 giờ ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 0, 0) });
    const nextDay = await createStory(db, { title: `Hôm sau ${w}`, sectionId: section.id, publishedAt: vietnamTime(shiftDay(day, 1), 0, 30) });
    const dayBefore = await createStory(db, { title: `Hôm trước ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, -1, 59) });
    const hidden = [
      await createStory(db, { title: `Nháp ${w}`, status: 'draft', sectionId: section.id }),
      await createStory(db, { title: `Cấm đăng ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 12), embargoUntil: new Date(Date.now() + 86_400_000) }),
      await createStory(db, { title: `Lưu trữ ${w}`, status: 'archived', sectionId: section.id, publishedAt: vietnamTime(day, 13) }),
      await createStory(db, { title: `Gỡ ${w}`, sectionId: section.id, publishedAt: vietnamTime(day, 14) }),
    ];
    await unpublishStory(db, hidden[3]!.id);

    const page = await publicArchiveDay(day);
    expect(page?.articles.map((a) => a.slug)).toEqual([late.slug, early.slug]);
    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 2 });
    expect((await publicArchiveDay(shiftDay(day, 1)))?.articles.map((a) => a.slug)).toContain(nextDay.slug);
    expect((await publicArchiveDay(shiftDay(day, -1)))?.articles.map((a) => a.slug)).toContain(dayBefore.slug);

    const month = await publicArchiveMonth(day);
    const slugs = month?.articles.map((a) => a.slug) ?? [];
    for (const h of hidden) expect(slugs).not.toContain(h.slug);
    expect(month?.days.find((d) => d.day === day.day)?.count).toBe(2);
    const year = await publicArchiveYear(day);
    expect(year.months.find((m) => m.month === day.month)?.count).toBeGreaterThanOrEqual(2);
    expect(year.total).toBe(year.months.reduce((s, m) => s + m.count, 0));
  });

  it('pages a busy day with a bound and has no page past the last', async () => {
    const day = freshDay();
    const w = uniqueWord();
    for (let i = 0; i < ARCHIVE_PAGE_SIZE + 1; i++) await createStory(db, { title: `Tin ${i} ${w}`, publishedAt: vietnamTime(day, 8, i) });
    const first = await publicArchiveDay(day, 1);
    const second = await publicArchiveDay(day, 2);
    expect(first).toMatchObject({ pageCount: 2, total: ARCHIVE_PAGE_SIZE + 1 });
    expect(first?.articles).toHaveLength(ARCHIVE_PAGE_SIZE);
    expect(second?.articles.map((a) => a.title)).toEqual([`Tin 0 ${w}`]);
    expect(await publicArchiveDay(day, 3)).toBeNull();
    expect(await publicArchiveDay(day, 0)).toBeNull();
    expect(await publicArchiveDay(day, 10_000)).toBeNull();
    // An empty day is a page (one page, no stories), not a missing one.
    const empty = await publicArchiveDay({ year: 1990, month: 1, day: 1 });
    expect(empty).toMatchObject({ page: 1, pageCount: 1 });
  });

  it('lists in the sitemap the months with a public story, not a month with only hidden ones', async () => {
    const shown = freshDay();
    await createStory(db, { title: `Sơ đồ ${uniqueWord()}`, publishedAt: vietnamTime(shown, 9) });
    // December 1990: only an archived story and an embargoed one, never a public one.
    const hiddenMonth = { year: 1990, month: 12, day: 15 };
    await createStory(db, { title: `Lưu trữ ${uniqueWord()}`, status: 'archived', publishedAt: vietnamTime(hiddenMonth, 9) });
    await createStory(db, { title: `Cấm ${uniqueWord()}`, publishedAt: vietnamTime(hiddenMonth, 9), embargoUntil: new Date(Date.now() + 86_400_000) });
    const paths = (await publicSitemapEntries()).lists.map((l) => l.path);
    expect(paths).toContain(archivePath({ year: shown.year, month: shown.month }));
    expect(paths).not.toContain('/luu-tru/1990/12');
  });
});
