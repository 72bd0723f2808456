import 'server-only';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { cache } from 'react';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { preparedStatement, readerDb as db } from '@/db/client';
import { articleCorrections, articlePeople, articles, articleSlugs, articleTags, people, revisions, sections, tags, units, type Meeting, type RevisionMeta } from '@/db/schema';
import type { FigureMedia } from '@/lib/content/render';
import { coverMediaIdOf } from '@/lib/content/cover';
import { documentCardIds, type DocumentCardView } from '@/lib/content/document-card';
import { withoutCommentMarks } from '@/lib/content/comment-marks';
import { withoutSuggestions } from '@/lib/content/suggestions';
import { bodyMediaIds } from '@/lib/content/render';
import { videoMediaIds, type VideoMedia } from '@/lib/content/video';
import type { JSONContent } from '@/lib/content/types';
import { documentCardMap } from '../documents/cards';
import { figureMediaMap, videoMediaMap } from '../media/views';
import { publicCards, publicCardsOf, toCards } from './cards';
import { isPublic } from './filter';
import { isWithdrawnArticleSlug } from './gone';
import { livePickIds } from '../home/home-picks';

import type { ArticleCard, SectionName } from './cards';

export type { ArticleCard, SectionName };

export async function latestPublicArticles(limit: number): Promise<ArticleCard[]> {
  return toCards(await publicCards(undefined).limit(limit));
}

export interface HomePage {
  lead: ArticleCard | null;
  highlights: ArticleCard[];
  latest: ArticleCard[];
  sections: Array<SectionName & { articles: ArticleCard[] }>;
}

function distinctById<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/** Highlights shown beside the lead when the editors picked fewer (the newest fill the rest). */
const MIN_HIGHLIGHTS = 4;

/**
 * The editors' picks (lead first, lib/data/home) that are public and not expired; without any, the
 * newest story leads. Highlights: the other picks, then the newest stories up to MIN_HIGHLIGHTS.
 */
export async function publicHomePage(now = new Date()): Promise<HomePage> {
  const [pickIds, latest, sectionRows] = await Promise.all([
    livePickIds(db, now),
    publicCards(undefined).limit(14),
    db.select({ id: sections.id, slug: sections.slug, name: sections.name, nameEn: sections.nameEn }).from(sections).orderBy(asc(sections.sortOrder)),
  ]);
  const picked = await publicCardsOf(pickIds);
  const leadRow = picked[0] ?? latest[0];
  const pickedHighlights = picked.slice(1);
  const highlightRows = distinctById([...pickedHighlights, ...latest].filter((r) => r.id !== leadRow?.id)).slice(0, Math.max(MIN_HIGHLIGHTS, pickedHighlights.length));
  const shown = new Set([leadRow?.id, ...highlightRows.map((r) => r.id)]);
  const latestRows = latest.filter((r) => !shown.has(r.id)).slice(0, 8);
  const perSection = await Promise.all(sectionRows.map((s) => publicCards(eq(articles.sectionId, s.id)).limit(4)));
  const [lead, highlights, latestCards, ...sectionCards] = await Promise.all([
    leadRow ? toCards([leadRow]) : Promise.resolve([]),
    toCards(highlightRows),
    toCards(latestRows),
    ...perSection.map(toCards),
  ]);
  return {
    lead: lead[0] ?? null,
    highlights,
    latest: latestCards,
    sections: sectionRows
      .map((s, i) => ({ slug: s.slug, name: s.name, nameEn: s.nameEn, articles: sectionCards[i] ?? [] }))
      .filter((s) => s.articles.length > 0),
  };
}

export const SECTION_PAGE_SIZE = 12;

export interface SectionPage {
  section: SectionName & { description: string; descriptionEn: string };
  articles: ArticleCard[];
  page: number;
  pageCount: number;
  total: number;
}

/** null when the section does not exist; an empty page past the end. */
export async function publicSectionPage(slug: string, page: number): Promise<SectionPage | null> {
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug)).limit(1);
  if (!section) return null;
  const current = Number.isInteger(page) && page >= 1 ? page : 1;
  const where = eq(articles.sectionId, section.id);
  const [rows, [totals]] = await Promise.all([
    publicCards(where).limit(SECTION_PAGE_SIZE).offset((current - 1) * SECTION_PAGE_SIZE),
    db.select({ total: count() }).from(articles).where(and(isPublic(), where)),
  ]);
  const total = totals?.total ?? 0;
  return {
    section: { slug: section.slug, name: section.name, nameEn: section.nameEn, description: section.description, descriptionEn: section.descriptionEn },
    articles: await toCards(rows),
    page: current,
    pageCount: Math.max(1, Math.ceil(total / SECTION_PAGE_SIZE)),
    total,
  };
}

export interface PublicArticle {
  id: string;
  slug: string;
  kind: 'news' | 'meeting_report';
  title: string;
  sapo: string;
  body: JSONContent;
  meta: RevisionMeta;
  meeting: Meeting | null;
  publishedAt: Date;
  updatedAt: Date | null;
  /** The story's own language ('vi' or 'en'): the story is shown in it whatever the interface's. */
  language: string;
  section: SectionName | null;
  tags: Array<{ slug: string; name: string }>;
  media: Map<string, FigureMedia>;
  /** Published documents the body's document cards show (absent: none, or not loaded). */
  documents?: Map<string, DocumentCardView>;
  /** Ready library videos the body's video blocks show (absent: none, or not loaded). */
  videos?: Map<string, VideoMedia>;
  /** The cover image (OpenGraph, JSON-LD): the chosen one, else the body's first figure. */
  cover: FigureMedia | null;
  /** Registry people the story names (person pages); optional so previews can leave it out. */
  people?: Array<{ slug: string; fullName: string }>;
  /** The unit that organised the meeting, when it is in the registry (unit page). */
  organiser?: { slug: string; name: string } | null;
  /** Published corrections, newest first (lib/data/articles/corrections.ts). */
  corrections?: PublicCorrection[];
}

export interface PublicCorrection {
  note: string;
  publishedAt: Date;
  /** Only in staff previews and share links: the version's note, not yet published. */
  pending?: boolean;
}

export type ArticleLookup =
  | { found: 'article'; article: PublicArticle }
  | { found: 'redirect'; slug: string }
  /** Readers could see it once; it was unpublished or archived (410 Gone). */
  | { found: 'gone' }
  | { found: 'none' };

// The story and the lists under it, as prepared statements (db/client.ts): a story nobody asked for
// yet runs these on its first request, and PostgreSQL plans them once per connection, not each time.
const storyBySlug = preparedStatement('reader_story_by_slug', 'reader', (db) =>
  db
    .select({
      id: articles.id,
      slug: articles.slug,
      kind: articles.kind,
      language: articles.language,
      publishedAt: articles.publishedAt,
      liveUpdatedAt: articles.liveUpdatedAt,
      title: revisions.title,
      sapo: revisions.sapo,
      body: revisions.body,
      meta: revisions.meta,
      meeting: revisions.meeting,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      sectionNameEn: sections.nameEn,
    })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), eq(articles.slug, sql.placeholder('slug'))))
    .limit(1),
);

// The story's tags and the registry people it names in one round trip, each sorted by name.
const storyNames = preparedStatement('reader_story_names', 'reader', (db) =>
  db
    .select({ kind: sql<'tag' | 'person'>`'tag'`.as('kind'), slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, sql.placeholder('id')))
    .union(
      db
        .select({ kind: sql<'tag' | 'person'>`'person'`.as('kind'), slug: people.slug, name: people.fullName })
        .from(articlePeople)
        .innerJoin(people, eq(people.id, articlePeople.personId))
        .where(eq(articlePeople.articleId, sql.placeholder('id'))),
    )
    .orderBy(sql`kind`, sql`name`),
);

const storyCorrections = preparedStatement('reader_story_corrections', 'reader', (db) =>
  db
    .select({ note: articleCorrections.note, publishedAt: articleCorrections.publishedAt })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, sql.placeholder('id')))
    .orderBy(desc(articleCorrections.publishedAt))
    .limit(50),
);

const storyOrganiser = preparedStatement('reader_story_organiser', 'reader', (db) =>
  db.select({ slug: units.slug, name: units.name }).from(units).where(eq(units.id, sql.placeholder('id'))).limit(1),
);

export const publicArticleBySlug = cache(async (slug: string): Promise<ArticleLookup> => {
  const [row] = await storyBySlug().execute({ slug });

  if (!row) {
    const [old] = await db
      .select({ slug: articles.slug })
      .from(articleSlugs)
      .innerJoin(articles, eq(articles.id, articleSlugs.articleId))
      .where(and(eq(articleSlugs.slug, slug), isPublic()))
      .limit(1);
    if (old) return { found: 'redirect', slug: old.slug };
    return (await isWithdrawnArticleSlug(slug)) ? { found: 'gone' } : { found: 'none' };
  }

  // Comment anchors are staff-only (lib/content/comment-marks.ts): never in what reader surfaces get.
  const body = withoutCommentMarks(withoutSuggestions(row.body as JSONContent));
  const coverId = coverMediaIdOf(row.meta.coverMediaId, body);
  const organiserId = row.meeting?.organiserUnitId;
  const [names, mediaMap, organiserRows, correctionRows, documentMap, videoMap] = await Promise.all([
    storyNames().execute({ id: row.id }),
    figureMediaMap([...bodyMediaIds(body), ...(coverId ? [coverId] : [])]),
    organiserId && /^[0-9a-f-]{36}$/i.test(organiserId)
      ? storyOrganiser().execute({ id: organiserId })
      : Promise.resolve([]),
    storyCorrections().execute({ id: row.id }),
    documentCardMap(documentCardIds(body)),
    videoMediaMap(videoMediaIds(body)),
  ]);
  return {
    found: 'article',
    article: {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      sapo: row.sapo,
      body,
      meta: row.meta,
      meeting: row.meeting ?? null,
      publishedAt: row.publishedAt!,
      updatedAt: row.liveUpdatedAt,
      language: row.language,
      section: row.sectionSlug && row.sectionName ? { slug: row.sectionSlug, name: row.sectionName, nameEn: row.sectionNameEn ?? '' } : null,
      tags: names.flatMap((n) => (n.kind === 'tag' ? [{ slug: n.slug, name: n.name }] : [])),
      media: mediaMap,
      documents: documentMap,
      videos: videoMap,
      cover: coverId ? (mediaMap.get(coverId) ?? null) : null,
      people: names.flatMap((n) => (n.kind === 'person' ? [{ slug: n.slug, fullName: n.name }] : [])),
      organiser: organiserRows[0] ?? null,
      corrections: correctionRows,
    },
  };
});

export const RELATED_SIZE = 5;
/** How many of the newest public stories of each tag related stories look at. */
export const RELATED_TAG_WINDOW = 200;

/**
 * Stories related to one: most shared tags first, then the same section, newest first; public only.
 *
 * Bounded at any archive size: for each of the story's tags, the RELATED_TAG_WINDOW newest public
 * stories with that tag are read off one index (article_tags mirrors each story's date, visibility
 * and section, migrations 0008 and 0050), and shared tags are counted among those: a rare tag brings all its
 * stories, a tag on thousands of stories only its newest. Only when they fill fewer than
 * RELATED_SIZE places does the newest of the same section make up the rest (an index walk, no sort);
 * then every public story sharing a tag is already shown, so the fill only has to leave those out.
 */
export async function relatedPublicArticles(
  article: { id: string; sectionSlug: string | null },
  tagWindow: number = RELATED_TAG_WINDOW,
): Promise<ArticleCard[]> {
  const values = { id: article.id, window: tagWindow, section: article.sectionSlug ?? '' };
  const byTags = (await (article.sectionSlug ? relatedByTagsThenSection() : relatedByTags()).execute(values)).map((r) => r.id);
  const [tagged, fill] = await Promise.all([
    publicCardsOf(byTags),
    byTags.length < RELATED_SIZE && article.sectionSlug ? relatedFill().execute({ section: article.sectionSlug, exclude: [article.id, ...byTags], size: RELATED_SIZE - byTags.length }) : [],
  ]);
  return toCards([...tagged, ...fill]);
}

// The statements behind relatedPublicArticles(), prepared (see storyBySlug). Ranked on the tag index
// alone (article_tags mirrors each story's date, visibility and section, migration 0050): only the
// RELATED_SIZE winners are looked up in articles, where isPublic() is applied once more, and their
// titles and covers are read afterwards.
function relatedRanking(db: typeof import('@/db/client').readerDb, bySection: boolean) {
  const id = sql.placeholder('id');
  // Without a section there is nothing to rank by it.
  const sameSection = bySection
    ? sql`bool_or(newest.section_id is not distinct from (select ${sections.id} from ${sections} where ${sections.slug} = ${sql.placeholder('section')}))`
    : sql`false`;
  const ranked = db
    .$with('ranked', {
      articleId: sql<string>`article_id`.as('article_id'),
      count: sql<number>`shared_count`.as('shared_count'),
      sameSection: sql<boolean>`same_section`.as('same_section'),
    })
    .as(sql`
    select newest.article_id, count(*)::int as shared_count, ${sameSection} as same_section, max(newest.published_at) as published_at
    from ${articleTags} mine
    cross join lateral (
      select t.article_id, t.published_at, t.section_id from ${articleTags} t
      where t.tag_id = mine.tag_id and t.visible_from is not null and t.visible_from <= now() and t.article_id <> ${id}
      order by t.published_at desc nulls first, t.article_id
      limit ${sql.placeholder('window')}
    ) newest
    where mine.article_id = ${id}
    group by newest.article_id
    order by shared_count desc, same_section desc, published_at desc nulls first, newest.article_id desc
    limit ${RELATED_SIZE}`);
  return db
    .with(ranked)
    .select({ id: articles.id })
    .from(ranked)
    .innerJoin(articles, eq(articles.id, ranked.articleId))
    .where(isPublic())
    .orderBy(desc(ranked.count), desc(ranked.sameSection), desc(articles.publishedAt), desc(articles.id))
    .limit(RELATED_SIZE);
}

const relatedByTags = preparedStatement('reader_related_by_tags', 'reader', (db) => relatedRanking(db, false));
const relatedByTagsThenSection = preparedStatement('reader_related_by_tags_section', 'reader', (db) => relatedRanking(db, true));
// Only when shared tags fill fewer than RELATED_SIZE places: the newest of the same section.
const relatedFill = preparedStatement('reader_related_fill', 'reader', () =>
  publicCards(
    and(
      sql`${articles.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${sql.placeholder('section')})`,
      sql`${articles.id} <> all(${sql.placeholder('exclude')}::uuid[])`,
    ),
  ).limit(sql.placeholder('size')),
);
