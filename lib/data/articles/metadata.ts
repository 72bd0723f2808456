import 'server-only';
import { eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { articleSlugs, articles, sections } from '@/db/schema';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import { DataError } from '../errors';
import type { Tx } from './tx';

export const articleMetadataSchema = z.object({
  kind: z.enum(['news', 'meeting_report']).optional(),
  sectionId: z.uuid('Chuyên mục không hợp lệ.').nullable().optional(),
  /** The language the story is written in; readers see it in this language in either interface. */
  language: z.enum(['vi', 'en'], { message: 'Ngôn ngữ bài viết phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh).' }).optional(),
  tags: z.array(z.string().trim().min(1).max(80, 'Từ khóa dài quá 80 ký tự.')).max(30, 'Tối đa 30 từ khóa.').optional(),
  slug: z.string().trim().max(200).optional(),
  embargoUntil: z.iso.datetime({ offset: true, message: 'Thời điểm cấm đăng không hợp lệ.' }).nullable().optional(),
  /** Writers credited with the story (staff users); at least one. */
  authorIds: z.array(z.uuid('Tác giả không hợp lệ.')).min(1, 'Bài viết cần ít nhất một tác giả.').max(10, 'Tối đa 10 tác giả.').optional(),
  /** The story comes off the site by itself at this time (the scheduler unpublishes it). */
  scheduledUnpublishAt: z.iso.datetime({ offset: true, message: 'Thời điểm tự gỡ bài không hợp lệ.' }).nullable().optional(),
});

export type ArticleMetadata = z.input<typeof articleMetadataSchema>;
export type ParsedMetadata = z.output<typeof articleMetadataSchema>;

export function parseMetadata(input: unknown): ParsedMetadata {
  const parsed = articleMetadataSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  return parsed.data;
}

export async function assertSectionExists(tx: Tx, sectionId: string | null | undefined): Promise<void> {
  if (!sectionId) return;
  const [row] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId)).limit(1);
  if (!row) throw new DataError('invalid', 'Chuyên mục không tồn tại.');
}

/** A free slug for the title (or the requested slug), avoiding current and old slugs of other articles. */
export async function freeSlug(tx: Tx, wanted: string, exceptArticleId?: string): Promise<string> {
  const base = slugify(wanted) || 'bai-viet';
  const pattern = `${base}%`;
  // One statement: a transaction's connection runs one query at a time.
  const rows = await tx
    .select({ slug: articles.slug, id: articles.id })
    .from(articles)
    .where(like(articles.slug, pattern))
    .unionAll(tx.select({ slug: articleSlugs.slug, id: articleSlugs.articleId }).from(articleSlugs).where(like(articleSlugs.slug, pattern)));
  const taken = new Set(rows.filter((r) => r.id !== exceptArticleId).map((r) => r.slug));
  return uniqueSlug(base, taken);
}
