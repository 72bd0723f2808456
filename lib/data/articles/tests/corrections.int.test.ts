// Corrections ("Đính chính") on the real database: a correction is part of an update, signed off like
// the rest of it; readers get it dated, at the top of the story, on /dinh-chinh and in the feed; it is
// recorded once and never rewritten.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { DataError } from '../../errors';
import { publicArticleBySlug } from '../../public/articles';
import { publicCorrections } from '../../public/corrections';
import { publicFeedItems } from '../../public/feeds';
import { staffPreview } from '../../tokens/preview-links';
import { createArticle } from '../create-article';
import { saveArticle, type SaveInput } from '../save-article';
import { transitionArticle } from '../transition-article';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
const viewers = {} as Record<'reporter' | 'editor' | 'leader', Viewer & { kind: 'user' }>;

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `dc-${run}`, name: `Đính chính ${run}` }).returning();
  sectionId = section!.id;
  for (const key of ['reporter', 'editor', 'leader'] as const) {
    const [user] = await db.insert(s.users).values({ email: `dc-${key}-${run}@test.vn`, name: `${key} ${run}`, roles: [key] }).returning();
    viewers[key] = { kind: 'user', id: user!.id, roles: [key] as Role[] };
  }
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const base = (title: string): Omit<SaveInput, 'baseVersion'> => ({ title, sapo: 'Sapo của bài.', body: doc('Hội nghị do Vụ Kinh tế ngành chủ trì.'), byline: 'TTTTPT&DBKT', sectionId, tags: ['Kinh tế'] });
const version = async (id: string) => (await db.select({ v: s.articles.version }).from(s.articles).where(eq(s.articles.id, id)))[0]!.v;

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

async function signOffAndPublish(id: string) {
  await transitionArticle(viewers.editor, id, { event: 'forward_for_approval' });
  await transitionArticle(viewers.leader, id, { event: 'approve', expectedVersion: await version(id) });
  await transitionArticle(viewers.editor, id, { event: 'publish' });
}

async function liveStory(title: string) {
  const ref = await createArticle(viewers.reporter, base(title));
  await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
  await signOffAndPublish(ref.id);
  return ref;
}

describe('corrections', () => {
  it('a story never published has nothing to correct: the note is refused and nothing is saved', async () => {
    const ref = await createArticle(viewers.reporter, base(`Chưa đăng ${run}`));
    const before = await version(ref.id);
    const refused = await refusal(saveArticle(viewers.reporter, ref.id, { ...base(`Chưa đăng ${run}`), correction: 'Sửa tên đơn vị.', baseVersion: before }));
    expect(refused.code).toBe('invalid');
    expect(refused.userMessage).toBe('Bài chưa từng đăng nên chưa có gì để đính chính: hãy sửa thẳng nội dung và để trống ô "Đính chính".');
    expect(await version(ref.id)).toBe(before);
  });

  it('a note over 2,000 characters is refused with what to do', async () => {
    const ref = await liveStory(`Quá dài ${run}`);
    const refused = await refusal(saveArticle(viewers.editor, ref.id, { ...base(`Quá dài ${run}`), correction: 'a'.repeat(2001), baseVersion: await version(ref.id) }));
    expect(refused.userMessage).toContain('Nội dung đính chính dài quá 2.000 ký tự');
  });

  it('reaches readers only once signed off, dated by its publication, at the top of the story, on /dinh-chinh and in the feed', async () => {
    const title = `Có đính chính ${run}`;
    const ref = await liveStory(title);
    const note = 'Bản trước ghi nhầm đơn vị chủ trì là Vụ Tổng hợp; đã sửa thành Vụ Kinh tế ngành.';
    const saved = await saveArticle(viewers.editor, ref.id, { ...base(title), body: doc('Hội nghị do Vụ Kinh tế ngành chủ trì, có sửa.'), correction: note, baseVersion: await version(ref.id) });
    expect(saved.changedFields).toEqual(['body', 'correction']);

    // The leader's preview shows the note on top, marked as not yet published.
    const preview = await staffPreview(viewers.leader, ref.id);
    expect(preview.corrections).toEqual([{ note, publishedAt: expect.any(Date), pending: true }]);

    // Waiting for sign-off: readers see nothing of it yet.
    const waiting = await publicArticleBySlug(ref.slug);
    expect(waiting.found === 'article' && waiting.article.corrections).toEqual([]);
    expect((await publicCorrections()).some((c) => c.slug === ref.slug)).toBe(false);
    // An approval of an older version does not publish it either.
    const refused = await refusal(transitionArticle(viewers.editor, ref.id, { event: 'publish' }));
    expect(refused.code).toBe('conflict');

    const before = Date.now();
    await signOffAndPublish(ref.id);
    const shown = await publicArticleBySlug(ref.slug);
    if (shown.found !== 'article') throw new Error('story not public');
    expect(shown.article.corrections).toHaveLength(1);
    expect(shown.article.corrections![0]!.note).toBe(note);
    expect(shown.article.corrections![0]!.publishedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const listed = (await publicCorrections()).filter((c) => c.slug === ref.slug);
    expect(listed).toEqual([{ note, publishedAt: shown.article.corrections![0]!.publishedAt, slug: ref.slug, title, language: 'vi' }]);
    const feed = await publicFeedItems(`dc-${run}`);
    expect(feed!.items.find((i) => i.slug === ref.slug)!.correction).toEqual({ note, publishedAt: shown.article.corrections![0]!.publishedAt });
  });

  it('a note carried over into a later update is not recorded again; a new note is, newest first', async () => {
    const title = `Hai lần ${run}`;
    const ref = await liveStory(title);
    await saveArticle(viewers.editor, ref.id, { ...base(title), correction: 'Lần một.', baseVersion: await version(ref.id) });
    await signOffAndPublish(ref.id);
    // An ordinary update, the note left as it was.
    await saveArticle(viewers.editor, ref.id, { ...base(title), sapo: 'Sapo cập nhật.', correction: 'Lần một.', baseVersion: await version(ref.id) });
    await signOffAndPublish(ref.id);
    let shown = await publicArticleBySlug(ref.slug);
    expect(shown.found === 'article' && shown.article.corrections!.map((c) => c.note)).toEqual(['Lần một.']);

    // A preview of the same story shows a carried-over note once: it is already recorded, not pending.
    expect((await staffPreview(viewers.editor, ref.id)).corrections!.map((c) => [c.note, c.pending ?? false])).toEqual([['Lần một.', false]]);

    await saveArticle(viewers.editor, ref.id, { ...base(title), sapo: 'Sapo cập nhật.', correction: 'Lần hai.', baseVersion: await version(ref.id) });
    expect((await staffPreview(viewers.editor, ref.id)).corrections!.map((c) => [c.note, c.pending ?? false])).toEqual([['Lần hai.', true], ['Lần một.', false]]);
    await signOffAndPublish(ref.id);
    shown = await publicArticleBySlug(ref.slug);
    expect(shown.found === 'article' && shown.article.corrections!.map((c) => c.note)).toEqual(['Lần hai.', 'Lần một.']);
    expect((await staffPreview(viewers.editor, ref.id)).corrections!.map((c) => c.pending ?? false)).toEqual([false, false]);
  });

  it('a recorded correction cannot be rewritten or removed, even in the database', async () => {
    const title = `Không xóa ${run}`;
    const ref = await liveStory(title);
    await saveArticle(viewers.editor, ref.id, { ...base(title), correction: 'Giữ mãi.', baseVersion: await version(ref.id) });
    await signOffAndPublish(ref.id);
    const why = (query: Promise<unknown>) => query.then(() => 'allowed', (e: { cause?: { message?: string } }) => e.cause?.message ?? String(e));
    expect(await why(db.execute(sql`update article_corrections set note = 'khác' where article_id = ${ref.id}`))).toMatch(/append-only/);
    expect(await why(db.execute(sql`delete from article_corrections where article_id = ${ref.id}`))).toMatch(/append-only/);
  });
});
