import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleCorrections, articles, revisions } from '@/db/schema';
import { isPublic } from './filter';

/** The corrections page lists at most this many (newest first): years of a commission's corrections. */
export const CORRECTIONS_PAGE_LIMIT = 500;

export interface PublicCorrectionEntry {
  note: string;
  publishedAt: Date;
  slug: string;
  /** The story's title as readers see it now. */
  title: string;
  language: string;
}

/** Corrections of stories readers can see now (a withdrawn story's corrections leave with it). */
export async function publicCorrections(): Promise<PublicCorrectionEntry[]> {
  return db
    .select({
      note: articleCorrections.note,
      publishedAt: articleCorrections.publishedAt,
      slug: articles.slug,
      title: revisions.title,
      language: articles.language,
    })
    .from(articleCorrections)
    .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .where(isPublic())
    .orderBy(desc(articleCorrections.publishedAt))
    .limit(CORRECTIONS_PAGE_LIMIT);
}
