import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { articlePeople, articles, articleSlugs, articleTags, people, revisions, sections, tags, units } from '@/db/schema';
import { requestLogger } from '@/lib/log/logger';
import { EMPTY_SURFACES, surfacePaths, type ArticleSurfaces } from './public-surfaces';

export type { ArticleSurfaces } from './public-surfaces';

type Reader = Pick<typeof db, 'select' | 'selectDistinct'>;

/**
 * Everything public that shows a story now: its slugs (current and old), section, tags, the registry
 * people its live revision names and the unit that organised its meeting. Call it before and after a
 * change (inside the transaction or not) and pass both results to revalidateArticleSurfaces.
 */
export async function articleSurfaces(articleId: string, reader: Reader = db): Promise<ArticleSurfaces> {
  const [article] = await reader
    .select({ slug: articles.slug, sectionSlug: sections.slug, organiserUnitId: sql<string | null>`${revisions.meeting} ->> 'organiserUnitId'` })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!article) return EMPTY_SURFACES;
  const unitId = article.organiserUnitId && /^[0-9a-f-]{36}$/i.test(article.organiserUnitId) ? article.organiserUnitId : null;
  const [oldSlugs, tagRows, personRows, unitRows] = await Promise.all([
    reader.select({ slug: articleSlugs.slug }).from(articleSlugs).where(eq(articleSlugs.articleId, articleId)),
    reader.select({ slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, articleId)),
    reader.selectDistinct({ slug: people.slug }).from(articlePeople).innerJoin(people, eq(people.id, articlePeople.personId)).where(eq(articlePeople.articleId, articleId)),
    unitId ? reader.select({ slug: units.slug }).from(units).where(inArray(units.id, [unitId])) : Promise.resolve([]),
  ]);
  return {
    slugs: [article.slug, ...oldSlugs.map((r) => r.slug)],
    sectionSlugs: article.sectionSlug ? [article.sectionSlug] : [],
    tagSlugs: tagRows.map((r) => r.slug),
    personSlugs: personRows.map((r) => r.slug),
    unitSlugs: unitRows.map((r) => r.slug),
  };
}

export interface RevalidationResult {
  paths: string[];
  /** Whether Next.js accepted the revalidation (false outside a request, e.g. in the job worker). */
  revalidated: boolean;
  /** Whether the shared cache was asked to purge (PUBLIC_PURGE_URL set and it answered 2xx). */
  purged: boolean;
}

/**
 * Refreshes every public surface a story touches. Call after the transaction that published,
 * updated, unpublished or archived it commits, with its surfaces before and after:
 *
 *   const before = await articleSurfaces(id);
 *   ... transaction ...
 *   await revalidateArticleSurfaces(before, await articleSurfaces(id));
 *
 * Pages are rendered per request, so the portal itself serves the change at once. This tells
 * Next.js (revalidatePath: its router and any cached data) and the shared cache in front (a POST of
 * the paths to PUBLIC_PURGE_URL) to drop their copies, so readers see it within a second or two
 * instead of after s-maxage. Never throws: a failed purge only means the copy expires on its own.
 */
export async function revalidateArticleSurfaces(...states: ArticleSurfaces[]): Promise<RevalidationResult> {
  const paths = surfacePaths(...states);
  let revalidated = true;
  for (const path of paths) {
    try {
      revalidatePath(path);
    } catch {
      // Outside a Next.js request (the scheduler's worker) there is no cache to revalidate here.
      revalidated = false;
    }
  }
  return { paths, revalidated, purged: await purgeSharedCache(paths) };
}

/** After a settings change (the agency's name is in every page's header and footer). */
export async function revalidateWholeSite(): Promise<RevalidationResult> {
  let revalidated = true;
  try {
    revalidatePath('/', 'layout');
  } catch {
    revalidated = false;
  }
  return { paths: ['/*'], revalidated, purged: await purgeSharedCache(['/*']) };
}

/** The purge endpoint without credentials or query (it may carry a token there). */
function loggableEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return '(not a URL)';
  }
}

async function purgeSharedCache(paths: string[]): Promise<boolean> {
  const endpoint = process.env.PUBLIC_PURGE_URL;
  if (!endpoint) return false;
  const origin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(process.env.PUBLIC_PURGE_TOKEN ? { Authorization: `Bearer ${process.env.PUBLIC_PURGE_TOKEN}` } : {}),
      },
      body: JSON.stringify({ paths, urls: origin ? paths.map((p) => `${origin}${p}`) : undefined }),
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch (error) {
    (await requestLogger({ area: 'cache' })).error({ endpoint: loggableEndpoint(endpoint), err: error }, 'public cache purge failed');
    return false;
  }
}
