import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { bodyToPlainText } from '@/lib/content/plain-text';
import type { JSONContent } from '@/lib/content/types';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../create-article';
import { listStaffArticles } from '../staff-list';
import { transitionArticle } from '../transition-article';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

// The newsroom list ranks with the readers' word-aware ranking: syllables typed together rank a story
// holding them together above one with them apart, even when the latter has them in its title and is
// newer (the older title-weighted ts_rank_cd put it first). Every story here is by this file's own
// writer, and every query is filtered by that writer, so other files' stories never take part.
const run = crypto.randomUUID().replace(/-/g, '').slice(0, 8);
let writer: Viewer & { kind: 'user' };
let editor: Viewer & { kind: 'user' };
const ids: Record<string, string> = {};
let sectionId = '';

async function makeUser(key: string, roles: Role[]): Promise<Viewer & { kind: 'user' }> {
  const [user] = await db.insert(s.users).values({ email: `${key}-${run}@test.vn`, name: `${key} ${run}`, roles }).returning();
  return { kind: 'user', id: user!.id, roles };
}

const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

/** Stories created in order, so the later ("apart") one is the newer: recency cannot explain the order. */
const STORIES: Array<{ key: string; title: string; sapo: string; body: string[] }> = [
  // "kinh tế" together, in the body only.
  { key: 'kinhteTogether', title: `Báo cáo quý ${run}`, sapo: 'Tóm tắt.', body: ['Tình hình kinh tế địa phương tăng trưởng khá.'] },
  // "kinh" and "tế" apart, both in the title.
  { key: 'kinhteApart', title: `Kinh nghiệm y tế cơ sở ${run}`, sapo: 'Tóm tắt.', body: ['Nội dung.'] },
  { key: 'tongketTogether', title: `Hội nghị cuối năm ${run}`, sapo: 'Tóm tắt.', body: ['Hội nghị tổng kết công tác năm 2025.'] },
  { key: 'tongketApart', title: `Tổng hợp ý kiến, kết luận ${run}`, sapo: 'Tóm tắt.', body: ['Nội dung.'] },
  { key: 'bctTogether', title: `Văn bản mới ${run}`, sapo: 'Tóm tắt.', body: ['Bộ Chính trị đã ban hành nghị quyết.'] },
  { key: 'bctApart', title: `Bộ Tư pháp bàn chính sách quản trị ${run}`, sapo: 'Tóm tắt.', body: ['Nội dung.'] },
];

beforeAll(async () => {
  writer = await makeUser('writer', ['reporter']);
  editor = await makeUser('editor', ['editor']);
  const [section] = await db.insert(s.sections).values({ slug: `tu-${run}`, name: `Từ ${run}` }).returning();
  sectionId = section!.id;
  for (const story of STORIES) {
    ids[story.key] = (await createArticle(writer, { title: story.title, sapo: story.sapo, body: doc(...story.body), byline: 'PV', sectionId })).id;
    // Distinct last-change times, newest last.
    await db.execute(sql`select pg_sleep(0.01)`);
  }
  // Staff search covers every state: one of the "together" stories is in review, the others drafts.
  await transitionArticle(writer, ids.bctTogether!, { event: 'submit' });
});

const keysOf = (list: { items: Array<{ id: string }> }) => list.items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? i.id);
const ranked = async (q: string, viewer: Viewer = editor) => keysOf(await listStaffArticles(viewer, { q, author: writer.id }));

describe('newsroom search ranks Vietnamese words, not syllables', () => {
  it('ranks a story with "kinh tế" together above a newer one with "kinh" and "tế" apart in its title, accented or not', async () => {
    expect(await ranked('kinh tế')).toEqual(['kinhteTogether', 'kinhteApart']);
    expect(await ranked('kinh te')).toEqual(['kinhteTogether', 'kinhteApart']);
    // The writer's own list ranks the same way (the policy filter is unchanged).
    expect(await ranked('Kinh Tế', writer)).toEqual(['kinhteTogether', 'kinhteApart']);
  });

  it('does the same for "tổng kết" and "Bộ Chính trị" (a story in review included)', async () => {
    expect(await ranked('tổng kết')).toEqual(['tongketTogether', 'tongketApart']);
    expect(await ranked('Bộ Chính trị')).toEqual(['bctTogether', 'bctApart']);
    expect(await ranked('bo chinh tri')).toEqual(['bctTogether', 'bctApart']);
  });

  it('keeps newest first on request, and a quoted phrase still matches only the syllables together', async () => {
    expect(await keysOf(await listStaffArticles(editor, { q: 'kinh tế', author: writer.id, sort: 'newest' }))).toEqual(['kinhteApart', 'kinhteTogether']);
    expect(await ranked('"kinh tế"')).toEqual(['kinhteTogether']);
  });

  it('stores the body text exactly as public search stores it (blocks on their own lines)', async () => {
    const body: JSONContent = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Phần  một: Kinh' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'tế ' }, { type: 'text', text: 'vùng', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'dòng hai' }] },
        { type: 'figure', attrs: { src: 'x', caption: 'Ảnh hội nghị', credit: 'TTXVN' }, content: [] },
        {
          type: 'gallery',
          // Library ids, as every stored gallery has (validateBody refuses others, and lib/content/gallery.ts leaves them out).
          attrs: {
            items: [
              { mediaId: '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b', alt: 'x', caption: 'Toàn cảnh  hội nghị', credit: 'Báo Nhân Dân' },
              { mediaId: '1c9eede7-8c2e-454d-b723-2a99df95de1c', alt: 'y', caption: '', credit: 'TTXVN' },
              { mediaId: '2daffef8-9d3f-465e-8834-3baae0a6ef2d', alt: 'z', caption: '', credit: '' },
            ],
          },
        },
        { type: 'video', attrs: { mediaId: '3c8ddcd6-7b1d-443c-a612-1f88ce84cd0b', caption: 'Phát biểu  khai mạc', credit: 'Truyền hình Quốc hội' } },
        { type: 'video', attrs: { mediaId: '4d9eede7-8c2e-454d-b723-2a99df95de1c', caption: '', credit: '' } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mục một' }] }] }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B' }] }] }] }],
        },
      ],
    };
    const [row] = await db.execute<{ text: string }>(sql`select tiptap_plain_text(${JSON.stringify(body)}::jsonb) as text`).then((r) => r.rows);
    expect(row!.text).toBe(bodyToPlainText(body));
    // "Kinh" ends the heading and "tế" starts the paragraph: not a pair, so no "kinh_te" key.
    const [stored] = await db.select({ keys: s.articleWorkingSearch.keys }).from(s.articleWorkingSearch).where(eq(s.articleWorkingSearch.articleId, ids.kinhteTogether!));
    expect(String(stored!.keys)).toContain("'kinh_te'");
    const [split] = await db.execute<{ keys: string }>(sql`select vn_search_keys('', ${row!.text})::text as keys`).then((r) => r.rows);
    expect(split!.keys).not.toContain("'kinh_te'");
  });

  it('composes text pasted in decomposed form (NFD): stored once in NFC, found with and without marks', async () => {
    const nfd = (text: string) => text.normalize('NFD');
    const created = await createArticle(writer, { title: nfd(`Ghi chép Hòa Bình ${run}`), sapo: nfd('Sông Đà mùa nước.'), body: doc(nfd('Đoàn công tác đến Đà Nẵng.')), byline: nfd('Phóng viên'), sectionId });
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.articleId, created.id));
    expect(revision!.title).toBe(`Ghi chép Hòa Bình ${run}`);
    expect(revision!.sapo).toBe('Sông Đà mùa nước.');
    expect(bodyToPlainText(revision!.body as JSONContent)).toBe('Đoàn công tác đến Đà Nẵng.');
    expect(revision!.meta.byline).toBe('Phóng viên');
    for (const q of ['Đà Nẵng', 'da nang', nfd('Đà Nẵng'), 'hòa bình']) expect(await ranked(q), q).toEqual([created.id]);
  });
});
