import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../connect';
import { runMigrations } from '../setup';
import * as s from '../schema';

const url = process.env.DATABASE_URL!;
const { db, pool } = connect(url, { max: 3 });
afterAll(() => pool.end());

async function makeArticle(title: string) {
  const [article] = await db.insert(s.articles).values({ slug: `t-${crypto.randomUUID()}` }).returning();
  const [revision] = await db
    .insert(s.revisions)
    .values({ articleId: article!.id, number: 1, title, body: { type: 'doc', content: [] }, meta: { byline: '' }, contentHash: 'x' })
    .returning();
  return { article: article!, revision: revision! };
}

describe('migrations', () => {
  it('apply again without error or change (idempotent)', async () => {
    const before = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await runMigrations(url);
    await Promise.all([runMigrations(url), runMigrations(url)]); // concurrent starts
    const after = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('install unaccent, pg_trgm and an IMMUTABLE vn_unaccent that maps đ to d', async () => {
    const { rows } = await db.execute(sql`select provolatile from pg_proc where proname = 'vn_unaccent'`);
    expect(rows[0]).toEqual({ provolatile: 'i' });
    const out = await db.execute(sql`select vn_unaccent('Hội nghị tổng kết ĐÀ NẴNG đường') as v`);
    expect(out.rows[0]).toEqual({ v: 'hoi nghi tong ket da nang duong' });
  });
});

/** Drizzle wraps the database error; the trigger's message is on its cause. */
async function refusedAsAppendOnly(query: PromiseLike<unknown>): Promise<void> {
  const error = await Promise.resolve(query).then(
    () => null,
    (e: { message?: string; cause?: { message?: string } }) => e,
  );
  expect(error, 'the statement should have been refused').not.toBeNull();
  expect(error!.cause?.message ?? error!.message).toMatch(/is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
}

describe('append-only history', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on revisions and audit tables', async () => {
    const { article, revision } = await makeArticle('Bất biến');
    await refusedAsAppendOnly(db.update(s.revisions).set({ title: 'đổi' }).where(sql`id = ${revision.id}`));
    await refusedAsAppendOnly(db.delete(s.revisions).where(sql`id = ${revision.id}`));
    await db.insert(s.workflowEvents).values({ articleId: article.id, event: 'create', toStatus: 'draft' });
    await refusedAsAppendOnly(db.update(s.workflowEvents).set({ note: 'x' }).where(sql`article_id = ${article.id}`));
    await refusedAsAppendOnly(db.delete(s.workflowEvents).where(sql`article_id = ${article.id}`));
    await db.insert(s.auditLog).values({ action: 'test' });
    await refusedAsAppendOnly(db.execute(sql`update audit_log set action = 'x'`));
    await refusedAsAppendOnly(db.execute(sql`truncate audit_log`));
    await refusedAsAppendOnly(db.execute(sql`truncate revisions cascade`));
    const [still] = await db.select().from(s.revisions).where(sql`id = ${revision.id}`);
    expect(still?.title).toBe('Bất biến');
  });
});

describe('Vietnamese search support', () => {
  it('finds text without diacritics both ways through the generated document and trigram index', async () => {
    const { article } = await makeArticle('x');
    await db.insert(s.articleSearch).values({
      articleId: article.id,
      title: 'Hội nghị tổng kết công tác năm 2019 tại Đà Nẵng',
      sapo: 'Sapo',
      bodyText: 'Nội dung về đường sắt',
    });
    const search = (q: string) =>
      db.execute(sql`select article_id from article_search where document @@ plainto_tsquery('simple', vn_unaccent(${q})) and article_id = ${article.id}`);
    expect((await search('hoi nghi tong ket')).rowCount).toBe(1);
    expect((await search('Hội nghị tổng kết')).rowCount).toBe(1);
    expect((await search('da nang')).rowCount).toBe(1);
    expect((await search('Đà Nẵng')).rowCount).toBe(1);
    expect((await search('duong sat')).rowCount).toBe(1);
    expect((await search('ha noi')).rowCount).toBe(0);
    const trigram = await db.execute(sql`select article_id from article_search where vn_unaccent(title) like ${'%tong ket cong%'} and article_id = ${article.id}`);
    expect(trigram.rowCount).toBe(1);
  });
});
