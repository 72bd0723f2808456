import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, type LiaisonContact, people, siteSettings, units } from '@/db/schema';
import { docToPageText, MAX_PAGE_TEXT, pageTextToDoc, pageTextTooLong } from '@/lib/content/page-text';
import { validateBody } from '@/lib/content/validate';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { organisationChart } from '../public/agency';
import { revalidateAgencyPages } from '../public/revalidate';

// The agency pages readers are owed by Decree 42/2022/NĐ-CP (about, functions and tasks, the
// organisation and the liaison contacts, in Vietnamese and English), kept by administrators.

export function assertAgencyEditor(viewer: Viewer): asserts viewer is Viewer & { kind: 'user' } {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (viewer.kind !== 'user' || !can(viewer, 'settings.manage')) throw new DataError('forbidden', 'Chỉ quản trị viên sửa được các trang giới thiệu cơ quan.');
}

/** Bounds: the contacts page lists a handful of officers; the form's people list is for choosing a head. */
export const MAX_CONTACTS = 20;
const MAX_PEOPLE_IN_FORM = 2000;

const pageText = (label: string) => z.string().max(MAX_PAGE_TEXT, { error: (issue) => pageTextTooLong(label, typeof issue.input === 'string' ? issue.input.length : MAX_PAGE_TEXT + 1) }).default('');
export const agencyTextsSchema = z.strictObject({
  about: pageText('Giới thiệu'),
  aboutEn: pageText('Giới thiệu (tiếng Anh)'),
  functions: pageText('Chức năng, nhiệm vụ'),
  functionsEn: pageText('Chức năng, nhiệm vụ (tiếng Anh)'),
  /** updatedAt of the settings the form was filled from: a save made since is not overwritten. */
  seen: z.string().max(40).default(''),
});

const PHONE = /^\+?[0-9][0-9 .()-]*[0-9]$/;
const contactSchema = z.strictObject({
  name: z.string().trim().min(1, 'hãy nhập họ tên').max(200, 'họ tên tối đa 200 ký tự'),
  title: z.string().trim().min(1, 'hãy nhập chức danh').max(200, 'chức danh tối đa 200 ký tự'),
  titleEn: z.string().trim().max(200, 'chức danh tiếng Anh tối đa 200 ký tự').default(''),
  phone: z
    .string()
    .trim()
    .max(30, 'số điện thoại tối đa 30 ký tự')
    .refine((p) => p === '' || (PHONE.test(p) && /^\d{9,13}$/.test(p.replace(/\D/g, ''))), 'số điện thoại không hợp lệ: chỉ gồm 9–13 chữ số, dấu cách, dấu chấm hoặc gạch nối, ví dụ 024 3823 1234')
    .default(''),
  email: z.union([z.literal(''), z.email('email không đúng định dạng, ví dụ ten@coquan.gov.vn').max(200, 'email tối đa 200 ký tự')]).default(''),
  unitId: z.union([z.literal(''), z.uuid('đơn vị không hợp lệ')]).default(''),
});
/** The whole list in order; each contact's problems are named with its place in the list ("Cán bộ đầu mối 2: …"). */
export const contactsSchema = z
  .strictObject({
    contacts: z.array(z.unknown()).max(MAX_CONTACTS, `Tối đa ${MAX_CONTACTS} cán bộ đầu mối.`),
    seen: z.string().max(40).default(''),
  })
  .transform((input, ctx) => {
    const problems: string[] = [];
    const contacts: LiaisonContact[] = [];
    input.contacts.forEach((raw, i) => {
      const one = contactSchema.safeParse(raw);
      if (!one.success) problems.push(`Cán bộ đầu mối ${i + 1}: ${[...new Set(one.error.issues.map((issue) => issue.message))].join('; ')}.`);
      else contacts.push({ ...one.data, unitId: one.data.unitId || null });
    });
    if (problems.length) {
      ctx.issues.push({ code: 'custom', message: problems.join(' '), input });
      return z.NEVER;
    }
    return { contacts, seen: input.seen };
  });
export type AgencyTextsInput = z.output<typeof agencyTextsSchema>;
export type LiaisonContactsInput = z.output<typeof contactsSchema>;

function invalid(message: string): never {
  throw new DataError('invalid', message);
}

export async function agencyPagesForAdmin(viewer: Viewer) {
  assertAgencyEditor(viewer);
  const [[settings], chart, unitRows, personRows] = await Promise.all([
    db.select().from(siteSettings).limit(1),
    organisationChart(),
    db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).orderBy(asc(units.name)).limit(500),
    db.select({ id: people.id, fullName: people.fullName }).from(people).orderBy(asc(people.fullName)).limit(MAX_PEOPLE_IN_FORM),
  ]);
  return {
    agencyName: settings?.agencyName ?? '',
    agencyNameEn: settings?.agencyNameEn ?? '',
    seen: settings?.updatedAt.toISOString() ?? '',
    texts: {
      about: docToPageText(settings?.aboutPage),
      aboutEn: docToPageText(settings?.aboutPageEn),
      functions: docToPageText(settings?.organisationPage),
      functionsEn: docToPageText(settings?.organisationPageEn),
    },
    contacts: (settings?.contacts ?? []).map((c) => ({ name: c.name, title: c.title, titleEn: c.titleEn ?? '', phone: c.phone ?? '', email: c.email ?? '', unitId: c.unitId ?? '' })),
    chart,
    units: unitRows,
    people: personRows,
  };
}

function pageDoc(text: string, label: string) {
  const parsed = pageTextToDoc(text, label);
  if (!parsed.ok) invalid(parsed.message);
  if (!parsed.doc) return null;
  const checked = validateBody(parsed.doc);
  if (!checked.ok) invalid(`${label}: ${checked.problems.map((p) => p.message).join(' ')}`);
  return checked.json;
}

/**
 * Saves the settings row only if nobody saved it since the form was filled (`seen`), so two
 * administrators do not silently overwrite each other.
 */
async function guardedUpdate(viewer: Viewer & { kind: 'user' }, seen: string, set: Partial<typeof siteSettings.$inferInsert>, audit: { action: string; data: Record<string, unknown> }) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ updatedAt: siteSettings.updatedAt }).from(siteSettings).where(eq(siteSettings.id, 1)).for('update');
    if (!row) throw new DataError('not_found', 'Chưa có cấu hình cổng thông tin; hãy lưu trang Cấu hình trước.');
    if (seen && row.updatedAt.toISOString() !== seen) {
      throw new DataError('conflict', 'Cấu hình vừa được người khác lưu. Nội dung bạn nhập vẫn còn trên trang: hãy sao lại, tải lại trang rồi lưu lại.');
    }
    await tx.update(siteSettings).set({ ...set, updatedAt: sql`now()` }).where(and(eq(siteSettings.id, 1)));
    await tx.insert(auditLog).values({ actorId: viewer.id, action: audit.action, targetType: 'site_settings', targetId: '1', data: audit.data });
  });
}

/** About and functions-and-tasks texts, in Vietnamese and English. */
export async function updateAgencyTexts(viewer: Viewer, t: AgencyTextsInput) {
  assertAgencyEditor(viewer);
  const set = {
    aboutPage: pageDoc(t.about, 'Giới thiệu'),
    aboutPageEn: pageDoc(t.aboutEn, 'Giới thiệu (tiếng Anh)'),
    organisationPage: pageDoc(t.functions, 'Chức năng, nhiệm vụ'),
    organisationPageEn: pageDoc(t.functionsEn, 'Chức năng, nhiệm vụ (tiếng Anh)'),
  };
  await guardedUpdate(viewer, t.seen, set, {
    action: 'agency.texts_updated',
    data: { characters: { about: t.about.length, aboutEn: t.aboutEn.length, functions: t.functions.length, functionsEn: t.functionsEn.length } },
  });
  await revalidateAgencyPages(['/gioi-thieu', '/co-cau-to-chuc']);
}

/** The liaison contacts list; `contacts` is the whole list in order (what the form shows). */
export async function updateLiaisonContacts(viewer: Viewer, { contacts, seen }: LiaisonContactsInput) {
  assertAgencyEditor(viewer);
  const unitIds = [...new Set(contacts.flatMap((c) => (c.unitId ? [c.unitId] : [])))];
  if (unitIds.length) {
    const found = await db.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
    if (found.length !== unitIds.length) invalid('Đơn vị của một cán bộ đầu mối không còn trong danh mục; hãy chọn lại.');
  }
  await guardedUpdate(viewer, seen, { contacts }, { action: 'agency.contacts_updated', data: { count: contacts.length, names: contacts.map((c) => c.name) } });
  await revalidateAgencyPages(['/lien-he']);
}
