import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { articleCorrections, revisions } from '@/db/schema';
import type { Tx } from './tx';

/**
 * Called in the publish transaction: when the version going live carries a correction note other
 * than the last correction recorded for the story, the correction is recorded, dated by this
 * publication. A note carried over unchanged into later updates (or a withdrawn story published
 * again) is not recorded twice.
 */
export async function recordCorrection(tx: Tx, articleId: string, newLiveRevisionId: string, at: Date): Promise<void> {
  const [row] = await tx.select({ meta: revisions.meta }).from(revisions).where(eq(revisions.id, newLiveRevisionId)).limit(1);
  const note = row?.meta.correction?.trim() ?? '';
  if (!note) return;
  const [last] = await tx
    .select({ note: articleCorrections.note })
    .from(articleCorrections)
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(desc(articleCorrections.publishedAt))
    .limit(1);
  if (last?.note === note) return;
  await tx.insert(articleCorrections).values({ articleId, revisionId: newLiveRevisionId, note, publishedAt: at }).onConflictDoNothing();
}
