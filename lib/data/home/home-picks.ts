import 'server-only';
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { articles, auditLog, homePicks, revisions } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { parseVietnamInput } from '@/lib/time/local-input';
import { DataError } from '../errors';
import { isPublic, wasWithdrawn } from '../public/filter';
import { revalidateHomePage } from '../public/revalidate';

/** The lead and up to this many highlights. */
export const MAX_HIGHLIGHTS = 6;
const MAX_QUERY = 200;
const SEARCH_LIMIT = 10;

function assertCurator(viewer: Viewer): asserts viewer is Viewer & { kind: 'user' } {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'home.curate')) throw new DataError('forbidden', 'Chỉ biên tập viên được chọn bài nổi bật cho trang chủ.');
}

export interface PickView {
  articleId: string;
  title: string;
  expiresAt: Date | null;
  /** Readers can see it now (a story withdrawn after it was picked no longer shows). */
  visible: boolean;
}

export async function homePicksForEditor(viewer: Viewer, now = new Date()): Promise<PickView[]> {
  assertCurator(viewer);
  const rows = await db
    .select({
      articleId: homePicks.articleId,
      title: revisions.title,
      expiresAt: homePicks.expiresAt,
      // What livePickIds() shows: public, and not past its expiry.
      visible: sql<boolean>`(${isPublic()} and (${homePicks.expiresAt} is null or ${homePicks.expiresAt} > ${now.toISOString()}::timestamptz))`,
    })
    .from(homePicks)
    .innerJoin(articles, eq(articles.id, homePicks.articleId))
    .leftJoin(revisions, eq(revisions.id, sql`coalesce(${articles.liveRevisionId}, ${articles.currentRevisionId})`))
    .orderBy(asc(homePicks.position));
  return rows.map((r) => ({ ...r, title: r.title ?? '(không có tiêu đề)' }));
}

/** Published stories whose title contains the words (diacritics ignored), newest first. */
export async function searchPickable(viewer: Viewer, query: unknown): Promise<Array<{ id: string; title: string; publishedAt: Date | null }>> {
  assertCurator(viewer);
  const q = z.string('Từ khóa phải là văn bản.').trim().max(MAX_QUERY, `Từ khóa dài quá ${MAX_QUERY} ký tự.`).safeParse(query);
  if (!q.success) throw new DataError('invalid', q.error.issues[0]!.message);
  const like = `%${q.data.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: articles.id, title: revisions.title, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
    .where(and(isPublic(), q.data ? sql`vn_unaccent(${revisions.title}) ilike vn_unaccent(${like})` : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(SEARCH_LIMIT);
}

const expiry = z
  .union([z.literal(''), z.null(), z.string().max(40)], { message: 'Hạn hiển thị không hợp lệ.' })
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = parseVietnamInput(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Hạn hiển thị không hợp lệ: hãy chọn ngày và giờ, hoặc để trống.' });
      return z.NEVER;
    }
    return date;
  });

export const homePicksInputSchema = z.strictObject({
  picks: z
    .array(z.strictObject({ articleId: z.uuid('Bài được chọn không hợp lệ: hãy tìm và chọn lại.'), expiresAt: expiry }), { message: 'Danh sách bài chọn không hợp lệ.' })
    .max(MAX_HIGHLIGHTS + 1, `Chỉ chọn được một bài chính và tối đa ${MAX_HIGHLIGHTS} bài nổi bật.`),
});

const minute = (d: Date) => Math.floor(d.getTime() / 60_000);

/**
 * Replaces the lead (first) and highlights, in order; then the home page is refreshed like after a
 * publish. A pick whose expiry has passed since it was saved (the form sends back what it showed,
 * to the minute) is dropped, and so is a pick taken down since it was saved (its title is returned
 * in `dropped` for the notice); a past expiry set now is refused. Saves are serialised: the list is
 * deleted and rewritten by position, and two at once would collide on it.
 */
export async function saveHomePicks(viewer: Viewer, input: unknown, now = new Date()): Promise<{ count: number; articleIds: string[]; dropped: string[] }> {
  assertCurator(viewer);
  const parsed = homePicksInputSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', [...new Set(parsed.error.issues.map((i) => i.message))].join(' '));
  const ids = parsed.data.picks.map((p) => p.articleId);
  if (new Set(ids).size !== ids.length) throw new DataError('invalid', 'Một bài được chọn hai lần: hãy bỏ bớt.');
  const saved = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('home-picks'))`);
    const stored = new Map((await tx.select({ articleId: homePicks.articleId, expiresAt: homePicks.expiresAt }).from(homePicks)).map((p) => [p.articleId, p.expiresAt]));
    const picks = parsed.data.picks.filter((p) => {
      if (!p.expiresAt || p.expiresAt.getTime() > now.getTime()) return true;
      const before = stored.get(p.articleId);
      if (before && minute(before) === minute(p.expiresAt)) return false; // ran out while on the list
      throw new DataError('invalid', 'Hạn hiển thị đã qua: hãy chọn thời điểm sau bây giờ, hoặc để trống.');
    });
    // A story taken down after it was picked is still on the form the editor sends back: it is
    // dropped (and named), so one takedown never blocks saving the rest. Picking a story anew that
    // readers cannot see is still refused.
    const checked = picks.length === 0 ? [] : await tx
      .select({ id: articles.id, public: sql<boolean>`${isPublic()}`, withdrawn: sql<boolean>`${wasWithdrawn()}`, title: revisions.title })
      .from(articles)
      .leftJoin(revisions, eq(revisions.id, sql`coalesce(${articles.liveRevisionId}, ${articles.currentRevisionId})`))
      .where(inArray(articles.id, picks.map((p) => p.articleId)));
    const byId = new Map(checked.map((c) => [c.id, c]));
    const dropped: string[] = [];
    const kept = picks.filter((p) => {
      const story = byId.get(p.articleId);
      if (story?.public) return true;
      if (story?.withdrawn && stored.has(p.articleId)) {
        dropped.push(story.title ?? '(không có tiêu đề)');
        return false;
      }
      throw new DataError('invalid', 'Có bài chưa đăng hoặc đã gỡ: chỉ chọn được bài đang hiển thị với bạn đọc.');
    });
    const pickIds = kept.map((p) => p.articleId);
    await tx.delete(homePicks);
    if (kept.length > 0) await tx.insert(homePicks).values(kept.map((p, position) => ({ position, articleId: p.articleId, expiresAt: p.expiresAt, pickedBy: viewer.id })));
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'home.picks_saved', targetType: 'home', targetId: 'home', data: { articleIds: pickIds, ...(dropped.length > 0 ? { droppedWithdrawn: dropped.length } : {}) } });
    return { count: kept.length, articleIds: pickIds, dropped };
  });
  await revalidateHomePage();
  return saved;
}

/** The picks readers see now, in order: lead first. Expired and no-longer-public picks are left out. */
export async function livePickIds(reader: Pick<typeof db, 'select'>, now: Date): Promise<string[]> {
  const rows = await reader
    .select({ id: homePicks.articleId })
    .from(homePicks)
    .innerJoin(articles, eq(articles.id, homePicks.articleId))
    .where(and(isPublic(), sql`(${homePicks.expiresAt} is null or ${homePicks.expiresAt} > ${now.toISOString()}::timestamptz)`))
    .orderBy(asc(homePicks.position));
  return rows.map((r) => r.id);
}

/** The minute sweep: a pick whose time ran out leaves the cached home page. */
export async function expireHomePicks(now = new Date()): Promise<number> {
  const expired = await db
    .update(homePicks)
    .set({ expiryHandledAt: now })
    .where(and(lte(homePicks.expiresAt, now), isNull(homePicks.expiryHandledAt)))
    .returning({ position: homePicks.position });
  if (expired.length > 0) await revalidateHomePage();
  return expired.length;
}
