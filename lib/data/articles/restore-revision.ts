import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, revisions } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import { saveArticle, type SaveResult } from './save-article';

/**
 * Restoring copies an old revision's text (title, sapo, body, byline, cover, SEO, meeting) into a NEW
 * revision on top; history is never rewritten. Section, tags, authors and times stay as they are now:
 * going back to older wording must not silently move the story or change who is credited.
 */
export async function restoreRevision(viewer: Viewer, articleId: string, revisionId: string, baseVersion: number): Promise<SaveResult> {
  if (!isUuid(revisionId) || !isUuid(articleId)) throw new DataError('not_found', 'Không tìm thấy phiên bản cần khôi phục.');
  const [old] = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.articleId, articleId)))
    .limit(1);
  if (!old) throw new DataError('not_found', 'Không tìm thấy phiên bản cần khôi phục.');
  const [current] = await db
    .select({ meta: revisions.meta })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.currentRevisionId))
    .where(eq(articles.id, articleId))
    .limit(1);
  return saveArticle(viewer, articleId, {
    title: old.title,
    sapo: old.sapo,
    body: old.body,
    schemaVersion: old.schemaVersion,
    byline: old.meta.byline,
    seoTitle: old.meta.seoTitle,
    seoDescription: old.meta.seoDescription,
    coverMediaId: old.meta.coverMediaId,
    // A correction already given stays: restoring old text does not take back what was corrected.
    correction: current?.meta.correction,
    meeting: old.meeting,
    baseVersion,
  }, { origin: 'restore', restoredFrom: { id: old.id, number: old.number } });
}
