import { spawn } from 'node:child_process';
import { count, eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../connect';
import * as s from '../schema';
import { DEMO_ACCOUNTS, DEMO_MARK, seedDemoContent } from '../seed/demo';
import { loadDemoArticles } from '../seed/demo-content';
import { SEED_STORY_SLUG } from '../seed/seed-story';
import { searchRow, versionHash, type RevisionContent } from '@/lib/data/articles/rows';

const url = process.env.DATABASE_URL!;
const { db, pool } = connect(url, { max: 3 });
afterAll(() => pool.end());

const DEMO_SECTIONS = ['hoat-dong-cua-ban', 'tin-tuc-su-kien', 'hoi-nghi-hoi-thao', 'nghien-cuu-trao-doi', 'kinh-te-dia-phuong'];
const slugs = [SEED_STORY_SLUG, ...loadDemoArticles().map((a) => a.slug)];
const counts = async () => {
  const [articles] = await db.select({ n: count() }).from(s.articles).where(inArray(s.articles.slug, slugs));
  const [users] = await db.select({ n: count() }).from(s.users).where(inArray(s.users.email, DEMO_ACCOUNTS.map((a) => a.email)));
  const [sections] = await db.select({ n: count() }).from(s.sections).where(inArray(s.sections.slug, DEMO_SECTIONS));
  const [settings] = await db.select({ n: count() }).from(s.siteSettings);
  const [events] = await db.select({ n: count() }).from(s.workflowEvents).innerJoin(s.articles, eq(s.articles.id, s.workflowEvents.articleId)).where(inArray(s.articles.slug, slugs));
  return { articles: articles!.n, users: users!.n, sections: sections!.n, settings: settings!.n, events: events!.n };
};

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('demo seeding', () => {
  it('recovers from a start killed halfway through seeding: no partial content, then exactly one full copy', async () => {
    // Hold a lock the seeder needs late in its transaction, so the kill lands mid-transaction for sure.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table article_search in access exclusive mode');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-seed.ts', '--force'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      await waitFor(async () => {
        const { rows } = await db.execute(sql`select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'article_search' and not l.granted`);
        return (rows[0] as { n: number }).n > 0;
      }, 60_000);
      child.kill('SIGKILL');
      await exited;
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }

    expect(await counts()).toEqual({ articles: 0, users: 0, sections: 0, settings: 0, events: 0 });
    expect(await seedDemoContent(db)).toBe(true);
    const full = await counts();
    expect(full).toEqual({ articles: slugs.length, users: 4, sections: 5, settings: 1, events: slugs.length * 5 });
    expect(await seedDemoContent(db)).toBe(false);
    expect(await counts()).toEqual(full);
    const marks = await db.select().from(s.setupMarks).where(eq(s.setupMarks.name, DEMO_MARK));
    expect(marks).toHaveLength(1);
  });

  it('writes the seed story as a published meeting report with a sign-off bound to its revision', async () => {
    const [article] = await db.select().from(s.articles).where(eq(s.articles.slug, SEED_STORY_SLUG));
    expect(article).toMatchObject({ status: 'published', kind: 'meeting_report' });
    expect(article!.publishedAt?.toISOString()).toBe('2019-12-23T10:30:00.000Z');
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, article!.liveRevisionId!));
    expect(revision!.meta.byline).toBe('TTTTPT&DBKT');
    const figures = (revision!.body as { content: Array<{ type: string; attrs?: { caption?: string } }> }).content.filter((n) => n.type === 'figure');
    expect(figures.map((f) => f.attrs?.caption)).toEqual([
      'Đồng chí Nguyễn Hồng Sơn, Phó Trưởng Ban Kinh tế Trung ương phát biểu chỉ đạo',
      'Đồng chí Vụ trưởng Vũ Trọng Bình báo cáo công tác',
      'Quang cảnh buổi tổng kết',
    ]);
    const [approval] = await db.select().from(s.approvals).where(eq(s.approvals.articleId, article!.id));
    expect(approval).toMatchObject({ revisionId: revision!.id, contentHash: revision!.contentHash, approverTitle: 'Phó Trưởng Ban Kinh tế Trung ương' });
    const people = await db.select().from(s.articlePeople).where(eq(s.articlePeople.articleId, article!.id));
    expect(people.map((p) => p.role).sort()).toEqual(['chair', 'presenter']);
  });

  it('writes every story as the newsroom would: the placement in its revision and the sign-off hash of text and placement', async () => {
    const rows = await db
      .select({ article: s.articles, revision: s.revisions, approval: s.approvals, section: s.sections.id })
      .from(s.articles)
      .innerJoin(s.revisions, eq(s.revisions.id, s.articles.liveRevisionId))
      .innerJoin(s.approvals, eq(s.approvals.revisionId, s.revisions.id))
      .innerJoin(s.sections, eq(s.sections.id, s.articles.sectionId))
      .where(inArray(s.articles.slug, slugs));
    expect(rows).toHaveLength(slugs.length);
    for (const { article, revision, approval } of rows) {
      const tags = await db.select({ name: s.tags.name }).from(s.articleTags).innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId)).where(eq(s.articleTags.articleId, article.id));
      const authors = await db.select({ id: s.articleAuthors.userId }).from(s.articleAuthors).where(eq(s.articleAuthors.articleId, article.id));
      expect(revision.placement).toEqual({
        sectionId: article.sectionId,
        tags: expect.arrayContaining(tags.map((t) => t.name)),
        authorIds: authors.map((a) => a.id),
        slug: article.slug,
        language: article.language,
        kind: article.kind,
        embargoUntil: null,
        scheduledUnpublishAt: null,
      });
      expect(revision.placement!.tags).toHaveLength(tags.length);
      expect(revision.contentHash).toBe(versionHash(revision as RevisionContent, revision.placement!));
      expect(approval.contentHash).toBe(revision.contentHash);
      const [search] = await db.select().from(s.articleSearch).where(eq(s.articleSearch.articleId, article.id));
      expect(search).toMatchObject(searchRow(revision));
    }
  });
});
