import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { revisions, workflowEvents } from '@/db/schema';
import { describeVersion, type DescribedField } from '@/lib/content/describe-version';
import { changedFields, type RevisionField } from '@/lib/content/placement';
import type { ArticleRow } from './load';
import { placementOf } from './placement';
import { versionNames } from './version-names';

export interface SignOffView {
  /** Every field of the working copy but the body, as the leader signs it. */
  fields: DescribedField[];
  /** For an update of a live story: what readers will see change. */
  changedSinceLive: RevisionField[] | null;
  /** Diff links: against the live version, and against the version last returned. */
  compareLive: string | null;
  compareReturned: string | null;
}

/** What a leader signs: the whole working copy in words, and where to see what changed. */
export async function signOffView(article: ArticleRow): Promise<SignOffView> {
  const wanted = [article.currentRevisionId!, ...(article.liveRevisionId ? [article.liveRevisionId] : [])];
  const [rows, [returned]] = await Promise.all([
    db.select().from(revisions).where(inArray(revisions.id, wanted)),
    db
      .select({ revisionId: workflowEvents.revisionId })
      .from(workflowEvents)
      .where(and(eq(workflowEvents.articleId, article.id), eq(workflowEvents.event, 'return')))
      .orderBy(desc(workflowEvents.id))
      .limit(1),
  ]);
  const withPlacement = async (id: string | null) => {
    const row = rows.find((r) => r.id === id);
    return row ? { ...row, placement: await placementOf(db, article, row) } : null;
  };
  const current = (await withPlacement(article.currentRevisionId))!;
  const live = await withPlacement(article.liveRevisionId);
  const names = await versionNames([current]);
  const diff = (a: string) => `/toa-soan/bai-viet/${article.id}/phien-ban?a=${a}&b=${current.id}`;
  return {
    fields: describeVersion(current, names),
    changedSinceLive: live && live.id !== current.id ? changedFields(live, current) : null,
    compareLive: live && live.id !== current.id ? diff(live.id) : null,
    compareReturned: returned?.revisionId && returned.revisionId !== current.id ? diff(returned.revisionId) : null,
  };
}
