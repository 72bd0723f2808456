import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleSlugs, articles, revisions, workflowEvents } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canEditContent } from '@/lib/policy/workflow';
import { stateAfterContentChange } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { notifyTransition } from '../notifications';
import { insertRevision, normalizeContent, type ContentInput } from './content-input';
import { assertMediaExist, conflict, loadArticleFacts } from './load';
import { assertSectionExists, freeSlug, parseMetadata, setArticleAuthors, setArticleTags, type ArticleMetadata } from './metadata';
import { isUniqueViolation } from './tx';

export type SaveInput = ContentInput & ArticleMetadata & { baseVersion: number; origin?: 'save' | 'autosave' | 'restore' | 'import' };

export interface SaveResult {
  version: number;
  status: string;
  revisionId: string;
  slug: string;
  changed: boolean;
  approvalVoided: boolean;
}

/**
 * Saves the full content of an article as a new immutable revision. The save carries the version it
 * was based on; if anyone changed the article meanwhile it is refused (conflict) and nothing is lost:
 * the caller still has the text. Changing content after a sign-off voids it (back to review).
 */
export async function saveArticle(viewer: Viewer, id: string, input: SaveInput): Promise<SaveResult> {
  if (!Number.isInteger(input.baseVersion)) throw new DataError('invalid', 'Thiếu phiên bản gốc (baseVersion) của bản lưu.');
  const content = normalizeContent(input);
  const meta = parseMetadata(input);
  try {
    return await db.transaction(async (tx) => {
      const { article, facts } = await loadArticleFacts(tx, viewer, id);
      const decision = canEditContent(viewer, facts);
      if (!decision.allowed) throw new DataError('forbidden', decision.message);
      if (article.version !== input.baseVersion) throw conflict(article.version);
      await assertMediaExist(tx, content.mediaIds);
      await assertSectionExists(tx, meta.sectionId);

      const [current] = await tx
        .select({ id: revisions.id, hash: revisions.contentHash, max: sql<number>`(select max(number) from revisions where article_id = ${id})` })
        .from(revisions)
        .where(eq(revisions.id, article.currentRevisionId!))
        .limit(1);
      const contentChanged = current?.hash !== content.hash;

      let slug = article.slug;
      if (meta.slug !== undefined && meta.slug !== '' && meta.slug !== article.slug) {
        if (article.slugFrozen) throw new DataError('invalid', 'Đường dẫn (slug) không đổi được sau khi bài đã xuất bản.');
        slug = await freeSlug(tx, meta.slug, id);
      }
      const metadataChanged =
        slug !== article.slug ||
        (meta.sectionId !== undefined && meta.sectionId !== article.sectionId) ||
        (meta.kind !== undefined && meta.kind !== article.kind) ||
        (meta.language !== undefined && meta.language !== article.language) ||
        (meta.embargoUntil !== undefined && (meta.embargoUntil ? new Date(meta.embargoUntil).getTime() : null) !== (article.embargoUntil?.getTime() ?? null)) ||
        (meta.scheduledUnpublishAt !== undefined &&
          (meta.scheduledUnpublishAt ? new Date(meta.scheduledUnpublishAt).getTime() : null) !== (article.scheduledUnpublishAt?.getTime() ?? null)) ||
        meta.tags !== undefined ||
        meta.authorIds !== undefined;
      if (!contentChanged && !metadataChanged) {
        return { version: article.version, status: article.status, revisionId: current!.id, slug, changed: false, approvalVoided: false };
      }

      let revisionId = current!.id;
      const next = contentChanged ? stateAfterContentChange(article.status) : { to: article.status, effects: [] };
      if (contentChanged) {
        revisionId = await insertRevision(tx, content, {
          articleId: id,
          number: Number(current!.max) + 1,
          origin: input.origin ?? 'save',
          basedOnRevisionId: current!.id,
          authorId: viewer.kind === 'user' ? viewer.id : null,
        });
      }
      const kinds = new Set(next.effects.map((e) => e.kind));
      const updated = await tx
        .update(articles)
        .set({
          currentRevisionId: revisionId,
          status: next.to,
          version: sql`${articles.version} + 1`,
          slug,
          ...(meta.sectionId !== undefined ? { sectionId: meta.sectionId } : {}),
          ...(meta.kind !== undefined ? { kind: meta.kind } : {}),
          ...(meta.language !== undefined ? { language: meta.language } : {}),
          ...(meta.embargoUntil !== undefined ? { embargoUntil: meta.embargoUntil ? new Date(meta.embargoUntil) : null } : {}),
          ...(meta.scheduledUnpublishAt !== undefined ? { scheduledUnpublishAt: meta.scheduledUnpublishAt ? new Date(meta.scheduledUnpublishAt) : null } : {}),
          ...(kinds.has('clear_approval') ? { approvedRevisionId: null } : {}),
          ...(kinds.has('clear_schedule') ? { scheduledAt: null } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(articles.id, id), eq(articles.version, input.baseVersion), eq(articles.status, article.status)))
        .returning({ version: articles.version });
      if (updated.length === 0) throw conflict(null);
      const approvalVoided = kinds.has('clear_approval');
      if (slug !== article.slug) await tx.insert(articleSlugs).values({ slug: article.slug, articleId: id }).onConflictDoNothing();
      if (meta.tags !== undefined) await setArticleTags(tx, id, meta.tags);
      if (meta.authorIds !== undefined) await setArticleAuthors(tx, id, meta.authorIds);
      if (approvalVoided) {
        await notifyTransition(tx, { articleId: id, title: content.title, event: 'approval_voided', from: article.status, to: next.to, actorId: viewer.kind === 'user' ? viewer.id : null });
      }
      if (next.to !== article.status) {
        await tx.insert(workflowEvents).values({
          articleId: id,
          revisionId,
          actorId: viewer.kind === 'user' ? viewer.id : null,
          event: approvalVoided ? 'approval_voided' : 'content_changed',
          fromStatus: article.status,
          toStatus: next.to,
          note: approvalVoided ? 'Nội dung thay đổi sau khi duyệt: cần duyệt lại.' : null,
        });
      }
      return { version: updated[0]!.version, status: next.to, revisionId, slug, changed: true, approvalVoided };
    });
  } catch (error) {
    // Two saves on the same base: the loser may trip the revision number's unique index first.
    if (isUniqueViolation(error)) throw conflict(null);
    throw error;
  }
}
