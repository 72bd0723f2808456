import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { preparedStatement, readerDb as db } from '@/db/client';
import { articles, revisions, sections } from '@/db/schema';
import type { FigureMedia } from '@/lib/content/render';
import { figureMediaMap } from '../media/views';
import { isPublic } from './filter';

// The one shape of a story in a list (home, sections, tags, people, search, related stories).

export interface ArticleCard {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  featured: boolean;
  /** The story's own language ('vi' or 'en'), whatever the interface's. */
  language: string;
  section: SectionName | null;
  cover: FigureMedia | null;
}

/** A section as lists show it: its Vietnamese name and the English one for /en (may be empty). */
export interface SectionName {
  slug: string;
  name: string;
  nameEn: string;
}

export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  publishedAt: articles.publishedAt,
  featured: articles.featured,
  language: articles.language,
  title: revisions.title,
  sapo: revisions.sapo,
  // The chosen cover, else the body's first figure (what the editor promises when none is chosen).
  // strict: only strict mode walks .** in document order (lax unwraps arrays and finds later figures first).
  coverMediaId: sql<string | null>`coalesce(${revisions.meta}->>'coverMediaId', jsonb_path_query_first(${revisions.body}, 'strict $.** ? (@.type == "figure" && @.attrs.mediaId.type() == "string")') -> 'attrs' ->> 'mediaId')`,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  sectionNameEn: sections.nameEn,
};

export type CardRow = {
  id: string;
  slug: string;
  publishedAt: Date | null;
  featured: boolean;
  language: string;
  title: string;
  sapo: string;
  coverMediaId: string | null;
  sectionSlug: string | null;
  sectionName: string | null;
  sectionNameEn: string | null;
};

export async function toCards(rows: CardRow[]): Promise<ArticleCard[]> {
  const covers = await figureMediaMap(rows.flatMap((r) => (r.coverMediaId ? [r.coverMediaId] : [])));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    sapo: r.sapo,
    publishedAt: r.publishedAt!,
    featured: r.featured,
    language: r.language,
    section: r.sectionSlug && r.sectionName ? { slug: r.sectionSlug, name: r.sectionName, nameEn: r.sectionNameEn ?? '' } : null,
    cover: r.coverMediaId ? (covers.get(r.coverMediaId) ?? null) : null,
  }));
}

export function publicCards(where: SQL | undefined) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), where))
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

/** The public cards of `ids`, in that order (an id that is not public is left out). */
export async function publicCardsOf(ids: string[]): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await cardsOf().execute({ ids: [...new Set(ids)] })).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// Prepared (db/client.ts): related stories and the most-read lists of every story page come through here.
const cardsOf = preparedStatement('reader_cards_of', 'reader', () => publicCards(sql`${articles.id} = any(${sql.placeholder('ids')}::uuid[])`));
