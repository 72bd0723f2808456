import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { createArticle } from '../create-article';
import { saveArticle } from '../save-article';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
afterAll(() => pool.end());

// The newsroom search row (article_working_search) is kept by a trigger on every change of an
// article's current revision, i.e. on every save and autosave. Its tsvectors are costly, so a save
// that leaves the words alone (byline, tags, section, formatting) must not rewrite the row. The
// row's xmin (the transaction that last wrote it) is the observable effect: it moves only on a write.

const run = crypto.randomUUID().replace(/-/g, '').slice(0, 8);
let writer: Viewer & { kind: 'user' };
let articleId = '';
const doc = (text: string, bold = false) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }] }],
});
const TITLE = `Đồng bộ tìm kiếm ${run}`;
const BODY = `Nội dung bài viết về kinh tế ${run}.`;

const row = async () =>
  (
    await db.execute<{ xmin: string; title: string; body_text: string }>(
      sql`select xmin::text as xmin, title, body_text from article_working_search where article_id = ${articleId}`,
    )
  ).rows[0]!;
const version = async () => (await db.select({ version: s.articles.version }).from(s.articles).where(eq(s.articles.id, articleId)))[0]!.version;
const save = async (changes: { byline?: string; body?: unknown; title?: string }) =>
  saveArticle(writer, articleId, { title: changes.title ?? TITLE, sapo: 'Tóm tắt.', body: changes.body ?? doc(BODY), byline: changes.byline ?? 'PV', baseVersion: await version() });

beforeAll(async () => {
  const [user] = await db.insert(s.users).values({ email: `sync-${run}@test.vn`, name: `Sync ${run}`, roles: ['reporter'] }).returning();
  writer = { kind: 'user', id: user!.id, roles: ['reporter'] };
  articleId = (await createArticle(writer, { title: TITLE, sapo: 'Tóm tắt.', body: doc(BODY), byline: 'PV' })).id;
});

describe('newsroom search row upkeep', () => {
  it('leaves the row unwritten when a save changes no words, and rewrites it when the words change', async () => {
    const first = await row();
    expect(first.body_text).toBe(BODY);

    const bylineOnly = await save({ byline: 'Phóng viên thường trú' });
    expect(bylineOnly.changed).toBe(true);
    expect((await row()).xmin).toBe(first.xmin);

    // Bold text is a different body with the same words.
    await save({ byline: 'Phóng viên thường trú', body: doc(BODY, true) });
    expect((await row()).xmin).toBe(first.xmin);

    await save({ byline: 'Phóng viên thường trú', body: doc(`${BODY} Thêm một câu.`) });
    const rewritten = await row();
    expect(rewritten.xmin).not.toBe(first.xmin);
    expect(rewritten.body_text).toBe(`${BODY} Thêm một câu.`);
  });

  it('does not even extract the body text when the new revision keeps the title, sapo and body', async () => {
    // Counted by PostgreSQL itself: calls of the plain-text functions in this transaction (the
    // trigger runs inside it). A copy of the current revision with only its byline changed stands for
    // a metadata-only save or an autosave of unchanged text; a copy with another body for a real edit.
    const calls = await db.transaction(async (tx) => {
      await tx.execute(sql`set local track_functions = 'all'`);
      const count = async () =>
        Number(
          (await tx.execute<{ n: number }>(sql`select coalesce(sum(calls), 0)::int as n from pg_stat_xact_user_functions where funcname in ('tiptap_plain_text', 'tiptap_plain_text_raw')`))
            .rows[0]!.n,
        );
      const copy = async (body: unknown | null) => {
        const inserted = await tx.execute<{ id: string }>(sql`
          insert into revisions (article_id, number, title, sapo, body, meta, content_hash, origin, based_on_revision_id)
          select r.article_id, (select max(number) + 1 from revisions where article_id = r.article_id), r.title, r.sapo,
                 coalesce(${body === null ? null : JSON.stringify(body)}::jsonb, r.body), r.meta || '{"byline":"Người khác"}'::jsonb, r.content_hash || 'x', 'autosave', r.id
          from articles a join revisions r on r.id = a.current_revision_id where a.id = ${articleId}
          returning id`);
        await tx.update(s.articles).set({ currentRevisionId: inserted.rows[0]!.id }).where(eq(s.articles.id, articleId));
      };
      const start = await count();
      await copy(null);
      const afterSame = await count();
      await copy(doc(`${BODY} Câu mới trong bản tự lưu.`));
      const afterEdit = await count();
      return { same: afterSame - start, edit: afterEdit - afterSame };
    });
    expect(calls.same).toBe(0);
    expect(calls.edit).toBeGreaterThan(0);
    expect((await row()).body_text).toBe(`${BODY} Câu mới trong bản tự lưu.`);
  });
});
