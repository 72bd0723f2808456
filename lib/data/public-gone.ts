import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleSlugs } from '@/db/schema';
import { isPublic, wasWithdrawn } from './public-filter';

/**
 * Whether /bai-viet/{slug} belonged to a story readers could see and that was unpublished or
 * archived since (its URL should answer 410 Gone). One indexed lookup; for proxy.ts, which alone can
 * give a page URL a status other than 200/404 (rewrite to /da-go/{slug}).
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
