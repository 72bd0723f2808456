import 'server-only';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleSearch, articleTags, tags } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canUseEditorLookups } from '@/lib/policy/workflow';
import { foldVietnamese } from '@/lib/search/fold';
import { DataError } from '../errors';
import { isPublic } from '../public/filter';

// Look-ups the editor makes while writing: our own published stories to link to, and existing tags.
// Both are bounded: a short query, a handful of words, a few rows.

export const LOOKUP_MAX_QUERY = 100;
export const STORY_LINK_LIMIT = 8;
export const TAG_SUGGESTION_LIMIT = 10;

function assertAllowed(viewer: Viewer) {
  const decision = canUseEditorLookups(viewer);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
}

/** Folded words of a query, letters and digits only (safe inside to_tsquery), at most 6. */
export function queryWords(query: string): string[] {
  return foldVietnamese(query.slice(0, LOOKUP_MAX_QUERY))
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, 6);
}

export interface LinkableStory {
  title: string;
  /** Site-relative, so the link survives a change of domain. */
  href: string;
  publishedAt: Date | null;
}

/** Published stories (what readers can see now) whose title and sapo hold every word typed, newest first. */
export async function linkableStories(viewer: Viewer, query: string): Promise<LinkableStory[]> {
  assertAllowed(viewer);
  const words = queryWords(query);
  if (words.length === 0) return [];
  const tsquery = words.map((w) => `${w}:*`).join(' & ');
  const rows = await db
    .select({ slug: articles.slug, title: articleSearch.title, publishedAt: articles.publishedAt })
    .from(articleSearch)
    .innerJoin(articles, eq(articles.id, articleSearch.articleId))
    .where(and(isPublic(), sql`${articleSearch.head} @@ to_tsquery('simple', ${tsquery})`))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(STORY_LINK_LIMIT);
  return rows.map((r) => ({ title: r.title, href: `/bai-viet/${r.slug}`, publishedAt: r.publishedAt }));
}

/** Existing tags whose name starts a word with what was typed (diacritics ignored), most used first. */
export async function tagSuggestions(viewer: Viewer, query: string): Promise<Array<{ name: string; uses: number }>> {
  assertAllowed(viewer);
  const folded = foldVietnamese(query.trim().slice(0, 60)).replace(/[\\%_]/g, (c) => `\\${c}`);
  if (folded === '') return [];
  const uses = count(articleTags.articleId);
  const rows = await db
    .select({ name: tags.name, uses })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .where(sql`(vn_unaccent(${tags.name}) like ${`${folded}%`} or vn_unaccent(${tags.name}) like ${`% ${folded}%`})`)
    .groupBy(tags.id, tags.name)
    .orderBy(desc(uses), asc(tags.name))
    .limit(TAG_SUGGESTION_LIMIT);
  return rows.map((r) => ({ name: r.name, uses: Number(r.uses) }));
}
