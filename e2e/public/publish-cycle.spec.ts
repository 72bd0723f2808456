import { eq } from 'drizzle-orm';
import { expect, test, type APIRequestContext } from '@playwright/test';
import * as s from '../../db/schema';
import { createSection, createStory, uniqueWord, unpublishStory } from '../../lib/data/tests/public-fixtures';
import { revalidateStoryPages } from '../fixtures/cache';
import { withPublicDb } from './public-db';

// The story is written to the database the way the workflow writes it (live revision, search
// document, tags), then taken off the same way; each time the server is told what changed, as the
// workflow does after its transaction (e2e/public/cache.spec.ts drives the workflow itself).

async function surfaces(request: APIRequestContext, slug: string, word: string, section: string, tag: string) {
  const [article, home, sectionPage, tagPage, search, rss, sectionRss, sitemap, news] = await Promise.all([
    request.get(`/bai-viet/${slug}`),
    request.get('/'),
    request.get(`/chuyen-muc/${section}`),
    request.get(`/tu-khoa/${tag}`),
    request.get(`/tim-kiem?q=${word}`),
    request.get('/rss.xml'),
    request.get(`/chuyen-muc/${section}/rss.xml`),
    request.get('/sitemap.xml'),
    request.get('/news-sitemap.xml'),
  ]);
  const has = async (r: typeof home) => (await r.text()).includes(`/bai-viet/${slug}`);
  return {
    article: article.status(),
    home: await has(home),
    section: await has(sectionPage),
    tag: await has(tagPage),
    search: await has(search),
    rss: await has(rss),
    sectionRss: await has(sectionRss),
    sitemap: await has(sitemap),
    news: await has(news),
  };
}

test('a published story appears on every surface, and disappears from all of them when unpublished', async ({ request, page }) => {
  const word = uniqueWord();
  const { story, section, tag } = await withPublicDb(async (db) => {
    const section = await createSection(db, 'Chuyên mục chu trình');
    const [tag] = await db.insert(s.tags).values({ slug: `chu-trinh-${word}`, name: `Chu trình ${word}` }).returning();
    const story = await createStory(db, {
      title: `Tin chu trình xuất bản ${word}`,
      sapo: `Bài thử ${word} xuất hiện rồi biến mất.`,
      sectionId: section.id,
      tagIds: [tag!.id],
      featured: true,
      status: 'draft',
      search: false,
    });
    return { story, section, tag: tag! };
  });

  const hidden = { article: 404, home: false, section: false, tag: false, search: false, rss: false, sectionRss: false, sitemap: false, news: false };
  expect(await surfaces(request, story.slug, word, section.slug, tag.slug)).toEqual(hidden);

  // Publish: live revision, first publication time and search document, in one go.
  await withPublicDb(async (db) => {
    await db.transaction(async (tx) => {
      const [article] = await tx.select().from(s.articles).where(eq(s.articles.id, story.id));
      await tx.update(s.articles).set({ status: 'published', liveRevisionId: article!.currentRevisionId, publishedAt: new Date() }).where(eq(s.articles.id, story.id));
      await tx.insert(s.articleSearch).values({ articleId: story.id, title: story.title, sapo: `Bài thử ${word} xuất hiện rồi biến mất.`, bodyText: '' });
    });
  });
  await revalidateStoryPages(request, [story.slug], { sectionSlugs: [section.slug], tagSlugs: [tag.slug] });
  const shown = { article: 200, home: true, section: true, tag: true, search: true, rss: true, sectionRss: true, sitemap: true, news: true };
  await expect.poll(() => surfaces(request, story.slug, word, section.slug, tag.slug), { timeout: 2_000, intervals: [100, 250, 500] }).toEqual(shown);
  await page.goto(`/bai-viet/${story.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);

  await withPublicDb((db) => unpublishStory(db, story.id));
  await revalidateStoryPages(request, [story.slug], { sectionSlugs: [section.slug], tagSlugs: [tag.slug] });
  // Withdrawn, not missing: its own URL answers 410 Gone (its cached page is the 410 page).
  await expect.poll(() => surfaces(request, story.slug, word, section.slug, tag.slug), { timeout: 2_000, intervals: [100, 250, 500] }).toEqual({ ...hidden, article: 410 });
  const response = await page.goto(`/bai-viet/${story.slug}`);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài viết đã được gỡ');
  await expect(page.getByText('đã được cơ quan gỡ khỏi cổng thông tin')).toBeVisible();
  expect((await request.get(`/bai-viet/${story.slug}/luu`)).status()).toBe(410);
});
