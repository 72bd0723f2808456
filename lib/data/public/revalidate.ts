import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { revalidatePath, revalidateTag } from 'next/cache';
import { db } from '@/db/client';
import { purgeFrontCache } from '@/lib/cache/front-cache.mjs';
import { articlePeople, articles, articleSlugs, articleTags, people, revisions, sections, tags, units } from '@/db/schema';
import { requestLogger } from '@/lib/log/logger';
import { internalRevalidateToken } from './revalidate-token';
import { agencyPagePaths, type AgencyPagePath, cachePaths, EMPTY_SURFACES, listTagOfCachePath, registryPaths, surfacePaths, type ArticleSurfaces } from './surfaces';

export type { ArticleSurfaces } from './surfaces';

type Reader = Pick<typeof db, 'select'>;

/**
 * Everything public that shows a story now: its slugs (current and old), section, tags, the registry
 * people its live revision names and the unit that organised its meeting. Call it before and after a
 * change (inside the transaction or not) and pass both results to revalidateArticleSurfaces.
 */
export async function articleSurfaces(articleId: string, reader: Reader = db): Promise<ArticleSurfaces> {
  const [article] = await reader
    .select({ slug: articles.slug, publishedAt: articles.publishedAt, sectionSlug: sections.slug, organiserUnitId: sql<string | null>`${revisions.meeting} ->> 'organiserUnitId'` })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!article) return EMPTY_SURFACES;
  const unitId = article.organiserUnitId && /^[0-9a-f-]{36}$/i.test(article.organiserUnitId) ? article.organiserUnitId : null;
  // One statement, not four in parallel: `reader` may be a transaction, whose single connection runs
  // one query at a time (pg 8 queues and warns, pg 9 will refuse).
  const kindOf = (kind: string) => sql<string>`${kind}`.as('kind');
  const oldSlugsQuery = reader.select({ kind: kindOf('slug'), slug: articleSlugs.slug }).from(articleSlugs).where(eq(articleSlugs.articleId, articleId));
  const tagsQuery = reader.select({ kind: kindOf('tag'), slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, articleId));
  const peopleQuery = reader.select({ kind: kindOf('person'), slug: people.slug }).from(articlePeople).innerJoin(people, eq(people.id, articlePeople.personId)).where(eq(articlePeople.articleId, articleId));
  const unitQuery = reader.select({ kind: kindOf('unit'), slug: units.slug }).from(units).where(inArray(units.id, unitId ? [unitId] : []));
  const rows = await oldSlugsQuery.unionAll(tagsQuery).unionAll(peopleQuery).unionAll(unitQuery);
  const slugsOf = (kind: string) => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.slug))];
  return {
    slugs: [article.slug, ...slugsOf('slug')],
    sectionSlugs: article.sectionSlug ? [article.sectionSlug] : [],
    tagSlugs: slugsOf('tag'),
    personSlugs: slugsOf('person'),
    unitSlugs: slugsOf('unit'),
    publishedAt: article.publishedAt ? [article.publishedAt.toISOString()] : [],
  };
}

export interface RevalidationResult {
  paths: string[];
  /**
   * Whether the Next.js cache was told: directly inside a request, or outside one (the scheduler's
   * jobs) through this instance's own /api/internal/revalidate.
   */
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
 * Reader pages are rendered once and served from the Next.js cache (in memory, or in Redis shared by
 * every instance), so this is what makes a change visible: revalidatePath() on the cached pages of
 * both languages (the next request renders them again), this process's front cache cleared
 * (lib/cache/front-cache.mjs; other instances' copies expire within a second), and a POST of the addresses to
 * PUBLIC_PURGE_URL for a CDN in front. Never throws: a failure is logged.
 */
export async function revalidateArticleSurfaces(...states: ArticleSurfaces[]): Promise<RevalidationResult> {
  const paths = surfacePaths(...states);
  const revalidated = await revalidateCachePaths(cachePaths(paths), false);
  return { paths, revalidated, purged: await purgeSharedCache(paths) };
}

/** After a change to the people and units registry (positions, new units under a parent). */
export async function revalidateRegistrySurfaces(change: { personSlugs?: string[]; unitSlugs?: string[] }): Promise<RevalidationResult> {
  const paths = registryPaths(change);
  const revalidated = await revalidateCachePaths(cachePaths(paths), false);
  return { paths, revalidated, purged: await purgeSharedCache(paths) };
}

/** After an agency page's text, chart or contacts change (not the agency's name: that is the whole site). */
export async function revalidateAgencyPages(pages: readonly AgencyPagePath[], unitSlugs: string[] = []): Promise<RevalidationResult> {
  const paths = agencyPagePaths(pages, unitSlugs);
  const revalidated = await revalidateCachePaths(cachePaths(paths), false);
  return { paths, revalidated, purged: await purgeSharedCache(paths) };
}

/** After a settings change (the agency's name is in every page's header and footer). */
export async function revalidateWholeSite(): Promise<RevalidationResult> {
  const revalidated = await revalidateCachePaths([], true);
  return { paths: ['/*'], revalidated, purged: await purgeSharedCache(['/*']) };
}

/**
 * Revalidates cache paths (already mapped by cachePaths) or, with `all`, every page. Inside a
 * request Next.js does it; outside one (a scheduled publish run by pg-boss in this process, or
 * `npm run worker`) revalidatePath() has no request to work in, so the paths go to an instance's
 * /api/internal/revalidate (PORTAL_INTERNAL_URL, by default this process's own port), which
 * revalidates them inside a request of its own.
 */
export async function revalidateCachePaths(paths: string[], all: boolean): Promise<boolean> {
  try {
    if (all) revalidatePath('/', 'layout');
    else {
      for (const path of paths) {
        revalidatePath(path);
        const tag = listTagOfCachePath(path);
        // Expire at once (no stale copy served first): readers see the change on their next request.
        if (tag) revalidateTag(tag, { expire: 0 });
      }
    }
    // The copies the server keeps in front of Next.js for a second (scripts/serve.mjs): all of them,
    // so no page derived from the change (a list, a feed, a sitemap) can be missed.
    purgeFrontCache();
    return true;
  } catch {
    return revalidateThroughInstance(paths, all);
  }
}

async function revalidateThroughInstance(paths: string[], all: boolean): Promise<boolean> {
  const token = internalRevalidateToken();
  const base = process.env.PORTAL_INTERNAL_URL || (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null);
  if (!token || !base) return false;
  try {
    const response = await fetch(new URL('/api/internal/revalidate', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(all ? { all: true } : { paths }),
      signal: AbortSignal.timeout(5000),
    });
    return response.ok;
  } catch (error) {
    (await requestLogger({ area: 'cache' })).error({ err: error }, 'revalidation through the instance failed');
    return false;
  }
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

/** After the home page's picks change or one expires: the home page in both languages. */
export async function revalidateHomePage(): Promise<RevalidationResult> {
  const paths = ['/', '/en'];
  const revalidated = await revalidateCachePaths(cachePaths(paths), false);
  return { paths, revalidated, purged: await purgeSharedCache(paths) };
}

/** After a citizen's question is published or taken down: the questions list and the question's page. */
export async function revalidateQuestionPages(ids: string[]): Promise<RevalidationResult> {
  const paths = ['/hoi-dap', ...ids.filter((id) => /^[0-9a-f-]{36}$/.test(id)).map((id) => `/hoi-dap/${id}`)];
  const revalidated = await revalidateCachePaths(cachePaths(paths), false);
  return { paths, revalidated, purged: await purgeSharedCache(paths) };
}
