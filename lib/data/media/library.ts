// Browsing the media library: search, filters, one item, and where an item is used.
import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { articles, media, revisionMedia, revisions, users } from '@/db/schema';
import { mediaLimits } from '@/lib/media/limits';
import { canMedia } from '@/lib/policy/media';
import type { Viewer } from '@/lib/policy/roles';
import { canReadArticle } from '@/lib/policy/workflow';
import type { State } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { foldedWordConditions } from '../folded-search';
import { assertMedia, assertMediaId, inUse, liveOrCurrentRevision, mediaColumns, toMediaItem, type MediaItem } from './items';

export const mediaListQuerySchema = z.object({
  q: z.string().trim().max(200, 'Từ khóa dài quá 200 ký tự.').optional().describe('Words in the caption, credit or file name; diacritics ignored'),
  kind: z.enum(['image', 'document', 'video'], { message: 'kind phải là image, document hoặc video.' }).optional(),
  uploader: z
    .union([z.literal('me'), z.uuid()], { message: 'uploader phải là "me" hoặc mã người dùng.' })
    .optional()
    .describe('"me" or a user id'),
  usage: z.enum(['used', 'unused'], { message: 'usage phải là used hoặc unused.' }).optional(),
  alt: z.enum(['missing'], { message: 'alt chỉ nhận giá trị missing.' }).optional().describe('"missing": images without alt text'),
  sort: z.enum(['newest', 'oldest'], { message: 'sort phải là newest hoặc oldest.' }).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export type MediaListQuery = z.input<typeof mediaListQuerySchema>;

export interface MediaPage {
  items: MediaItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** What the library screens need to know about this viewer's desk (the actions check again). */
export interface MediaDesk {
  canUpload: boolean;
  maxImageBytes: number;
  maxDocumentBytes: number;
  maxVideoBytes: number;
  maxMegapixels: number;
}

export function mediaDesk(viewer: Viewer): MediaDesk {
  assertMedia(viewer, 'media.view');
  const limits = mediaLimits();
  return {
    canUpload: canMedia(viewer, 'media.upload').allowed,
    maxImageBytes: limits.maxImageBytes,
    maxDocumentBytes: limits.maxDocumentBytes,
    maxVideoBytes: limits.maxVideoBytes,
    maxMegapixels: limits.maxImagePixels / 1_000_000,
  };
}

const haystack = sql`${media.caption} || ' ' || ${media.credit} || ' ' || ${media.originalFilename}`;

/** Usage counts (articles whose current or live revision references the item) for a page of ids. */
async function usageCounts(ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ mediaId: revisionMedia.mediaId, articles: sql<number>`count(distinct ${articles.id})::int` })
    .from(revisionMedia)
    .innerJoin(articles, liveOrCurrentRevision)
    .where(inArray(revisionMedia.mediaId, ids))
    .groupBy(revisionMedia.mediaId);
  return new Map(rows.map((r) => [r.mediaId, Number(r.articles)]));
}

export async function listMedia(viewer: Viewer, input: unknown = {}): Promise<MediaPage> {
  assertMedia(viewer, 'media.view');
  const parsed = mediaListQuerySchema.safeParse(input ?? {});
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  const query = parsed.data;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 24;

  const where: SQL[] = [isNull(media.deletedAt)];
  where.push(...foldedWordConditions(haystack, query.q));
  if (query.kind) where.push(eq(media.kind, query.kind));
  if (query.uploader === 'me') where.push(viewer.kind === 'user' ? eq(media.uploadedBy, viewer.id) : sql`false`);
  else if (query.uploader) where.push(eq(media.uploadedBy, query.uploader));
  if (query.usage === 'used') where.push(inUse());
  if (query.usage === 'unused') where.push(sql`not ${inUse()}`);
  if (query.alt === 'missing') where.push(and(eq(media.kind, 'image'), sql`btrim(${media.alt}) = ''`)!);
  const condition = and(...where);

  const [rows, [total]] = await Promise.all([
    db
      .select(mediaColumns)
      .from(media)
      .leftJoin(users, eq(users.id, media.uploadedBy))
      .where(condition)
      .orderBy(query.sort === 'oldest' ? asc(media.createdAt) : desc(media.createdAt), asc(media.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(media).where(condition),
  ]);
  const usage = await usageCounts(rows.map((r) => r.id));
  return { items: rows.map((r) => toMediaItem(r, viewer, usage.get(r.id) ?? 0)), total: Number(total?.n ?? 0), page, pageSize };
}

export async function getMediaItem(viewer: Viewer, id: string): Promise<MediaItem> {
  assertMedia(viewer, 'media.view');
  assertMediaId(id);
  const [row] = await db
    .select(mediaColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(and(eq(media.id, id), isNull(media.deletedAt)))
    .limit(1);
  if (!row) throw new DataError('not_found', 'Không tìm thấy tệp trong thư viện (có thể đã bị xóa).');
  const usage = await usageCounts([id]);
  return toMediaItem(row, viewer, usage.get(id) ?? 0);
}

export interface MediaUsageEntry {
  articleId: string;
  /** Null when this viewer may not read the article (someone else's draft): it still counts as use. */
  title: string | null;
  status: State;
  /** Used by the working copy, by what readers see, or both. */
  inCurrent: boolean;
  inLive: boolean;
  /** The newsroom page of the article, when the viewer may open it. */
  href: string | null;
}

export async function mediaUsage(viewer: Viewer, id: string): Promise<{ mediaId: string; articles: MediaUsageEntry[] }> {
  assertMedia(viewer, 'media.view');
  assertMediaId(id);
  const [exists] = await db.select({ id: media.id }).from(media).where(and(eq(media.id, id), isNull(media.deletedAt))).limit(1);
  if (!exists) throw new DataError('not_found', 'Không tìm thấy tệp trong thư viện (có thể đã bị xóa).');
  const viewerId = viewer.kind === 'user' ? viewer.id : null;
  const rows = await db
    .select({
      articleId: articles.id,
      status: articles.status,
      title: revisions.title,
      inCurrent: sql<boolean>`bool_or(${articles.currentRevisionId} = ${revisionMedia.revisionId})`,
      inLive: sql<boolean>`bool_or(${articles.liveRevisionId} = ${revisionMedia.revisionId})`,
      viewerIsAuthor: viewerId
        ? sql<boolean>`(${articles.createdBy} = ${viewerId} or exists (select 1 from article_authors aa where aa.article_id = ${articles.id} and aa.user_id = ${viewerId}))`
        : sql<boolean>`false`,
      updatedAt: articles.updatedAt,
    })
    .from(revisionMedia)
    .innerJoin(articles, liveOrCurrentRevision)
    .innerJoin(revisions, eq(revisions.id, articles.currentRevisionId))
    .where(eq(revisionMedia.mediaId, id))
    .groupBy(articles.id, revisions.title)
    .orderBy(desc(articles.updatedAt));
  return {
    mediaId: id,
    articles: rows.map((r) => {
      const readable = canReadArticle(viewer, { status: r.status, viewerIsAuthor: Boolean(r.viewerIsAuthor) }).allowed;
      return {
        articleId: r.articleId,
        title: readable ? r.title : null,
        status: r.status,
        inCurrent: Boolean(r.inCurrent),
        inLive: Boolean(r.inLive),
        href: readable ? `/toa-soan/bai-viet/${r.articleId}` : null,
      };
    }),
  };
}
