import 'server-only';
import { eq } from 'drizzle-orm';
import { articlePeople, articleSearch, revisions } from '@/db/schema';
import { articlePeopleRows, searchRow as toSearchRow } from './rows';
import type { Tx } from './tx';

/** Rewrites what public search and person pages read from the live revision (same transaction as the publish). */
export async function projectLiveRevision(tx: Tx, articleId: string, revisionId: string): Promise<void> {
  const [rev] = await tx.select().from(revisions).where(eq(revisions.id, revisionId)).limit(1);
  if (!rev) throw new Error(`live revision ${revisionId} missing`);
  const searchRow = toSearchRow(rev);
  await tx.insert(articleSearch).values({ articleId, ...searchRow }).onConflictDoUpdate({ target: articleSearch.articleId, set: searchRow });
  await tx.delete(articlePeople).where(eq(articlePeople.articleId, articleId));
  const people = articlePeopleRows(articleId, rev.meeting);
  if (people.length) await tx.insert(articlePeople).values(people);
}

export async function removeLiveProjection(tx: Tx, articleId: string): Promise<void> {
  await tx.delete(articleSearch).where(eq(articleSearch.articleId, articleId));
  await tx.delete(articlePeople).where(eq(articlePeople.articleId, articleId));
}
