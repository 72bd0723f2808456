// The benchmark generator writes stories in bulk; readers and the workflow must see them exactly as
// they see stories the newsroom wrote. A fresh database per run (the generator fills the registry
// tables, which would collide with other tests' rows in the shared one).
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '@/db/connect';
import * as s from '@/db/schema';
import { dropDatabase, ensureDatabase, runMigrations } from '@/db/setup';
import type { JSONContent } from '@/lib/content/types';
import { placementOf, rowPlacement } from '@/lib/data/articles/placement';
import { searchRow, versionHash } from '@/lib/data/articles/rows';
import { latestPublicArticles, publicArticleBySlug, publicSectionPage } from '@/lib/data/public/articles';
import { publicPersonPage, publicTagPage } from '@/lib/data/public/taxonomy';
import { generateSite } from '../bench/generate';
import type { PoolPhoto } from '../bench/images';

const STORIES = 50;
const original = process.env.DATABASE_URL!;
const name = `portal_test_bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
const url = new URL(original);
url.pathname = `/${name}`;
let conn: Connection;

const photo = (i: number): PoolPhoto => ({
  id: randomUUID(),
  storageKey: `be/bench-${i}-1600.jpg`,
  byteSize: 1000,
  width: 1600,
  height: 1067,
  sha256: String(i).padStart(64, '0'),
  variants: [{ width: 1600, height: 1067, format: 'jpeg', key: `be/bench-${i}-1600.jpg`, bytes: 1000 }],
});

beforeAll(async () => {
  const g = globalThis as { portalDb?: unknown };
  // lib/data connects lazily from DATABASE_URL: point it at the fresh database before its first query.
  expect(g.portalDb, 'lib/data already connected to another database').toBeUndefined();
  await ensureDatabase(original, name);
  await runMigrations(url.href);
  process.env.DATABASE_URL = url.href;
  await generateSite(url.href, { articles: STORIES, photos: [photo(1), photo(2), photo(3)], log: () => {} });
  conn = connect(url.href, { max: 2 });
}, 120_000);

afterAll(async () => {
  await conn?.pool.end();
  const g = globalThis as { portalDb?: Connection };
  await g.portalDb?.pool.end();
  delete g.portalDb;
  process.env.DATABASE_URL = original;
  await dropDatabase(original, name);
});

describe('benchmark generator', () => {
  it('writes stories readers see like newsroom stories: home list, story page, section, tag and person pages', async () => {
    const live = await conn.db.select().from(s.articles).where(eq(s.articles.status, 'published'));
    // The first 50 of any corpus are always published.
    expect(live).toHaveLength(STORIES);
    const latest = await latestPublicArticles(100);
    expect(latest.map((a) => a.id).sort()).toEqual(live.map((a) => a.id).sort());

    for (const article of live.slice(0, 10)) {
      const lookup = await publicArticleBySlug(article.slug);
      expect(lookup.found, article.slug).toBe('article');
      if (lookup.found !== 'article') continue;
      expect(lookup.article.body.type).toBe('doc');
      expect(lookup.article.section).not.toBeNull();
      expect(lookup.article.tags.length).toBeGreaterThan(0);
      expect(lookup.article.cover?.src).toContain('bench-');
      expect(lookup.article.media.size).toBeGreaterThan(0);
    }

    const [section] = await conn.db.select().from(s.sections).where(eq(s.sections.id, live[0]!.sectionId!));
    const page = await publicSectionPage(section!.slug, 1);
    expect(page?.total).toBe(live.filter((a) => a.sectionId === section!.id).length);

    const [tagged] = await conn.db.select({ slug: s.tags.slug }).from(s.articleTags).innerJoin(s.tags, eq(s.tags.id, s.articleTags.tagId)).where(eq(s.articleTags.articleId, live[0]!.id));
    expect((await publicTagPage(tagged!.slug, 1))?.articles.map((a) => a.id)).toContain(live[0]!.id);

    const named = await conn.db.select({ slug: s.people.slug, articleId: s.articlePeople.articleId }).from(s.articlePeople).innerJoin(s.people, eq(s.people.id, s.articlePeople.personId)).limit(1);
    expect(named, 'some generated meeting report names registry people').toHaveLength(1);
    expect((await publicPersonPage(named[0]!.slug, 1))?.articles.map((a) => a.id)).toContain(named[0]!.articleId);
  });

  it('writes revisions the workflow accepts: stored placement matches the row, sign-off hash and search text as the app computes them', async () => {
    const live = await conn.db.select().from(s.articles).where(eq(s.articles.status, 'published'));
    const revisions = await conn.db.select().from(s.revisions).where(inArray(s.revisions.id, live.map((a) => a.liveRevisionId!)));
    for (const article of live) {
      const revision = revisions.find((r) => r.id === article.liveRevisionId)!;
      expect(revision.placement, article.slug).not.toBeNull();
      const fromRow = await rowPlacement(conn.db, article);
      expect({ ...revision.placement!, tags: [...revision.placement!.tags].sort() }).toEqual({ ...fromRow, tags: [...fromRow.tags].sort() });
      const content = { title: revision.title, sapo: revision.sapo, body: revision.body as JSONContent, meta: revision.meta, meeting: revision.meeting };
      const hash = versionHash(content, await placementOf(conn.db, article, revision));
      expect(revision.contentHash).toBe(hash);
      const [approval] = await conn.db.select().from(s.approvals).where(and(eq(s.approvals.articleId, article.id), eq(s.approvals.revisionId, revision.id)));
      expect(approval?.contentHash).toBe(hash);
      const [search] = await conn.db.select().from(s.articleSearch).where(eq(s.articleSearch.articleId, article.id));
      expect({ title: search!.title, sapo: search!.sapo, bodyText: search!.bodyText }).toEqual(searchRow(revision));
    }
  });
});
