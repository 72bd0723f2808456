import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { latestPublicArticles, publicArticleBySlug, publicSectionPage, relatedPublicArticles } from '../public/articles';
import { isWithdrawnArticleSlug } from '../public/gone';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const tag = crypto.randomUUID().slice(0, 8);

async function article(status: s.ArticleStatus, extra: Partial<typeof s.articles.$inferInsert> = {}, sectionId?: string) {
  const slug = `${status}-${tag}-${crypto.randomUUID().slice(0, 6)}`;
  const [row] = await db.insert(s.articles).values({ slug, status, sectionId, ...extra }).returning();
  const [rev] = await db
    .insert(s.revisions)
    .values({ articleId: row!.id, number: 1, title: `Tiêu đề ${slug}`, body: { type: 'doc', content: [] }, meta: { byline: '' }, contentHash: 'h' })
    .returning();
  const live = status === 'published' || status === 'unpublished' ? rev!.id : null;
  await db.update(s.articles).set({ currentRevisionId: rev!.id, liveRevisionId: live, publishedAt: live ? new Date() : null }).where(eq(s.articles.id, row!.id));
  return { id: row!.id, slug };
}

describe('a story page', () => {
  it('lists the story’s tags and the people it names, each by name and each once', async () => {
    const story = await article('published');
    const [bTag, aTag] = await db
      .insert(s.tags)
      .values([
        { slug: `bo-${tag}`, name: `Bộ ${tag}` },
        { slug: `an-${tag}`, name: `An ${tag}` },
      ])
      .returning();
    const [person] = await db.insert(s.people).values({ slug: `nguoi-${tag}`, fullName: `Lê Văn Chủ ${tag}` }).returning();
    await db.insert(s.articleTags).values([
      { articleId: story.id, tagId: bTag!.id },
      { articleId: story.id, tagId: aTag!.id },
    ]);
    // Named twice (two roles): listed once.
    await db.insert(s.articlePeople).values([
      { articleId: story.id, personId: person!.id, role: 'chair' },
      { articleId: story.id, personId: person!.id, role: 'attending' },
    ]);
    const lookup = await publicArticleBySlug(story.slug);
    expect(lookup.found).toBe('article');
    if (lookup.found !== 'article') return;
    expect(lookup.article.tags).toEqual([
      { slug: aTag!.slug, name: aTag!.name },
      { slug: bTag!.slug, name: bTag!.name },
    ]);
    expect(lookup.article.people).toEqual([{ slug: person!.slug, fullName: person!.fullName }]);
  });
});

describe('what readers can see (isPublic)', () => {
  it('shows published stories and hides drafts, stories in review, approved-not-published, unpublished and embargoed ones', async () => {
    const [section] = await db.insert(s.sections).values({ slug: `cm-${tag}`, name: `Chuyên mục ${tag}` }).returning();
    const published = await article('published', {}, section!.id);
    const hidden = await Promise.all([
      article('draft', {}, section!.id),
      article('in_review', {}, section!.id),
      article('approved', {}, section!.id),
      article('unpublished', {}, section!.id),
      article('published', { embargoUntil: new Date(Date.now() + 3_600_000) }, section!.id),
    ]);
    const pastEmbargo = await article('published', { embargoUntil: new Date(Date.now() - 1000) }, section!.id);

    expect((await publicArticleBySlug(published.slug)).found).toBe('article');
    expect((await publicArticleBySlug(pastEmbargo.slug)).found).toBe('article');
    // A withdrawn story answers 410 (gone); the others were never public (none).
    for (const h of hidden) expect((await publicArticleBySlug(h.slug)).found, h.slug).toBe(h.slug.startsWith('unpublished-') ? 'gone' : 'none');

    const latest = (await latestPublicArticles(200)).map((a) => a.id);
    expect(latest).toContain(published.id);
    for (const h of hidden) expect(latest).not.toContain(h.id);

    const page = await publicSectionPage(section!.slug, 1);
    expect(page?.total).toBe(2);
    expect(page?.articles.map((a) => a.id).sort()).toEqual([published.id, pastEmbargo.id].sort());
    expect(await publicSectionPage(`khong-co-${tag}`, 1)).toBeNull();
  });

  it('redirects an old slug of a public story and not of a hidden one', async () => {
    const live = await article('published');
    const draft = await article('draft');
    await db.insert(s.articleSlugs).values([
      { slug: `cu-${live.slug}`, articleId: live.id },
      { slug: `cu-${draft.slug}`, articleId: draft.id },
    ]);
    expect(await publicArticleBySlug(`cu-${live.slug}`)).toEqual({ found: 'redirect', slug: live.slug });
    expect(await publicArticleBySlug(`cu-${draft.slug}`)).toEqual({ found: 'none' });
  });

  it('says a withdrawn story is gone (410), under its slug and its old slugs, and one readers never saw is none (404)', async () => {
    const withdrawn = await article('unpublished');
    const archived = await article('archived');
    await db.update(s.articles).set({ publishedAt: new Date(Date.now() - 86_400_000) }).where(eq(s.articles.id, archived.id));
    const neverPublished = await article('archived');
    await db.insert(s.articleSlugs).values({ slug: `cu-${withdrawn.slug}`, articleId: withdrawn.id });
    for (const slug of [withdrawn.slug, `cu-${withdrawn.slug}`, archived.slug]) expect(await publicArticleBySlug(slug), slug).toEqual({ found: 'gone' });
    expect(await publicArticleBySlug(neverPublished.slug)).toEqual({ found: 'none' });
    expect(await isWithdrawnArticleSlug(withdrawn.slug)).toBe(true);
    expect(await isWithdrawnArticleSlug(archived.slug)).toBe(true);
    expect(await isWithdrawnArticleSlug(`cu-${withdrawn.slug}`)).toBe(true);
    expect(await isWithdrawnArticleSlug(neverPublished.slug)).toBe(false);
    expect(await isWithdrawnArticleSlug('../khong-hop-le')).toBe(false);
  });

  it('keeps a published story on the site while its next revision is in review (the live revision is what counts)', async () => {
    const live = await article('published');
    await db.update(s.articles).set({ status: 'in_review' }).where(eq(s.articles.id, live.id));
    expect((await publicArticleBySlug(live.slug)).found).toBe('article');
    expect((await latestPublicArticles(500)).map((a) => a.id)).toContain(live.id);
  });

  it('finds related stories for a story with no section and no tags (none), and by shared tags first', async () => {
    const alone = await article('published');
    expect(await relatedPublicArticles({ id: alone.id, sectionSlug: null })).toEqual([]);

    const [shared] = await db.insert(s.tags).values({ slug: `lien-quan-${tag}`, name: `Liên quan ${tag}` }).returning();
    const withTag = await article('published');
    const hiddenWithTag = await article('draft');
    await db.insert(s.articleTags).values([alone, withTag, hiddenWithTag].map((a) => ({ articleId: a.id, tagId: shared!.id })));
    expect((await relatedPublicArticles({ id: alone.id, sectionSlug: null })).map((a) => a.id)).toEqual([withTag.id]);
  });

  it('ranks related stories by shared tags, then same section, then date, and fills from the section without repeats', async () => {
    const [here, elsewhere] = await db
      .insert(s.sections)
      .values([
        { slug: `lq-a-${tag}`, name: `Liên quan A ${tag}` },
        { slug: `lq-b-${tag}`, name: `Liên quan B ${tag}` },
      ])
      .returning();
    const [t1, t2] = await db
      .insert(s.tags)
      .values([
        { slug: `lq-1-${tag}`, name: `Thẻ 1 ${tag}` },
        { slug: `lq-2-${tag}`, name: `Thẻ 2 ${tag}` },
      ])
      .returning();
    const hoursAgo = async (story: { id: string }, hours: number) =>
      db.update(s.articles).set({ publishedAt: new Date(Date.now() - hours * 3_600_000) }).where(eq(s.articles.id, story.id));
    const story = await article('published', {}, here!.id);
    const bothTags = await article('published', {}, elsewhere!.id); // two shared tags, other section, oldest
    const oneTagHere = await article('published', {}, here!.id); // one shared tag, same section, newer than sectionOlder
    const oneTagThere = await article('published', {}, elsewhere!.id); // one shared tag, other section, newer than oneTagHere
    const sectionNewer = await article('published', {}, here!.id);
    const sectionOlder = await article('published', {}, here!.id);
    const sectionOldest = await article('published', {}, here!.id);
    const draftWithTags = await article('draft', {}, here!.id);
    const embargoed = await article('published', { embargoUntil: new Date(Date.now() + 3_600_000) }, here!.id);
    await article('published', {}, elsewhere!.id); // nothing in common
    for (const [s2, h] of [[bothTags, 90], [oneTagHere, 5], [oneTagThere, 2], [sectionNewer, 1], [sectionOlder, 20], [sectionOldest, 80], [embargoed, 0]] as const) await hoursAgo(s2, h);
    await db.insert(s.articleTags).values([
      { articleId: story.id, tagId: t1!.id },
      { articleId: story.id, tagId: t2!.id },
      { articleId: bothTags.id, tagId: t1!.id },
      { articleId: bothTags.id, tagId: t2!.id },
      { articleId: oneTagHere.id, tagId: t1!.id },
      { articleId: oneTagThere.id, tagId: t2!.id },
      { articleId: draftWithTags.id, tagId: t1!.id },
      { articleId: draftWithTags.id, tagId: t2!.id },
    ]);
    const related = (await relatedPublicArticles({ id: story.id, sectionSlug: here!.slug })).map((a) => a.id);
    // oneTagHere is both a tag match and a section match: listed once, where its tag puts it.
    expect(related).toEqual([bothTags.id, oneTagHere.id, oneTagThere.id, sectionNewer.id, sectionOlder.id]);
    // Without a section only the tag matches remain.
    expect((await relatedPublicArticles({ id: story.id, sectionSlug: null })).map((a) => a.id)).toEqual([bothTags.id, oneTagThere.id, oneTagHere.id]);
    // The ranking reads the section off the tag rows' mirror: a story moved into this section
    // (only its article row written) now wins the tie with oneTagHere by date.
    await db.update(s.articles).set({ sectionId: here!.id }).where(eq(s.articles.id, oneTagThere.id));
    expect((await relatedPublicArticles({ id: story.id, sectionSlug: here!.slug })).map((a) => a.id)).toEqual([bothTags.id, oneTagThere.id, oneTagHere.id, sectionNewer.id, sectionOlder.id]);
  });

  it('counts shared tags among the newest stories of each tag: a rare tag still brings its old stories', async () => {
    const [popular, rare] = await db
      .insert(s.tags)
      .values([
        { slug: `pho-bien-${tag}`, name: `Phổ biến ${tag}` },
        { slug: `hiem-${tag}`, name: `Hiếm ${tag}` },
      ])
      .returning();
    const story = await article('published');
    const old = await article('published'); // shares both tags, oldest
    const newer = [await article('published'), await article('published'), await article('published')]; // the popular tag only
    await db.update(s.articles).set({ publishedAt: new Date(Date.now() - 100 * 3_600_000) }).where(eq(s.articles.id, old.id));
    for (const [i, n] of newer.entries()) await db.update(s.articles).set({ publishedAt: new Date(Date.now() - (i + 1) * 3_600_000) }).where(eq(s.articles.id, n.id));
    await db.insert(s.articleTags).values([
      ...[story, old, ...newer].map((a) => ({ articleId: a.id, tagId: popular!.id })),
      ...[story, old].map((a) => ({ articleId: a.id, tagId: rare!.id })),
    ]);
    const ids = async (tagWindow?: number) => (await relatedPublicArticles({ id: story.id, sectionSlug: null }, tagWindow)).map((a) => a.id);
    expect(await ids()).toEqual([old.id, newer[0]!.id, newer[1]!.id, newer[2]!.id]);
    // Looking at only the 2 newest of each tag: the old story is out of the popular tag's window but
    // still in the rare tag's, so it stays, now with one shared tag like the others.
    expect(await ids(2)).toEqual([newer[0]!.id, newer[1]!.id, old.id]);
  });

  it('keeps the tag mirror in step with the story: tagged as a draft, related once published, gone when withdrawn', async () => {
    const [shared] = await db.insert(s.tags).values({ slug: `guong-${tag}`, name: `Gương ${tag}` }).returning();
    const story = await article('published');
    const later = await article('draft');
    await db.insert(s.articleTags).values([story, later].map((a) => ({ articleId: a.id, tagId: shared!.id })));
    const related = async () => (await relatedPublicArticles({ id: story.id, sectionSlug: null })).map((a) => a.id);
    expect(await related()).toEqual([]);
    // Publishing writes only the article row; the tag rows follow through the trigger.
    const [rev] = await db.select({ id: s.revisions.id }).from(s.revisions).where(eq(s.revisions.articleId, later.id));
    await db.update(s.articles).set({ status: 'published', liveRevisionId: rev!.id, publishedAt: new Date() }).where(eq(s.articles.id, later.id));
    expect(await related()).toEqual([later.id]);
    await db.update(s.articles).set({ embargoUntil: new Date(Date.now() + 3_600_000) }).where(eq(s.articles.id, later.id));
    expect(await related()).toEqual([]);
    await db.update(s.articles).set({ embargoUntil: null }).where(eq(s.articles.id, later.id));
    expect(await related()).toEqual([later.id]);
    await db.update(s.articles).set({ status: 'unpublished', liveRevisionId: null }).where(eq(s.articles.id, later.id));
    expect(await related()).toEqual([]);
    // The mirror holds the article's own date, and "-infinity" (visible, no embargo) for a public story.
    const [mirror] = await db
      .select({ same: sql<boolean>`${s.articleTags.publishedAt} = ${s.articles.publishedAt}`, visibleFrom: sql<string>`${s.articleTags.visibleFrom}::text` })
      .from(s.articleTags)
      .innerJoin(s.articles, eq(s.articles.id, s.articleTags.articleId))
      .where(eq(s.articleTags.articleId, story.id));
    expect(mirror).toEqual({ same: true, visibleFrom: '-infinity' });
  });

  it('carries the story language and English section names to readers', async () => {
    const [section] = await db.insert(s.sections).values({ slug: `en-${tag}`, name: `Chuyên mục ${tag}`, nameEn: `Section ${tag}` }).returning();
    const story = await article('published', { language: 'en' }, section!.id);
    const lookup = await publicArticleBySlug(story.slug);
    expect(lookup.found === 'article' && lookup.article.language).toBe('en');
    expect(lookup.found === 'article' && lookup.article.section).toEqual({ slug: section!.slug, name: section!.name, nameEn: `Section ${tag}` });
    const page = await publicSectionPage(section!.slug, 1);
    expect(page?.articles.map((a) => [a.id, a.language, a.section?.nameEn])).toEqual([[story.id, 'en', `Section ${tag}`]]);
    // The database refuses a language the portal does not know.
    await expect(db.update(s.articles).set({ language: 'fr' }).where(eq(s.articles.id, story.id))).rejects.toThrow();
  });
});
