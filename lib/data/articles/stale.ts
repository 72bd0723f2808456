import 'server-only';
import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { revisions } from '@/db/schema';
import { describeFields, REVISION_FIELDS, type RevisionField } from '@/lib/content/placement';
import { STATE_LABELS } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import type { ArticleRow } from './load';
import type { Executor } from './tx';

/**
 * The refusal for a step taken on a version that is no longer the story's: it says what changed
 * since (which fields, in which revisions) and links to the diff, so a leader sees what they would
 * have signed unseen. Revisions record the article version they were saved as; those above the
 * version the person saw are the changes they have not seen.
 */
export async function staleVersion(tx: Executor, article: ArticleRow, seenVersion: number): Promise<DataError> {
  const newer = await tx
    .select({ id: revisions.id, number: revisions.number, changedFields: revisions.changedFields })
    .from(revisions)
    .where(and(eq(revisions.articleId, article.id), gt(revisions.articleVersion, seenVersion)))
    .orderBy(asc(revisions.number));
  if (newer.length === 0) {
    return new DataError('conflict', `Bài vừa được chuyển sang bước "${STATE_LABELS[article.status]}" sau khi bạn mở. Hãy tải lại trang để xem bước hiện tại.`, {
      reason: 'stale',
      currentVersion: article.version,
      changes: { fields: [], revisions: [] },
    });
  }
  const [seen] = await tx
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.articleId, article.id), or(lte(revisions.articleVersion, seenVersion), isNull(revisions.articleVersion)), lte(revisions.number, newer[0]!.number)))
    .orderBy(asc(revisions.number))
    .then((rows) => rows.slice(-1));
  const touched = new Set(newer.flatMap((r) => r.changedFields));
  const fields = REVISION_FIELDS.filter((f): f is RevisionField => touched.has(f));
  const diff = seen ? `/toa-soan/bai-viet/${article.id}/phien-ban?a=${seen.id}&b=${article.currentRevisionId}` : null;
  return new DataError(
    'conflict',
    `Bài đã được sửa sau phiên bản bạn đang xem (${describeFields(fields) || 'nội dung'}; ${newer.length} lần lưu). Chưa có gì được thực hiện: hãy xem thay đổi, tải lại trang rồi thao tác lại.`,
    {
      reason: 'stale',
      currentVersion: article.version,
      changes: { fields, revisions: newer.map((r) => r.id), ...(diff ? { diff } : {}) },
      ...(diff ? { link: { href: diff, label: 'Xem thay đổi' } } : {}),
    },
  );
}
