import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleSlugs } from '@/db/schema';
import { isPublic, wasWithdrawn } from './filter';

/**
 * Whether /bai-viet/{slug} belonged to a story readers could see and that was unpublished or
 * archived since (its URL answers 410 Gone). One indexed lookup on the primary, made when the story
 * page is rendered (publicArticleBySlug), never per request: the page is then cached as the 410 page
 * (lib/cache/page-entry.mjs) until the story changes again.
 */
export async function isWithdrawnArticleSlug(slug: string): Promise<boolean> {
  if (!/^[a-z0-9][a-z0-9-]{0,200}$/.test(slug)) return false;
  const [current] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), wasWithdrawn())).limit(1);
  if (current) return true;
  const [old] = await db
    .select({ id: articles.id })
    .from(articleSlugs)
    .innerJoin(articles, eq(articles.id, articleSlugs.articleId))
    .where(and(eq(articleSlugs.slug, slug), wasWithdrawn()))
    .limit(1);
  if (!old) return false;
  // An old slug of a story that is live again under a new slug redirects instead.
  const [live] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, old.id), isPublic())).limit(1);
  return !live;
}
