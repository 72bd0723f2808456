import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../create-article';
import { saveArticle } from '../save-article';
import { listStaffArticles, staffListAuthors, type ArticleListFilters } from '../staff-list';
import { transitionArticle } from '../transition-article';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

// Every word this file searches for carries the run id, so other files' stories never match.
const run = crypto.randomUUID().replace(/-/g, '').slice(0, 8);
const word = (w: string) => `${w}${run}`;
const viewers = {} as Record<'writer' | 'otherReporter' | 'editor' | 'leader' | 'admin', Viewer & { kind: 'user' }>;
let sectionId = '';
let sectionSlug = '';
let otherSectionId = '';
const ids = {} as Record<'draft' | 'titled' | 'meeting' | 'other', string>;

async function makeUser(key: keyof typeof viewers, roles: Role[]) {
  const [user] = await db.insert(s.users).values({ email: `${key}-${run}@test.vn`, name: `${key} ${run}`, roles }).returning();
  viewers[key] = { kind: 'user', id: user!.id, roles };
}

const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

const titles = (list: { items: Array<{ id: string }> }) => list.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? i.id);
const mineOnly = (f: ArticleListFilters = {}): ArticleListFilters => ({ author: viewers.writer.id, ...f });

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `tim-${run}`, name: `Tìm ${run}` }).returning();
  const [other] = await db.insert(s.sections).values({ slug: `khac-${run}`, name: `Khác ${run}` }).returning();
  sectionId = section!.id;
  sectionSlug = section!.slug;
  otherSectionId = other!.id;
  await makeUser('writer', ['reporter']);
  await makeUser('otherReporter', ['reporter']);
  await makeUser('editor', ['editor']);
  await makeUser('leader', ['leader']);
  await makeUser('admin', ['admin']);

  // "Quyết toán<run>" only in the body of a draft; "Đà Nẵng" written with diacritics, "Hai Phong" without.
  ids.draft = (
    await createArticle(viewers.writer, {
      title: `Bản nháp A ${run}`,
      sapo: 'Tóm tắt ngắn.',
      body: doc('Mở đầu.', `Báo cáo ${word('Quyếttoán')} năm nay tại Đà Nẵng và Hai Phong ${word('chung')}.`),
      byline: 'PV',
      sectionId,
    })
  ).id;
  // The same word in the title: ranks above the body-only draft.
  ids.titled = (await createArticle(viewers.writer, { title: `Cuối cùng ${word('quyettoan')}`, sapo: word('chung'), body: doc('Nội dung.'), byline: 'PV', sectionId })).id;
  ids.meeting = (
    await createArticle(viewers.writer, { title: `Hội nghị ${run}`, sapo: '', body: doc(`Bàn về ${word('quyettoan')} ${word('chung')}.`), byline: 'PV', sectionId: otherSectionId, kind: 'meeting_report' })
  ).id;
  ids.other = (await createArticle(viewers.otherReporter, { title: `Bài của người khác ${run}`, sapo: '', body: doc(`${word('quyettoan')} ${word('chung')}`), byline: 'PV', sectionId })).id;
  await transitionArticle(viewers.writer, ids.titled, { event: 'submit' });
});

describe('newsroom list search over the working copy', () => {
  it('finds a word only in a draft’s body for its writer and editors, not for another reporter', async () => {
    const q = word('quyettoan');
    for (const key of ['writer', 'editor', 'leader', 'admin'] as const) {
      const list = await listStaffArticles(viewers[key], { q, author: viewers.writer.id });
      expect(titles(list), key).toContain('draft');
    }
    const other = await listStaffArticles(viewers.otherReporter, { q });
    expect(titles(other)).toEqual(['other']);
    // And the writer does not see the other reporter's story either.
    expect(titles(await listStaffArticles(viewers.writer, { q }))).not.toContain('other');
  });

  it('ignores diacritics both ways', async () => {
    const accented = await listStaffArticles(viewers.editor, mineOnly({ q: word('Quyếttoán') }));
    const plain = await listStaffArticles(viewers.editor, mineOnly({ q: word('quyettoan') }));
    expect(titles(accented).sort()).toEqual(['draft', 'meeting', 'titled']);
    expect(titles(plain).sort()).toEqual(['draft', 'meeting', 'titled']);
    // Stored "Hai Phong" found by "Hải Phòng"; stored "Đà Nẵng" found by "da nang" (phrase in order).
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q: `"Hải Phòng" ${word('chung')}` })))).toEqual(['draft']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q: `"da nang" ${word('chung')}` })))).toEqual(['draft']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q: `"nang da" ${word('chung')}` })))).toEqual([]);
  });

  it('searches the newest working copy: a save replaces the old words in the same transaction', async () => {
    const before = await listStaffArticles(viewers.writer, { q: word('moiviet') });
    expect(before.total).toBe(0);
    const [row] = await db.select({ version: s.articles.version }).from(s.articles).where(eq(s.articles.id, ids.draft));
    await saveArticle(viewers.writer, ids.draft, {
      title: `Bản nháp A ${run}`,
      sapo: 'Tóm tắt ngắn.',
      body: doc(`Đã sửa: ${word('mớiviết')} tại Đà Nẵng và Hai Phong ${word('chung')} ${word('quyettoan')}.`),
      byline: 'PV',
      sectionId,
      baseVersion: row!.version,
    });
    expect(titles(await listStaffArticles(viewers.writer, { q: word('moiviet') }))).toEqual(['draft']);
    expect(titles(await listStaffArticles(viewers.writer, { q: `Báo cáo ${word('quyettoan')}` }))).not.toContain('draft');
  });

  it('ranks a title match above a body match, and sorts by title, newest and oldest on request', async () => {
    const ranked = await listStaffArticles(viewers.editor, mineOnly({ q: word('quyettoan') }));
    expect(ranked.sort).toBe('relevance');
    expect(titles(ranked)[0]).toBe('titled');
    const byTitle = await listStaffArticles(viewers.editor, mineOnly({ q: word('chung'), sort: 'title' }));
    expect(titles(byTitle)).toEqual(['draft', 'titled', 'meeting']); // Bản, Cuối, Hội
    const newest = await listStaffArticles(viewers.editor, mineOnly({ sort: 'newest', dateField: 'created' }));
    expect(titles(newest)).toEqual(['meeting', 'titled', 'draft']);
    const oldest = await listStaffArticles(viewers.editor, mineOnly({ sort: 'oldest', dateField: 'created' }));
    expect(titles(oldest)).toEqual(['draft', 'titled', 'meeting']);
    // Relevance without words falls back to newest.
    expect((await listStaffArticles(viewers.editor, mineOnly({ sort: 'relevance' }))).sort).toBe('newest');
  });

  it('filters by author, section, status, kind and date range', async () => {
    const q = word('chung');
    expect(titles(await listStaffArticles(viewers.editor, { q, author: `writer-${run}@TEST.vn` })).sort()).toEqual(['draft', 'meeting', 'titled']);
    expect(titles(await listStaffArticles(viewers.editor, { q, author: viewers.otherReporter.id }))).toEqual(['other']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q, section: sectionSlug }))).sort()).toEqual(['draft', 'titled']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q, section: otherSectionId })))).toEqual(['meeting']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q, status: 'in_review' })))).toEqual(['titled']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q, status: 'draft,in_review' }))).sort()).toEqual(['draft', 'meeting', 'titled']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q, kind: 'meeting_report' })))).toEqual(['meeting']);
    expect(titles(await listStaffArticles(viewers.editor, mineOnly({ q, kind: 'news' }))).sort()).toEqual(['draft', 'titled']);

    // Created 15 March 2025, 23:30 in Vietnam (16:30 UTC): inside that Vietnamese day, not the next.
    await db.update(s.articles).set({ createdAt: new Date('2025-03-15T16:30:00Z') }).where(eq(s.articles.id, ids.meeting));
    const created = (from: string, to: string) => listStaffArticles(viewers.editor, mineOnly({ q, dateField: 'created', from, to }));
    expect(titles(await created('2025-03-15', '2025-03-15'))).toEqual(['meeting']);
    expect(titles(await created('2025-03-16', '2025-03-31'))).toEqual([]);
    expect(titles(await created('2025-03-01', '2025-03-14'))).toEqual([]);
    // Nothing here is published: a published-date range finds none, an updated range today finds all.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect((await listStaffArticles(viewers.editor, mineOnly({ q, dateField: 'published', from: '2000-01-01', to: today }))).total).toBe(0);
    expect((await listStaffArticles(viewers.editor, mineOnly({ q, from: today, to: today }))).total).toBe(3);
  });

  it('pages with a bounded page size and reports the total', async () => {
    const q = word('chung');
    const first = await listStaffArticles(viewers.editor, mineOnly({ q, sort: 'title', pageSize: 2 }));
    const second = await listStaffArticles(viewers.editor, mineOnly({ q, sort: 'title', pageSize: 2, page: 2 }));
    expect(first.total).toBe(3);
    expect(titles(first)).toEqual(['draft', 'titled']);
    expect(titles(second)).toEqual(['meeting']);
    expect((await listStaffArticles(viewers.editor, mineOnly({ pageSize: 10_000 }))).pageSize).toBe(100);
  });

  it('matches nothing for a query without words, and keeps LIKE and tsquery syntax literal', async () => {
    expect((await listStaffArticles(viewers.editor, mineOnly({ q: '%%% !!' }))).total).toBe(0);
    expect((await listStaffArticles(viewers.editor, mineOnly({ q: `${word('chung')} & !( | :*` }))).total).toBe(3);
  });

  it('offers authors to people who may read every story only', async () => {
    expect((await staffListAuthors(viewers.editor)).map((a) => a.id)).toEqual(expect.arrayContaining([viewers.writer.id, viewers.otherReporter.id]));
    expect(await staffListAuthors(viewers.writer)).toEqual([]);
  });
});
