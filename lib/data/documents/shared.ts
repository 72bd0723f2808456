import 'server-only';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { articles, auditLog, documents } from '@/db/schema';
import { MAX_NUMBER_SYMBOL_LENGTH, numberKey } from '@/lib/documents/number';
import { MAX_LINKS_PER_DOCUMENT, RELATIONS } from '@/lib/documents/lineage';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { revalidateCachePaths } from '../public/revalidate';
import { cachePaths } from '../public/surfaces';

export type Executor = Pick<typeof db, 'insert' | 'select' | 'update' | 'delete' | 'execute'>;

export function assertDocumentEditor(viewer: Viewer): asserts viewer is Viewer & ({ kind: 'user' } | { kind: 'system' }) {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'document.edit')) throw new DataError('forbidden', 'Chỉ biên tập viên, lãnh đạo và quản trị viên soạn và đăng được văn bản.');
}

export const actorId = (viewer: Viewer): string | null => (viewer.kind === 'user' ? viewer.id : null);

export async function auditDocument(executor: Executor, viewer: Viewer, action: string, documentId: string, data: Record<string, unknown>) {
  await executor.insert(auditLog).values({ actorId: actorId(viewer), action, targetType: 'document', targetId: documentId, data: { via: viewer.kind === 'system' ? viewer.reason : 'newsroom', ...data } });
}

export const dmy = (iso: string) => iso.split('-').reverse().join('/');

const day = (label: string) => z.iso.date(`${label} phải là một ngày có dạng năm-tháng-ngày, ví dụ 2019-01-24.`);
const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(day(label).nullable());

export const documentInputSchema = z
  .strictObject({
    typeId: z.uuid('Hãy chọn loại văn bản.'),
    issuer: z.string().trim().min(1, 'Hãy nhập cơ quan ban hành.').max(300, 'Tên cơ quan ban hành dài quá 300 ký tự.'),
    numberSymbol: z
      .string()
      .trim()
      .min(1, 'Hãy nhập số, ký hiệu văn bản (ví dụ 45-NQ/TW hoặc 42/2022/NĐ-CP).')
      .max(MAX_NUMBER_SYMBOL_LENGTH, `Số, ký hiệu dài quá ${MAX_NUMBER_SYMBOL_LENGTH} ký tự.`)
      .refine((v) => numberKey(v) !== '', 'Số, ký hiệu phải có số văn bản, ví dụ 45-NQ/TW hoặc 42/2022/NĐ-CP.'),
    issuedOn: day('Ngày ban hành'),
    effectiveOn: optionalDay('Ngày có hiệu lực'),
    expiresOn: optionalDay('Ngày hết hiệu lực'),
    signerName: z.string().trim().max(200, 'Tên người ký dài quá 200 ký tự.').default(''),
    signerTitle: z.string().trim().max(300, 'Chức vụ người ký dài quá 300 ký tự.').default(''),
    signerPersonId: z
      .string()
      .trim()
      .transform((v) => v || null)
      .pipe(z.uuid('Người ký trong danh mục nhân vật không hợp lệ: hãy chọn lại.').nullable())
      .default(null),
    summary: z.string().trim().min(1, 'Hãy nhập trích yếu (nội dung tóm tắt) của văn bản.').max(2000, 'Trích yếu dài quá 2.000 ký tự.'),
    field: z.string().trim().max(200, 'Lĩnh vực dài quá 200 ký tự.').default(''),
    links: z
      .array(z.strictObject({ targetId: z.uuid('Văn bản liên quan không hợp lệ: hãy chọn lại.'), relation: z.enum(RELATIONS, 'Quan hệ giữa hai văn bản không hợp lệ.') }))
      .max(MAX_LINKS_PER_DOCUMENT, `Một văn bản liên kết tối đa ${MAX_LINKS_PER_DOCUMENT} văn bản khác.`)
      .default([]),
    articleIds: z.array(z.uuid('Bài viết liên quan không hợp lệ: hãy chọn lại.')).max(20, 'Một văn bản gắn tối đa 20 bài viết liên quan.').default([]),
  })
  .superRefine((d, ctx) => {
    const start = d.effectiveOn ?? d.issuedOn;
    if (d.effectiveOn && d.effectiveOn < d.issuedOn) ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: `Ngày có hiệu lực (${dmy(d.effectiveOn)}) không được trước ngày ban hành (${dmy(d.issuedOn)}).` });
    if (d.expiresOn && d.expiresOn < start) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: `Ngày hết hiệu lực (${dmy(d.expiresOn)}) phải sau ngày có hiệu lực (${dmy(start)}). Hãy sửa một trong hai ngày.` });
    }
  });

export type DocumentInput = z.infer<typeof documentInputSchema>;

export function parseDocumentInput(input: unknown): DocumentInput {
  const parsed = documentInputSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  return parsed.data;
}

/**
 * The public pages a document shows on: the list, its own page, the feed, the sitemap, the pages of
 * the documents it links (their lineage names it) and the stories it is related to, in both languages.
 */
export async function revalidateDocumentSurfaces(documentIds: string[], articleIds: string[] = []): Promise<void> {
  const ids = [...new Set(documentIds)].slice(0, 200);
  const [docRows, articleRows] = await Promise.all([
    ids.length ? db.select({ slug: documents.slug }).from(documents).where(inArray(documents.id, ids)) : Promise.resolve([]),
    articleIds.length ? db.select({ slug: articles.slug }).from(articles).where(inArray(articles.id, articleIds.slice(0, 200))) : Promise.resolve([]),
  ]);
  const paths = ['/van-ban', '/en/van-ban', '/van-ban/rss.xml', '/sitemap.xml'];
  for (const { slug } of docRows) paths.push(`/van-ban/${slug}`, `/en/van-ban/${slug}`);
  for (const { slug } of articleRows) paths.push(`/bai-viet/${slug}`, `/en/bai-viet/${slug}`);
  await revalidateCachePaths(cachePaths(paths), false);
}
