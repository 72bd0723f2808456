import 'server-only';
import { and, desc, eq, gte, max, sql } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articleCorrections, articles, articlePeople, articleTags, people, revisions, sections, tags } from '@/db/schema';
import type { FeedItem } from '@/lib/feeds/rss';
import type { NewsSitemapItem } from '@/lib/feeds/news-sitemap';
import { NEWS_SITEMAP_MAX, NEWS_SITEMAP_WINDOW_MS } from '@/lib/feeds/news-sitemap';
import { isPublic } from './filter';

export const FEED_SIZE = 50;
/** One sitemap file holds at most 50,000 URLs. */
export const SITEMAP_MAX_ARTICLES = 45_000;

/**
 * Each story's newest correction (one row at most, by the article_corrections index). Built per
 * call: `db` connects on first use, and a module-level query would need a database at build time.
 */
function latestCorrectionOfEach() {
  return db
    .select({ note: articleCorrections.note, publishedAt: articleCorrections.publishedAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articles.id))
    .orderBy(desc(articleCorrections.publishedAt))
    .limit(1)
    .as('latest_correction');
}

/** The newest public stories, for the site feed or one section's feed (null: no such section). */
export async function publicFeedItems(sectionSlug?: string): Promise<{ section: { slug: string; name: string; description: string } | null; items: FeedItem[] } | null> {
  let section: { id: string; slug: string; name: string; description: string } | null = null;
  if (sectionSlug !== undefined) {
    const [row] = await db.select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description }).from(sections).where(eq(sections.slug, sectionSlug)).limit(1);
    if (!row) return null;
    section = row;
  }
  const latestCorrection = latestCorrectionOfEach();
  const rows = await db
    .select({
      slug: articles.slug,
      title: revisions.title,
      sapo: revisions.sapo,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      correctionNote: latestCorrection.note,
      correctedAt: latestCorrection.publishedAt,
    })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoinLateral(latestCorrection, sql`true`)
    .where(and(isPublic(), section ? eq(articles.sectionId, section.id) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(FEED_SIZE);
  return {
    section: section ? { slug: section.slug, name: section.name, description: section.description } : null,
    items: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      sapo: r.sapo,
      publishedAt: r.publishedAt!,
      section: r.sectionSlug && r.sectionName ? { slug: r.sectionSlug, name: r.sectionName } : null,
      correction: r.correctionNote && r.correctedAt ? { note: r.correctionNote, publishedAt: r.correctedAt } : null,
    })),
  };
}

/** Public stories first published in the last 48 hours, newest first (Google News sitemap). */
export async function publicNewsSitemapItems(now: Date = new Date()): Promise<NewsSitemapItem[]> {
  const rows = await db
    .select({ slug: articles.slug, title: revisions.title, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .where(and(isPublic(), gte(articles.publishedAt, new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS))))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_SITEMAP_MAX);
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: r.publishedAt! }));
}

export interface SitemapEntry {
  path: string;
  lastModified: Date | null;
}

const lastChange = sql<Date>`greatest(${articles.publishedAt}, coalesce(${articles.liveUpdatedAt}, ${articles.publishedAt}))`;

/** Every public story with the time it last changed for readers, then the lists that contain them. */
export async function publicSitemapEntries(): Promise<{ articles: SitemapEntry[]; lists: SitemapEntry[] }> {
  // The archive's months (a few hundred at most: one per month since the first story).
  const month = sql<string>`to_char(${articles.publishedAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY/MM')`;
  const [storyRows, sectionRows, tagRows, personRows, monthRows] = await Promise.all([
    db.select({ slug: articles.slug, lastModified: lastChange }).from(articles).where(isPublic()).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(SITEMAP_MAX_ARTICLES),
    db
      .select({ slug: sections.slug, lastModified: max(lastChange) })
      .from(sections)
      .leftJoin(articles, and(eq(articles.sectionId, sections.id), isPublic()))
      .groupBy(sections.id, sections.slug, sections.sortOrder)
      .orderBy(sections.sortOrder),
    db
      .select({ slug: tags.slug, lastModified: max(lastChange) })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublic()))
      .groupBy(tags.id, tags.slug)
      .orderBy(tags.slug),
    db
      .select({ slug: people.slug, lastModified: max(lastChange) })
      .from(people)
      .innerJoin(articlePeople, eq(articlePeople.personId, people.id))
      .innerJoin(articles, and(eq(articles.id, articlePeople.articleId), isPublic()))
      .groupBy(people.id, people.slug)
      .orderBy(people.slug),
    db.select({ month, lastModified: max(lastChange) }).from(articles).where(isPublic()).groupBy(month).orderBy(desc(month)).limit(2000),
  ]);
  const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));
  return {
    articles: storyRows.map((r) => ({ path: `/bai-viet/${r.slug}`, lastModified: toDate(r.lastModified) })),
    lists: [
      ...sectionRows.map((r) => ({ path: `/chuyen-muc/${r.slug}`, lastModified: toDate(r.lastModified) })),
      ...tagRows.map((r) => ({ path: `/tu-khoa/${r.slug}`, lastModified: toDate(r.lastModified) })),
      ...personRows.map((r) => ({ path: `/nhan-vat/${r.slug}`, lastModified: toDate(r.lastModified) })),
      ...monthRows.filter((r) => /^[0-9]{4}\/[0-9]{2}$/.test(r.month)).map((r) => ({ path: `/luu-tru/${r.month}`, lastModified: toDate(r.lastModified) })),
    ],
  };
}
