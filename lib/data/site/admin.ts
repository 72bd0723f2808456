import 'server-only';
import { asc, eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, sections, siteSettings, SUGGESTING_ROLES, type SuggestingRole } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import { CHECKLIST_RULES, type ChecklistRule } from '@/lib/workflow/checklist';
import { DataError } from '../errors';
import { revalidateWholeSite } from '../public/revalidate';
import { SETTINGS_ROW_DEFAULTS } from './site';

// Agency settings and sections, for administrators. The agency has been renamed before: every name
// readers see comes from here, so a rename is one save and the whole public site is refreshed.

function assertAdmin(viewer: Viewer): asserts viewer is Viewer & { kind: 'user' } {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (viewer.kind !== 'user' || !can(viewer, 'settings.manage')) throw new DataError('forbidden', 'Chỉ quản trị viên sửa được cấu hình cổng thông tin.');
}

const line = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự.`);
export const settingsSchema = z.object({
  agencyName: line(200).min(1, 'Hãy nhập tên cơ quan.'),
  agencyShortName: line(50),
  parentAgencyName: line(200),
  siteTitle: line(200).min(1, 'Hãy nhập tên cổng thông tin.'),
  tagline: line(300),
  address: line(300),
  phone: line(50),
  fax: line(50),
  email: z.union([z.literal(''), z.email('Email không đúng định dạng.')]),
  responsiblePerson: line(200),
  responsibleTitle: line(200),
  licence: line(300),
  defaultCredit: line(100),
  // The English interface (/en): empty fields show the Vietnamese name there.
  agencyNameEn: line(200).default(''),
  parentAgencyNameEn: line(200).default(''),
  siteTitleEn: line(200).default(''),
  taglineEn: line(300).default(''),
});

export async function settingsForAdmin(viewer: Viewer) {
  assertAdmin(viewer);
  const [settings] = await db.select().from(siteSettings).limit(1);
  const sectionRows = await db.select().from(sections).orderBy(asc(sections.sortOrder), asc(sections.name));
  return { settings: settings ?? null, sections: sectionRows };
}

export async function updateSiteSettings(viewer: Viewer, input: unknown) {
  assertAdmin(viewer);
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join(' '));
  const [before] = await db.select().from(siteSettings).limit(1);
  await db
    .insert(siteSettings)
    .values({ id: 1, ...parsed.data })
    .onConflictDoUpdate({ target: siteSettings.id, set: { ...parsed.data, updatedAt: new Date() } });
  await db.insert(auditLog).values({
    actorId: viewer.id,
    action: 'settings.updated',
    targetType: 'site_settings',
    targetId: '1',
    data: { agencyName: { from: before?.agencyName ?? null, to: parsed.data.agencyName } },
  });
  await revalidateWholeSite();
}

export type { SuggestingRole };

export const suggestingRolesSchema = z
  .array(z.enum(SUGGESTING_ROLES, { error: 'Chỉ chọn được Biên tập viên hoặc Lãnh đạo cho chế độ gợi ý mặc định.' }), { error: 'Hãy gửi danh sách vai trò.' })
  .max(10, 'Chỉ chọn được Biên tập viên hoặc Lãnh đạo cho chế độ gợi ý mặc định.')
  .transform((roles) => SUGGESTING_ROLES.filter((role) => roles.includes(role)));

/** Which roles open the story editor in suggesting mode ("Chế độ gợi ý mặc định cho"), audited. */
export async function updateSuggestingRoles(viewer: Viewer, roles: z.output<typeof suggestingRolesSchema>) {
  assertAdmin(viewer);
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ roles: siteSettings.suggestingRoles }).from(siteSettings).for('update').limit(1);
    await tx
      .insert(siteSettings)
      .values({ id: 1, ...SETTINGS_ROW_DEFAULTS, suggestingRoles: roles })
      .onConflictDoUpdate({ target: siteSettings.id, set: { suggestingRoles: roles, updatedAt: new Date() } });
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: 'settings.suggesting_roles',
      targetType: 'site_settings',
      targetId: '1',
      data: { suggestingRoles: { from: before?.roles ?? ['leader'], to: roles } },
    });
  });
}

/** Live co-editing in the story editor on or off ("Cùng soạn trực tiếp"), audited. */
export async function updateLiveCoediting(viewer: Viewer, input: boolean) {
  assertAdmin(viewer);
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ on: siteSettings.liveCoediting }).from(siteSettings).for('update').limit(1);
    await tx
      .insert(siteSettings)
      .values({ id: 1, ...SETTINGS_ROW_DEFAULTS, liveCoediting: input })
      .onConflictDoUpdate({ target: siteSettings.id, set: { liveCoediting: input, updatedAt: new Date() } });
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: 'settings.live_coediting',
      targetType: 'site_settings',
      targetId: '1',
      data: { liveCoediting: { from: before?.on ?? false, to: input } },
    });
  });
}

const sectionSchema = z.object({
  name: line(120).min(1, 'Hãy nhập tên chuyên mục.'),
  description: line(500),
  nameEn: line(120).default(''),
  descriptionEn: line(500).default(''),
  sortOrder: z.coerce.number().int().min(0).max(1000),
});

export async function createSection(viewer: Viewer, input: unknown) {
  assertAdmin(viewer);
  const parsed = sectionSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  const base = slugify(parsed.data.name) || 'chuyen-muc';
  const taken = await db.select({ slug: sections.slug }).from(sections).where(like(sections.slug, `${base}%`));
  const [row] = await db.insert(sections).values({ ...parsed.data, slug: uniqueSlug(base, new Set(taken.map((t) => t.slug))) }).returning();
  await db.insert(auditLog).values({ actorId: viewer.id, action: 'section.created', targetType: 'section', targetId: row!.id, data: { name: row!.name } });
  await revalidateWholeSite();
  return row!;
}

/** Name, description, order and the pre-submit checklist of a section (rules left out are on). */
export async function updateSection(viewer: Viewer, id: string, input: unknown, checklistOn: ChecklistRule[]) {
  assertAdmin(viewer);
  const parsed = sectionSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  const checklist = Object.fromEntries((Object.keys(CHECKLIST_RULES) as ChecklistRule[]).map((rule) => [rule, checklistOn.includes(rule)]));
  const rows = await db.update(sections).set({ ...parsed.data, checklist }).where(eq(sections.id, id)).returning({ id: sections.id });
  if (rows.length === 0) throw new DataError('not_found', 'Không tìm thấy chuyên mục.');
  await db.insert(auditLog).values({ actorId: viewer.id, action: 'section.updated', targetType: 'section', targetId: id, data: { name: parsed.data.name, checklist } });
  await revalidateWholeSite();
}
