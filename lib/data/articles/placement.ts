import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { articleAuthors, articleSlugs, articleTags, articles, tags, users } from '@/db/schema';
import { isoOrNull, type Placement } from '@/lib/content/placement';
import { AUTHOR_ROLES, authorRefusal } from '@/lib/policy/authors';
import { slugify } from '@/lib/slug/slugify';
import { DataError } from '../errors';
import { assertSectionExists, freeSlug, type ParsedMetadata } from './metadata';
import type { ArticleRow } from './load';
import type { Executor, Tx } from './tx';

/**
 * The placement held on the article row and its tag and author tables. For a live story these are
 * what readers see (the live revision's); otherwise they follow the working copy. Revisions written
 * before placement was stored in revisions fall back to it.
 */
export async function rowPlacement(tx: Executor, article: ArticleRow): Promise<Placement> {
  // One after the other: `tx` may be a transaction, whose one connection runs one query at a time.
  const tagRows = await tx.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, article.id)).orderBy(asc(tags.name));
  const authorRows = await tx.select({ id: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, article.id)).orderBy(asc(articleAuthors.ordinal));
  return {
    sectionId: article.sectionId,
    tags: tagRows.map((t) => t.name),
    authorIds: authorRows.map((a) => a.id),
    slug: article.slug,
    language: article.language === 'en' ? 'en' : 'vi',
    kind: article.kind,
    embargoUntil: isoOrNull(article.embargoUntil),
    scheduledUnpublishAt: isoOrNull(article.scheduledUnpublishAt),
  };
}

/** The placement of one revision (its own, or the row's for revisions older than migration 0009). */
export async function placementOf(tx: Executor, article: ArticleRow, revision: { placement: Placement | null }): Promise<Placement> {
  return revision.placement ?? rowPlacement(tx, article);
}

/** Tag names without empty ones or two spellings of the same tag (same slug). */
export function normalizeTags(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    out.push(name);
  }
  return out;
}

/**
 * Each credited author must be an active staff member who writes. Newly added ones must also be
 * authors the picker offers (lib/policy/authors.ts: no administrator's, no test account); authors
 * already on the story are kept whatever their account has become since.
 */
async function assertAuthorsCanWrite(tx: Tx, userIds: string[], existing: readonly string[]): Promise<void> {
  if (userIds.length === 0) throw new DataError('invalid', 'Bài viết cần ít nhất một tác giả.');
  const found = await tx
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles, isActive: users.isActive })
    .from(users)
    .where(inArray(users.id, userIds));
  const ok = found.filter((u) => u.isActive && u.roles.some((r) => AUTHOR_ROLES.includes(r)));
  if (ok.length !== userIds.length) throw new DataError('invalid', 'Tác giả phải là phóng viên, biên tập viên hoặc lãnh đạo đang hoạt động.');
  for (const u of found) {
    if (existing.includes(u.id)) continue;
    const refusal = authorRefusal(u);
    if (refusal === 'admin') throw new DataError('invalid', `"${u.name}" là tài khoản quản trị, không ghi làm tác giả bài viết được.`);
    if (refusal === 'test_account') throw new DataError('invalid', `"${u.name}" là tài khoản thử nghiệm, không ghi làm tác giả bài viết được.`);
  }
}

/**
 * The placement a save asks for: the current one with the fields the request sent. Checks what can
 * be checked now (section, authors, a free slug, times), so a bad value never reaches a revision.
 */
export async function requestedPlacement(tx: Tx, article: ArticleRow, current: Placement, meta: ParsedMetadata, now = new Date()): Promise<Placement> {
  const next: Placement = { ...current };
  if (meta.sectionId !== undefined) {
    await assertSectionExists(tx, meta.sectionId);
    next.sectionId = meta.sectionId;
  }
  if (meta.tags !== undefined) next.tags = normalizeTags(meta.tags);
  if (meta.authorIds !== undefined) {
    const unique = [...new Set(meta.authorIds)];
    if (unique.join() !== current.authorIds.join()) await assertAuthorsCanWrite(tx, unique, current.authorIds);
    next.authorIds = unique;
  }
  if (meta.kind !== undefined) next.kind = meta.kind;
  if (meta.language !== undefined) next.language = meta.language;
  if (meta.slug !== undefined && meta.slug !== '' && meta.slug !== current.slug) {
    if (article.slugFrozen) throw new DataError('invalid', 'Đường dẫn (slug) không đổi được sau khi bài đã xuất bản.');
    next.slug = await freeSlug(tx, meta.slug, article.id);
  }
  if (meta.embargoUntil !== undefined) {
    const embargo = isoOrNull(meta.embargoUntil);
    // A story readers can see now cannot be hidden by moving its embargo: that is a takedown, which
    // is "Gỡ bài" with a reason, recorded as such.
    const visibleNow = article.liveRevisionId !== null && (!article.embargoUntil || article.embargoUntil.getTime() <= now.getTime());
    if (embargo !== current.embargoUntil && embargo && visibleNow && new Date(embargo).getTime() > now.getTime()) {
      throw new DataError('invalid', 'Bài đang hiển thị với bạn đọc nên không đặt được thời điểm cấm đăng ở tương lai. Muốn tạm ẩn bài, hãy dùng "Gỡ bài" và ghi lý do.');
    }
    next.embargoUntil = embargo;
  }
  if (meta.scheduledUnpublishAt !== undefined) {
    const removal = isoOrNull(meta.scheduledUnpublishAt);
    if (removal !== current.scheduledUnpublishAt && removal && new Date(removal).getTime() <= now.getTime()) {
      throw new DataError('invalid', 'Thời điểm tự động gỡ bài phải ở tương lai.');
    }
    next.scheduledUnpublishAt = removal;
  }
  return next;
}

/**
 * A placement onto the article row and its tag and author tables: at publication (the approved
 * revision's), and on every save while nothing of the story is live. Never for a live story's
 * working copy: readers keep the approved placement until the next sign-off is published.
 * Returns the row's columns for the caller's guarded UPDATE, and the table writes to run after it
 * succeeded (so two racing steps never both rewrite the tables: the loser's UPDATE finds nothing).
 */
export async function placementWrites(tx: Tx, article: ArticleRow, placement: Placement): Promise<{ columns: Partial<typeof articles.$inferInsert>; after: (tx: Tx) => Promise<void> }> {
  let slug = placement.slug;
  if (slug !== article.slug) {
    // The slug may have been taken since the revision was saved; then the row gets a free variant.
    const [taken] = await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), sql`${articles.id} <> ${article.id}`)).limit(1);
    if (taken) slug = await freeSlug(tx, slug, article.id);
  }
  return {
    columns: {
      slug,
      sectionId: placement.sectionId,
      kind: placement.kind,
      language: placement.language,
      embargoUntil: placement.embargoUntil ? new Date(placement.embargoUntil) : null,
      scheduledUnpublishAt: placement.scheduledUnpublishAt ? new Date(placement.scheduledUnpublishAt) : null,
    },
    after: async (t) => {
      if (slug !== article.slug) {
        await t.insert(articleSlugs).values({ slug: article.slug, articleId: article.id }).onConflictDoNothing();
        await t.delete(articleSlugs).where(and(eq(articleSlugs.slug, slug), eq(articleSlugs.articleId, article.id)));
      }
      await setArticleTags(t, article.id, placement.tags);
      // Rewritten only when the byline changed: every write NOTIFYs the collaboration server, which
      // then re-checks everyone editing the story (an autosave every few seconds must not).
      const held = await t.select({ userId: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, article.id)).orderBy(asc(articleAuthors.ordinal));
      if (held.map((a) => a.userId).join() !== placement.authorIds.join()) {
        await t.delete(articleAuthors).where(eq(articleAuthors.articleId, article.id));
        if (placement.authorIds.length > 0) {
          await t.insert(articleAuthors).values(placement.authorIds.map((userId, ordinal) => ({ articleId: article.id, userId, ordinal })));
        }
      }
    },
  };
}

/** Replaces the article's tags, creating tags that do not exist yet. */
async function setArticleTags(tx: Tx, articleId: string, names: string[]): Promise<void> {
  const wanted = new Map(normalizeTags(names).map((name) => [slugify(name), name]));
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (wanted.size === 0) return;
  await tx
    .insert(tags)
    .values([...wanted].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing({ target: tags.slug });
  const rows = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, [...wanted.keys()]));
  await tx.insert(articleTags).values(rows.map((r) => ({ articleId, tagId: r.id })));
}
