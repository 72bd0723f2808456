import 'server-only';
import { eq } from 'drizzle-orm';
import { articlePeople, articleSearch, revisions } from '@/db/schema';
import { bodyToPlainText } from '@/lib/content/plain-text';
import type { JSONContent } from '@/lib/content/types';
import type { Tx } from './tx';

/** Rewrites what public search and person pages read from the live revision (same transaction as the publish). */
export async function projectLiveRevision(tx: Tx, articleId: string, revisionId: string): Promise<void> {
  const [rev] = await tx.select().from(revisions).where(eq(revisions.id, revisionId)).limit(1);
  if (!rev) throw new Error(`live revision ${revisionId} missing`);
  const searchRow = { title: rev.title, sapo: rev.sapo, bodyText: bodyToPlainText(rev.body as JSONContent) };
  await tx.insert(articleSearch).values({ articleId, ...searchRow }).onConflictDoUpdate({ target: articleSearch.articleId, set: searchRow });
  await tx.delete(articlePeople).where(eq(articlePeople.articleId, articleId));
  const seen = new Set<string>();
  for (const person of rev.meeting?.people ?? []) {
    const key = `${person.personId}:${person.role}`;
    if (!person.personId || seen.has(key)) continue;
    seen.add(key);
    await tx.insert(articlePeople).values({ articleId, personId: person.personId, role: person.role });
  }
}

export async function removeLiveProjection(tx: Tx, articleId: string): Promise<void> {
  await tx.delete(articleSearch).where(eq(articleSearch.articleId, articleId));
  await tx.delete(articlePeople).where(eq(articlePeople.articleId, articleId));
}
