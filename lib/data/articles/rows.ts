// The rows a story writes, built in one place: the newsroom's save and publish paths insert them
// one at a time, the benchmark generator (scripts/bench) inserts thousands at once. Pure (no
// database handle, no server-only) so both can use it; a schema change breaks both at compile time.
import type { articlePeople, articleSearch, Meeting, revisions, RevisionMeta } from '@/db/schema';
import { contentHash } from '@/lib/content/hash';
import type { Placement } from '@/lib/content/placement';
import { bodyToPlainText } from '@/lib/content/plain-text';
import { CONTENT_SCHEMA_VERSION } from '@/lib/content/schema';
import type { JSONContent } from '@/lib/content/types';

/** Validated story content (see normalizeContent). */
export interface RevisionContent {
  title: string;
  sapo: string;
  body: JSONContent;
  meta: RevisionMeta;
  meeting: Meeting | null;
}

export type RevisionRow = typeof revisions.$inferInsert;
export type SearchRow = Omit<typeof articleSearch.$inferInsert, 'articleId'>;
export type ArticlePersonRow = typeof articlePeople.$inferInsert;

/** The sign-off hash of a version: its text and its placement together. */
export function versionHash(content: RevisionContent, placement: Placement): string {
  return contentHash({ title: content.title, sapo: content.sapo, body: content.body, meta: content.meta, meeting: content.meeting, placement });
}

/** A new immutable revision of `content` at `placement`. */
export function revisionRow(
  content: RevisionContent,
  placement: Placement,
  at: { articleId: string; number: number; origin: string; authorId: string | null; basedOnRevisionId?: string; changedFields: string[]; articleVersion: number },
): RevisionRow {
  return {
    ...at,
    title: content.title,
    sapo: content.sapo,
    body: content.body,
    schemaVersion: CONTENT_SCHEMA_VERSION,
    meta: content.meta,
    meeting: content.meeting,
    placement,
    contentHash: versionHash(content, placement),
  };
}

/** What public search reads for a live revision (composed, NFC: revisions saved before the content door composed text may not be). */
export function searchRow(revision: { title: string; sapo: string; body: unknown }): SearchRow {
  return { title: revision.title.normalize('NFC'), sapo: revision.sapo.normalize('NFC'), bodyText: bodyToPlainText(revision.body as JSONContent).normalize('NFC') };
}

/** Person pages' index of a live revision: each registered person once per role. */
export function articlePeopleRows(articleId: string, meeting: Meeting | null): ArticlePersonRow[] {
  const seen = new Set<string>();
  const rows: ArticlePersonRow[] = [];
  for (const person of meeting?.people ?? []) {
    const key = `${person.personId}:${person.role}`;
    if (!person.personId || seen.has(key)) continue;
    seen.add(key);
    rows.push({ articleId, personId: person.personId, role: person.role });
  }
  return rows;
}
