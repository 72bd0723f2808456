import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { z } from 'zod';
import { db, readerDb } from '@/db/client';
import { auditLog, searchAbbreviations } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { foldVietnamese } from '@/lib/search/fold';
import type { Abbreviation } from '@/lib/search/rank-plan';
import { DataError } from '../errors';

// The abbreviations search expands both ways ("TP.HCM" <-> "Thành phố Hồ Chí Minh"), edited by
// administrators at /toa-soan/cai-dat/viet-tat. Every search reads the whole list, so it is bounded.

/** At most this many entries: each search reads them all and tries each against the query. */
export const MAX_ABBREVIATIONS = 200;

function assertAdmin(viewer: Viewer): asserts viewer is Viewer & { kind: 'user' } {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (viewer.kind !== 'user' || !can(viewer, 'settings.manage')) throw new DataError('forbidden', 'Chỉ quản trị viên sửa được danh sách viết tắt.');
}

const hasLetter = (s: string) => /[\p{L}\p{N}]/u.test(s);

export const abbreviationSchema = z
  .object({
    short: z
      .string()
      .trim()
      .min(1, 'Hãy nhập dạng viết tắt, ví dụ “TP.HCM”.')
      .max(30, 'Dạng viết tắt tối đa 30 ký tự.')
      .refine(hasLetter, 'Dạng viết tắt phải có chữ cái hoặc chữ số.'),
    long: z
      .string()
      .trim()
      .min(2, 'Hãy nhập dạng đầy đủ, ví dụ “Thành phố Hồ Chí Minh”.')
      .max(200, 'Dạng đầy đủ tối đa 200 ký tự.')
      .refine(hasLetter, 'Dạng đầy đủ phải có chữ cái.'),
  })
  .strict()
  .refine((v) => foldVietnamese(v.short).replace(/\s+/g, ' ') !== foldVietnamese(v.long).replace(/\s+/g, ' '), {
    message: 'Dạng viết tắt và dạng đầy đủ phải khác nhau.',
    path: ['long'],
  });

const idSchema = z.uuid('Mục viết tắt không hợp lệ.');

function parse(input: unknown) {
  const parsed = abbreviationSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  return parsed.data;
}

/**
 * The whole list for search (readers' queries); at most MAX_ABBREVIATIONS rows. Read once per
 * request: a search that finds nothing searches again (Telex/VNI conversion, corrected words).
 */
export const searchAbbreviationList = cache(async (): Promise<Abbreviation[]> => {
  return readerDb.select({ short: searchAbbreviations.short, long: searchAbbreviations.long }).from(searchAbbreviations).limit(MAX_ABBREVIATIONS);
});

export async function abbreviationsForAdmin(viewer: Viewer) {
  assertAdmin(viewer);
  return db.select().from(searchAbbreviations).orderBy(asc(searchAbbreviations.short)).limit(MAX_ABBREVIATIONS);
}

/** The short form is unique without diacritics ("HĐND" and "HDND" are one entry). */
async function assertShortFree(q: Pick<typeof db, 'select'>, short: string, exceptId?: string) {
  const [taken] = await q
    .select({ id: searchAbbreviations.id })
    .from(searchAbbreviations)
    .where(sql`vn_unaccent(${searchAbbreviations.short}) = vn_unaccent(${short})`)
    .limit(1);
  if (taken && taken.id !== exceptId) throw new DataError('conflict', `Viết tắt “${short}” đã có trong danh sách; hãy sửa mục đó.`);
}

export async function createAbbreviation(viewer: Viewer, input: unknown) {
  assertAdmin(viewer);
  const data = parse(input);
  return db.transaction(async (tx) => {
    // One at a time, so two admins adding at once cannot pass the count together.
    await tx.execute(sql`lock table ${searchAbbreviations} in share row exclusive mode`);
    const [n] = await tx.select({ n: count() }).from(searchAbbreviations);
    if ((n?.n ?? 0) >= MAX_ABBREVIATIONS) throw new DataError('invalid', `Danh sách có tối đa ${MAX_ABBREVIATIONS} mục; hãy xóa bớt mục không dùng.`);
    await assertShortFree(tx, data.short);
    const [row] = await tx.insert(searchAbbreviations).values(data).returning();
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'abbreviation.created', targetType: 'search_abbreviation', targetId: row!.id, data });
    return row!;
  });
}

export async function updateAbbreviation(viewer: Viewer, id: unknown, input: unknown) {
  assertAdmin(viewer);
  const key = idSchema.safeParse(id);
  if (!key.success) throw new DataError('invalid', 'Mục viết tắt không hợp lệ.');
  const data = parse(input);
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${searchAbbreviations} in share row exclusive mode`);
    await assertShortFree(tx, data.short, key.data);
    const [before] = await tx.select().from(searchAbbreviations).where(eq(searchAbbreviations.id, key.data)).for('update');
    if (!before) throw new DataError('not_found', 'Không tìm thấy mục viết tắt (có thể đã bị xóa).');
    await tx.update(searchAbbreviations).set({ ...data, updatedAt: new Date() }).where(eq(searchAbbreviations.id, key.data));
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: 'abbreviation.updated',
      targetType: 'search_abbreviation',
      targetId: key.data,
      data: { from: { short: before.short, long: before.long }, to: data },
    });
  });
}

export async function deleteAbbreviation(viewer: Viewer, id: unknown) {
  assertAdmin(viewer);
  const key = idSchema.safeParse(id);
  if (!key.success) throw new DataError('invalid', 'Mục viết tắt không hợp lệ.');
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(searchAbbreviations).where(eq(searchAbbreviations.id, key.data)).returning();
    if (!row) throw new DataError('not_found', 'Không tìm thấy mục viết tắt (có thể đã bị xóa).');
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: 'abbreviation.deleted',
      targetType: 'search_abbreviation',
      targetId: key.data,
      data: { short: row.short, long: row.long },
    });
  });
}
