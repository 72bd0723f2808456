import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { count, eq, like } from 'drizzle-orm';
import * as s from '@/db/schema';
import { parseSearchRequest } from '@/lib/search/params';
import { searchPublicArticles } from '../public/search';
import { abbreviationsForAdmin, createAbbreviation, deleteAbbreviation, MAX_ABBREVIATIONS, updateAbbreviation } from '../search/abbreviations';
import { auditRows, db, makeUser, pool } from './auth-fixtures';
import { createStory, uniqueWord } from './public-fixtures';

afterAll(() => pool.end());

const ids = async (q: string, extra: Record<string, string> = {}) => (await searchPublicArticles(parseSearchRequest({ q, ...extra }))).hits.map((h) => h.id);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('ranking that knows Vietnamese words', () => {
  it('puts "Đà Nẵng" / "da nang" above stories with only "đã" and "năng", newer ones included', async () => {
    const w = uniqueWord();
    const place = await createStory(db, { title: `Tin địa phương ${w}`, paragraphs: ['Thành phố Đà Nẵng công bố quy hoạch.'], publishedAt: daysAgo(60) });
    const adjacentWords = await createStory(db, { title: `Tin cơ quan ${w}`, paragraphs: ['Cán bộ trẻ đã năng động hơn.'], publishedAt: daysAgo(1) });
    const apart = await createStory(db, { title: `Tin tổng hợp ${w}`, paragraphs: ['Kinh tế đã tăng trưởng, năng suất lao động cải thiện.'], publishedAt: daysAgo(0) });
    expect(await ids(`Đà Nẵng ${w}`)).toEqual([place.id, adjacentWords.id, apart.id]);
    expect(await ids(`da nang ${w}`)).toEqual([place.id, adjacentWords.id, apart.id]);
    // "Mới nhất" still sorts by date alone.
    expect(await ids(`da nang ${w}`, { 'sap-xep': 'moi-nhat' })).toEqual([apart.id, adjacentWords.id, place.id]);
  });

  it('ranks words next to each other first, then near, then anywhere; recency breaks ties', async () => {
    const w = uniqueWord();
    const filler = Array.from({ length: 40 }, (_, i) => `đoạn ${i}`).join(' ');
    const far = await createStory(db, { title: `Bài một ${w}`, paragraphs: [`Hội chợ ${filler} và nhập khẩu.`], publishedAt: daysAgo(0) });
    const near = await createStory(db, { title: `Bài hai ${w}`, paragraphs: ['Hội doanh nghiệp nhập khẩu.'], publishedAt: daysAgo(1) });
    const adjacent = await createStory(db, { title: `Bài ba ${w}`, paragraphs: ['Hội nhập quốc tế.'], publishedAt: daysAgo(2) });
    const adjacentOlder = await createStory(db, { title: `Bài bốn ${w}`, paragraphs: ['Hội nhập quốc tế.'], publishedAt: daysAgo(3) });
    expect(await ids(`hội nhập ${w}`)).toEqual([adjacent.id, adjacentOlder.id, near.id, far.id]);
  });

  it('ranks the accented form typed above other words that fold to the same letters', async () => {
    const w = uniqueWord();
    const party = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Nghị quyết của Đảng.'], publishedAt: daysAgo(5) });
    const being = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Công việc đang triển khai.'], publishedAt: daysAgo(1) });
    const shape = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Nhiều dạng văn bản.'], publishedAt: daysAgo(0) });
    expect((await ids(`Đảng ${w}`))[0]).toBe(party.id);
    expect((await ids(`đang ${w}`))[0]).toBe(being.id);
    // Typed without marks: all three are equally good, the newest first.
    expect(await ids(`dang ${w}`)).toEqual([shape.id, being.id, party.id]);
    // Odd letters never reach SQL as keys: a result or nothing, not an error.
    expect(await ids(`İSTANBUL Đảng ${w}`)).toEqual([]);
    expect(await ids(`'đà' "năng" ${w}`)).toEqual([]);
  });

  it('takes "hoà" and "hòa" for one word: the old and the new tone placement get the same preference', async () => {
    const w = uniqueWord();
    const oldStyle = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Giữ vững hòa bình, sức khỏe nhân dân.'], publishedAt: daysAgo(4) });
    const newStyle = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Giữ vững hoà bình, sức khoẻ nhân dân.'], publishedAt: daysAgo(5) });
    const other = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Hóa bình, hoa binh, khóe.'], publishedAt: daysAgo(0) });
    for (const q of ['hoà bình', 'hòa bình', 'sức khỏe', 'sức khoẻ']) expect(await ids(`${q} ${w}`), q).toEqual([oldStyle.id, newStyle.id, other.id].slice(0, q.startsWith('s') ? 2 : 3));
  });
});

describe('decomposed text (NFD) saved before the content door composed it', () => {
  it('ranks as composed text does once migration 0045 composes the stored search text', async () => {
    const w = uniqueWord();
    const legacy = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Đoàn công tác đến Đà Nẵng.'.normalize('NFD')], publishedAt: daysAgo(30) });
    const apart = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Cán bộ trẻ đã năng động hơn.'], publishedAt: daysAgo(1) });
    // Decomposed, the story is found (folding drops the marks) but its word keys are broken: "đà nẵng" together ranks below "đã năng".
    expect(await ids(`Đà Nẵng ${w}`)).toEqual([apart.id, legacy.id]);
    const migration = readFileSync(new URL('../../../db/migrations/0045_composed_search_text.sql', import.meta.url), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await pool.query(statement);
    expect(await ids(`Đà Nẵng ${w}`)).toEqual([legacy.id, apart.id]);
    expect(await ids(`da nang ${w}`)).toEqual([legacy.id, apart.id]);
  });
});

describe('document numbers as whole tokens', () => {
  it('finds 45-NQ/TW by its number, "Nghị quyết 45" and "NQ 45", and not 145-NQ/TW', async () => {
    const w = uniqueWord();
    const r45 = await createStory(db, { title: `Triển khai Nghị quyết số 45-NQ/TW ${w}` });
    const r145 = await createStory(db, { title: `Nghị quyết số 145-NQ/TW ${w}` });
    const year = await createStory(db, { title: `Tầm nhìn đến năm 2045 ${w}`, paragraphs: ['Nghị quyết của Thành ủy.'] });
    for (const q of ['45-NQ/TW', '45-nq/tw', 'Nghị quyết 45', 'nghi quyet so 45', 'NQ 45']) expect(await ids(`${q} ${w}`), q).toEqual([r45.id]);
    expect(await ids(`145-NQ/TW ${w}`)).toEqual([r145.id]);
    expect((await ids(`nghị quyết ${w}`)).sort()).toEqual([r45.id, r145.id, year.id].sort());
  });

  it('reads a year after a kind as when: "Nghị quyết 2019" finds the words anywhere, together first; "Nghị quyết 45" only together', async () => {
    const w = uniqueWord();
    const together = await createStory(db, { title: `Tổng kết các nghị quyết 2019 ${w}`, publishedAt: daysAgo(9) });
    const apart = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Năm 2019, Quốc hội thông qua nhiều nghị quyết.'], publishedAt: daysAgo(1) });
    const numbered = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Theo Nghị quyết số 2019-NQ/TW.'], publishedAt: daysAgo(2) });
    // "Nghị quyết" and "45" apart: not resolution 45, nor the words together.
    await createStory(db, { title: `Tin ${w}`, paragraphs: ['Nghị quyết được 45 đại biểu tán thành.'], publishedAt: daysAgo(0) });
    const found = await ids(`Nghị quyết 2019 ${w}`);
    expect(found[0]).toBe(together.id);
    expect(found.slice(1).sort()).toEqual([apart.id, numbered.id].sort());
    expect(await ids(`nghi quyet 2019 ${w}`)).toEqual(found);
    expect(await ids(`Nghị quyết 45 ${w}`)).toEqual([]);
  });

  it('finds 247-QĐ/TW and 42/2022/NĐ-CP with or without marks', async () => {
    const w = uniqueWord();
    const rule = await createStory(db, { title: `Quán triệt ${w}`, sapo: 'Quy định số 247-QĐ/TW của Bộ Chính trị.' });
    const decree = await createStory(db, { title: `Dịch vụ công ${w}`, paragraphs: ['Theo Nghị định số 42/2022/NĐ-CP của Chính phủ.'] });
    for (const q of ['247-QĐ/TW', '247-QD/TW', 'Quy định 247']) expect(await ids(`${q} ${w}`), q).toEqual([rule.id]);
    for (const q of ['42/2022/NĐ-CP', '42/2022/nd-cp']) expect(await ids(`${q} ${w}`), q).toEqual([decree.id]);
  });
});

describe('abbreviations both ways', () => {
  it('finds TP.HCM for "Thành phố Hồ Chí Minh" and the other way round (seeded list)', async () => {
    const w = uniqueWord();
    const short = await createStory(db, { title: `TP.HCM mở rộng ${w}` });
    const long = await createStory(db, { title: `Tin ${w}`, paragraphs: ['Thành phố Hồ Chí Minh mở rộng không gian.'] });
    await createStory(db, { title: `Thành phố khác ${w}` });
    for (const q of ['TP.HCM', 'tp hcm', 'Thành phố Hồ Chí Minh', 'thanh pho ho chi minh']) expect((await ids(`${q} ${w}`)).sort(), q).toEqual([short.id, long.id].sort());
    const ubnd = await createStory(db, { title: `UBND tỉnh ${w}` });
    const full = await createStory(db, { title: `Ủy ban nhân dân tỉnh ${w}` });
    expect((await ids(`UBND ${w}`)).sort()).toEqual([ubnd.id, full.id].sort());
    expect((await ids(`uỷ ban nhân dân ${w}`)).sort()).toEqual([ubnd.id, full.id].sort());
  });

  it('follows what administrators add, edit and delete; refuses others and bad input in Vietnamese; audits', async () => {
    const admin = await makeUser(['admin']);
    const editor = await makeUser(['editor']);
    const w = uniqueWord();
    const tag = uniqueWord('zk').toUpperCase();
    const story = await createStory(db, { title: `Hợp tác xã kiểu mới ${w}` });
    expect(await ids(`${tag} ${w}`)).toEqual([]);

    await expect(createAbbreviation(editor.viewer, { short: tag, long: 'hợp tác xã kiểu mới' })).rejects.toThrow('Chỉ quản trị viên');
    await expect(createAbbreviation({ kind: 'anonymous' }, { short: tag, long: 'x y' })).rejects.toThrow('Hãy đăng nhập');
    await expect(createAbbreviation(admin.viewer, { short: '', long: 'hợp tác xã' })).rejects.toThrow('Hãy nhập dạng viết tắt');
    await expect(createAbbreviation(admin.viewer, { short: 'x'.repeat(31), long: 'hợp tác xã' })).rejects.toThrow('tối đa 30 ký tự');
    await expect(createAbbreviation(admin.viewer, { short: tag, long: 'a'.repeat(201) })).rejects.toThrow('tối đa 200 ký tự');
    await expect(createAbbreviation(admin.viewer, { short: '---', long: 'hợp tác xã' })).rejects.toThrow('chữ cái');
    await expect(createAbbreviation(admin.viewer, { short: 'HTX', long: 'htx' })).rejects.toThrow('phải khác nhau');
    await expect(createAbbreviation(admin.viewer, { short: 'htx', long: 'hợp tác xã khác' })).rejects.toThrow('đã có trong danh sách');
    await expect(createAbbreviation(admin.viewer, { short: tag, long: 'x y', extra: 1 })).rejects.toThrow();

    const row = await createAbbreviation(admin.viewer, { short: ` ${tag} `, long: 'hợp tác xã kiểu mới' });
    expect(row.short).toBe(tag);
    expect(await ids(`${tag} ${w}`)).toEqual([story.id]);
    expect((await abbreviationsForAdmin(admin.viewer)).some((r) => r.id === row.id)).toBe(true);
    await expect(abbreviationsForAdmin(editor.viewer)).rejects.toThrow('Chỉ quản trị viên');

    await expect(updateAbbreviation(editor.viewer, row.id, { short: tag, long: 'khác' })).rejects.toThrow('Chỉ quản trị viên');
    await expect(updateAbbreviation(admin.viewer, 'not-a-uuid', { short: tag, long: 'khác' })).rejects.toThrow('không hợp lệ');
    await updateAbbreviation(admin.viewer, row.id, { short: tag, long: 'liên minh mới' });
    expect(await ids(`${tag} ${w}`)).toEqual([]);

    await expect(deleteAbbreviation(editor.viewer, row.id)).rejects.toThrow('Chỉ quản trị viên');
    await deleteAbbreviation(admin.viewer, row.id);
    await expect(deleteAbbreviation(admin.viewer, row.id)).rejects.toThrow('Không tìm thấy');
    expect((await auditRows(row.id)).map((a) => a.action)).toEqual(['abbreviation.created', 'abbreviation.updated', 'abbreviation.deleted']);
  });

  it(`keeps the list at ${MAX_ABBREVIATIONS} entries at most`, async () => {
    const admin = await makeUser(['admin']);
    const prefix = uniqueWord('zf');
    const [have] = await db.select({ n: count() }).from(s.searchAbbreviations);
    const missing = MAX_ABBREVIATIONS - have!.n;
    try {
      if (missing > 0) await db.insert(s.searchAbbreviations).values(Array.from({ length: missing }, (_, i) => ({ short: `${prefix}${i}`, long: `đầy đủ ${prefix} ${i}` })));
      await expect(createAbbreviation(admin.viewer, { short: `${prefix}x`, long: 'một mục nữa' })).rejects.toThrow(`tối đa ${MAX_ABBREVIATIONS} mục`);
    } finally {
      await db.delete(s.searchAbbreviations).where(like(s.searchAbbreviations.short, `${prefix}%`));
    }
    const [after] = await db.select({ n: count() }).from(s.searchAbbreviations).where(eq(s.searchAbbreviations.short, `${prefix}x`));
    expect(after!.n).toBe(0);
  });
});
