import { sql } from 'drizzle-orm';
import { expect, test } from '@playwright/test';
import { createSection, createStory, uniqueWord, unpublishStory } from '../../lib/data/tests/public-fixtures';
import { publicSlugs, withPublicDb } from './public-db';
import { parseXml, slugOf } from './xml';
import { revalidateStoryPages } from '../fixtures/cache';

const hours = (n: number) => new Date(Date.now() - n * 3_600_000);

test('RSS feeds are valid RSS 2.0 listing exactly the newest public stories', async ({ page, request }) => {
  const { section, fresh, hidden } = await withPublicDb(async (db) => {
    const section = await createSection(db, 'Chuyên mục RSS');
    const w = uniqueWord();
    const fresh = await createStory(db, { title: `Tin RSS mới & <đặc biệt> ${w}`, sapo: 'Tóm tắt "có" ký tự lạ \u0001', sectionId: section.id, publishedAt: hours(0.1) });
    const hidden = [
      await createStory(db, { title: `Tin cấm đăng ${w}`, sectionId: section.id, embargoUntil: new Date(Date.now() + 3_600_000) }),
      await createStory(db, { title: `Tin nháp ${w}`, sectionId: section.id, status: 'draft' }),
    ];
    const gone = await createStory(db, { title: `Tin gỡ ${w}`, sectionId: section.id });
    await unpublishStory(db, gone.id);
    hidden.push(gone);
    return { section, fresh, hidden };
  });

  const site = await request.get('/rss.xml');
  expect(site.status()).toBe(200);
  expect(site.headers()['content-type']).toContain('application/rss+xml');
  const parsed = await parseXml(page, await site.text(), ['channel', 'item', 'link', 'guid', 'pubDate', 'title', 'language']);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('rss');
  expect(parsed.texts.channel).toHaveLength(1);
  expect(parsed.texts.language).toEqual(['vi']);
  const siteSlugs = parsed.texts.guid.map(slugOf);
  expect(siteSlugs).toEqual((await withPublicDb((db) => publicSlugs(db))).slice(0, 50));
  expect(siteSlugs).toContain(fresh.slug);
  expect(parsed.texts.title).toContain(fresh.title);
  for (const date of parsed.texts.pubDate) expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  for (const h of hidden) expect(siteSlugs).not.toContain(h.slug);

  const sectionFeed = await request.get(`/chuyen-muc/${section.slug}/rss.xml`);
  expect(sectionFeed.status()).toBe(200);
  const sectionParsed = await parseXml(page, await sectionFeed.text(), ['guid']);
  expect(sectionParsed.error).toBeNull();
  expect(sectionParsed.texts.guid.map(slugOf)).toEqual([fresh.slug]);
  expect((await request.get('/chuyen-muc/khong-co-chuyen-muc/rss.xml')).status()).toBe(404);
});

test('sitemap.xml lists exactly the public stories, each with lastmod; the news sitemap only the last 48 hours', async ({ page, request }) => {
  const { fresh, old, hidden } = await withPublicDb(async (db) => {
    const w = uniqueWord();
    const fresh = await createStory(db, { title: `Tin sitemap ${w}`, publishedAt: hours(1) });
    const old = await createStory(db, { title: `Tin cũ ${w}`, publishedAt: hours(60) });
    const hidden = [
      await createStory(db, { title: `Tin cấm ${w}`, embargoUntil: new Date(Date.now() + 3_600_000), publishedAt: hours(1) }),
      await createStory(db, { title: `Tin lưu trữ ${w}`, status: 'archived', publishedAt: hours(2) }),
    ];
    return { fresh, old, hidden };
  });
  // Written straight into the database: tell the server, as the workflow would (sitemaps are cached).
  await revalidateStoryPages(request, [fresh.slug, old.slug, ...hidden.map((h) => h.slug)]);

  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const parsed = await parseXml(page, await sitemap.text(), ['url', 'loc', 'lastmod']);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('urlset');
  const articleLocs = parsed.texts.loc.filter((l) => new URL(l).pathname.startsWith('/bai-viet/'));
  expect(articleLocs.map(slugOf).sort()).toEqual((await withPublicDb((db) => publicSlugs(db))).sort());
  expect(articleLocs.map(slugOf)).toContain(fresh.slug);
  for (const h of hidden) expect(articleLocs.map(slugOf)).not.toContain(h.slug);
  // Every story URL carries a lastmod.
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const block of xml.split('<url>').filter((b) => b.includes('/bai-viet/'))) expect(block).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  expect(parsed.texts.loc.map((l) => new URL(l).pathname)).toEqual(expect.arrayContaining(['/', '/chuyen-muc/hoat-dong-cua-ban', '/lien-he']));

  const news = await request.get('/news-sitemap.xml');
  expect(news.status()).toBe(200);
  const newsParsed = await parseXml(page, await news.text(), ['loc', 'news:title', 'news:publication_date', 'news:language']);
  expect(newsParsed.error).toBeNull();
  const recent = await withPublicDb((db) => publicSlugs(db, sql`a.published_at >= now() - interval '48 hours'`));
  expect(newsParsed.texts.loc.map(slugOf).sort()).toEqual(recent.sort());
  expect(newsParsed.texts.loc.map(slugOf)).toContain(fresh.slug);
  expect(newsParsed.texts.loc.map(slugOf)).not.toContain(old.slug);
  expect(newsParsed.texts['news:language'].every((l) => l === 'vi')).toBe(true);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/news-sitemap\.xml/);
  expect(robots).toContain('Disallow: /toa-soan');
});
