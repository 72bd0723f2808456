import 'server-only';
import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleCorrections, articleTags, articles, auditLog, previewLinks, revisions, sections, tags, users } from '@/db/schema';
import { hashSecretToken, newSecretToken } from '@/lib/credentials/secret-token';
import { correctionToRecord } from '@/lib/content/correction';
import { coverMediaIdOf } from '@/lib/content/cover';
import { documentCardIds } from '@/lib/content/document-card';
import { withoutCommentMarks } from '@/lib/content/comment-marks';
import { withoutSuggestions } from '@/lib/content/suggestions';
import { bodyMediaIds } from '@/lib/content/render';
import { videoMediaIds } from '@/lib/content/video';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { canReadArticle, canRevokePreviewLink } from '@/lib/policy/workflow';
import { loadArticleFacts } from '../articles/load';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import { documentCardMap } from '../documents/cards';
import { figureMediaMap, videoMediaMap } from '../media/views';
import type { PublicArticle, PublicCorrection } from '../public/articles';

export const PREVIEW_TOKEN_PREFIX = 'xem';
const DEFAULT_HOURS = 48;

async function assertCanRead(viewer: Viewer, articleId: string) {
  const { article, facts } = await loadArticleFacts(db, viewer, articleId);
  const decision = canReadArticle(viewer, facts);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
  return article;
}

/** A revision shaped exactly like what readers get, so the reader page renders it unchanged. */
async function revisionAsPublicArticle(articleId: string, revisionId: string): Promise<PublicArticle | null> {
  if (!isUuid(articleId) || !isUuid(revisionId)) return null;
  const [row] = await db
    .select({ article: articles, revision: revisions, sectionSlug: sections.slug, sectionName: sections.name, sectionNameEn: sections.nameEn })
    .from(revisions)
    .innerJoin(articles, eq(articles.id, revisions.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(revisions.id, revisionId), eq(revisions.articleId, articleId)))
    .limit(1);
  if (!row) return null;
  // A preview is for people outside the newsroom: staff-only comment anchors stay out.
  const body = withoutCommentMarks(withoutSuggestions(row.revision.body as JSONContent));
  const coverId = coverMediaIdOf(row.revision.meta.coverMediaId, body);
  const [tagRows, media, documents, recorded, videos] = await Promise.all([
    db.select({ slug: tags.slug, name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, articleId)).orderBy(asc(tags.name)),
    figureMediaMap([...bodyMediaIds(body), ...(coverId ? [coverId] : [])]),
    documentCardMap(documentCardIds(body)),
    db
      .select({ note: articleCorrections.note, publishedAt: articleCorrections.publishedAt })
      .from(articleCorrections)
      .where(eq(articleCorrections.articleId, articleId))
      .orderBy(desc(articleCorrections.publishedAt))
      .limit(50),
    videoMediaMap(videoMediaIds(body)),
  ]);
  // What publishing this version would add (the rule recordCorrection() applies), shown on top and
  // marked as not yet published.
  const note = correctionToRecord(row.revision.meta, recorded[0]?.note);
  const corrections: PublicCorrection[] = note ? [{ note, publishedAt: row.revision.createdAt, pending: true }, ...recorded] : recorded;
  return {
    id: row.article.id,
    slug: row.article.slug,
    kind: row.article.kind,
    title: row.revision.title,
    sapo: row.revision.sapo,
    body,
    meta: row.revision.meta,
    meeting: row.revision.meeting ?? null,
    publishedAt: row.article.publishedAt ?? row.revision.createdAt,
    updatedAt: null,
    language: row.article.language,
    section: row.sectionSlug && row.sectionName ? { slug: row.sectionSlug, name: row.sectionName, nameEn: row.sectionNameEn ?? '' } : null,
    tags: tagRows,
    media,
    documents,
    videos,
    cover: coverId ? (media.get(coverId) ?? null) : null,
    corrections,
  };
}

/** Staff preview of any revision (the current one by default). */
export async function staffPreview(viewer: Viewer, articleId: string, revisionId?: string): Promise<PublicArticle> {
  const article = await assertCanRead(viewer, articleId);
  const preview = await revisionAsPublicArticle(articleId, revisionId ?? article.currentRevisionId!);
  if (!preview) throw new DataError('not_found', 'Không tìm thấy phiên bản này của bài viết.');
  return preview;
}

export async function createPreviewLink(viewer: Viewer, articleId: string, options: { revisionId?: string; hours?: number } = {}) {
  const article = await assertCanRead(viewer, articleId);
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  const hours = options.hours ?? DEFAULT_HOURS;
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 30) throw new DataError('invalid', 'Thời hạn liên kết xem trước từ 1 giờ đến 30 ngày.');
  const revisionId = options.revisionId ?? article.currentRevisionId!;
  if (!isUuid(revisionId)) throw new DataError('not_found', 'Không tìm thấy phiên bản này của bài viết.');
  const [revision] = await db.select({ id: revisions.id }).from(revisions).where(and(eq(revisions.id, revisionId), eq(revisions.articleId, articleId)));
  if (!revision) throw new DataError('not_found', 'Không tìm thấy phiên bản này của bài viết.');
  const { token, hash } = newSecretToken(PREVIEW_TOKEN_PREFIX);
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  const [link] = await db.insert(previewLinks).values({ revisionId, tokenHash: hash, createdBy: viewer.id, expiresAt }).returning({ id: previewLinks.id });
  await db.insert(auditLog).values({ actorId: viewer.id, action: 'preview_link.created', targetType: 'article', targetId: articleId, data: { linkId: link!.id, revisionId, expiresAt: expiresAt.toISOString() } });
  return { id: link!.id, url: `/xem-truoc/${token}`, expiresAt };
}

export async function listPreviewLinks(viewer: Viewer, articleId: string) {
  await assertCanRead(viewer, articleId);
  return db
    .select({ id: previewLinks.id, revisionId: previewLinks.revisionId, expiresAt: previewLinks.expiresAt, revokedAt: previewLinks.revokedAt, createdAt: previewLinks.createdAt, createdBy: users.name })
    .from(previewLinks)
    .innerJoin(revisions, eq(revisions.id, previewLinks.revisionId))
    .innerJoin(users, eq(users.id, previewLinks.createdBy))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(previewLinks.createdAt));
}

export async function revokePreviewLink(viewer: Viewer, articleId: string, linkId: string) {
  await assertCanRead(viewer, articleId);
  if (!isUuid(linkId)) throw new DataError('not_found', 'Liên kết không tồn tại hoặc đã bị thu hồi.');
  const [link] = await db
    .select({ createdBy: previewLinks.createdBy })
    .from(previewLinks)
    .innerJoin(revisions, eq(revisions.id, previewLinks.revisionId))
    .where(and(eq(previewLinks.id, linkId), eq(revisions.articleId, articleId)))
    .limit(1);
  if (!link) throw new DataError('not_found', 'Liên kết không tồn tại hoặc đã bị thu hồi.');
  const decision = canRevokePreviewLink(viewer, link);
  if (!decision.allowed) throw new DataError('forbidden', decision.message);
  const rows = await db
    .update(previewLinks)
    .set({ revokedAt: new Date() })
    // The link must belong to a revision of this article: reading one article is no right over another's links.
    .where(
      and(
        eq(previewLinks.id, linkId),
        isNull(previewLinks.revokedAt),
        inArray(previewLinks.revisionId, db.select({ id: revisions.id }).from(revisions).where(eq(revisions.articleId, articleId))),
      ),
    )
    .returning({ id: previewLinks.id, revisionId: previewLinks.revisionId });
  if (rows.length === 0) throw new DataError('not_found', 'Liên kết không tồn tại hoặc đã bị thu hồi.');
  await db.insert(auditLog).values({ actorId: viewer.kind === 'user' ? viewer.id : null, action: 'preview_link.revoked', targetType: 'article', targetId: articleId, data: { linkId } });
}

/**
 * The revision behind a share link, or null when the link is unknown, expired or revoked, or its
 * creator has been deactivated: a link is shared on its creator's authority, which ends with
 * their account. Checked at use time, so no deactivation path can forget to revoke links.
 */
export async function previewByToken(token: string): Promise<PublicArticle | null> {
  if (!/^xem_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [link] = await db
    .select({ revisionId: previewLinks.revisionId, articleId: revisions.articleId })
    .from(previewLinks)
    .innerJoin(revisions, eq(revisions.id, previewLinks.revisionId))
    .innerJoin(users, eq(users.id, previewLinks.createdBy))
    .where(
      and(eq(previewLinks.tokenHash, hashSecretToken(token)), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, new Date()), eq(users.isActive, true)),
    )
    .limit(1);
  return link ? revisionAsPublicArticle(link.articleId, link.revisionId) : null;
}

export const SHARE_LIST_LIMIT = 30;

export interface ShareLinkRow {
  id: string;
  revisionNumber: number;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  createdByName: string;
  state: 'active' | 'expired' | 'revoked';
  /** Whether this viewer may revoke it (policy: its creator, or senior staff). */
  canRevoke: boolean;
}

/**
 * The editor's list of a story's share links: the newest SHARE_LIST_LIMIT, live ones first. Tokens
 * are never stored, so a link cannot be shown again, only described and revoked.
 */
export async function shareLinksOf(viewer: Viewer, articleId: string): Promise<{ links: ShareLinkRow[]; more: boolean }> {
  await assertCanRead(viewer, articleId);
  const now = new Date();
  const rows = await db
    .select({
      id: previewLinks.id,
      revisionNumber: revisions.number,
      createdAt: previewLinks.createdAt,
      expiresAt: previewLinks.expiresAt,
      revokedAt: previewLinks.revokedAt,
      createdBy: previewLinks.createdBy,
      createdByName: users.name,
    })
    .from(previewLinks)
    .innerJoin(revisions, eq(revisions.id, previewLinks.revisionId))
    .innerJoin(users, eq(users.id, previewLinks.createdBy))
    .where(eq(revisions.articleId, articleId))
    .orderBy(sql`(${previewLinks.revokedAt} is null and ${previewLinks.expiresAt} > now()) desc`, desc(previewLinks.createdAt))
    .limit(SHARE_LIST_LIMIT + 1);
  return {
    more: rows.length > SHARE_LIST_LIMIT,
    links: rows.slice(0, SHARE_LIST_LIMIT).map(({ createdBy, ...r }) => {
      const state = r.revokedAt ? 'revoked' : r.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
      return { ...r, state, canRevoke: state === 'active' && canRevokePreviewLink(viewer, { createdBy }).allowed };
    }),
  };
}
