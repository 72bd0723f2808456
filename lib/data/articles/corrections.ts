import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { articleCorrections, revisions } from '@/db/schema';
import { correctionToRecord } from '@/lib/content/correction';
import type { Tx } from './tx';

/**
 * Called in the publish transaction: the correction the version going live adds (the rule is
 * lib/content/correction.ts correctionToRecord, which the preview shares) is recorded, dated by
 * this publication.
 */
export async function recordCorrection(tx: Tx, articleId: string, newLiveRevisionId: string, at: Date): Promise<void> {
  const [row] = await tx.select({ meta: revisions.meta }).from(revisions).where(eq(revisions.id, newLiveRevisionId)).limit(1);
  if (correctionToRecord(row?.meta, undefined) === null) return; // no note at all: nothing to look up
  const [last] = await tx
    .select({ note: articleCorrections.note })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(desc(articleCorrections.publishedAt))
    .limit(1);
  const note = correctionToRecord(row?.meta, last?.note);
  if (note === null) return;
  await tx.insert(articleCorrections).values({ articleId, revisionId: newLiveRevisionId, note, publishedAt: at }).onConflictDoNothing();
}
