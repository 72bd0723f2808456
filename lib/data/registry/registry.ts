import 'server-only';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, people, positions, units } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import { DataError } from '../errors';
import { revalidateRegistrySurfaces } from '../public/revalidate';

// The people and units registry: admins keep it; meeting reports choose from it, and an old story
// keeps the title its people held on the day because positions are dated.

function assertAdmin(viewer: Viewer): asserts viewer is Viewer & { kind: 'user' } {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'settings.manage') || viewer.kind !== 'user') throw new DataError('forbidden', 'Chỉ quản trị viên sửa được danh mục nhân vật và đơn vị.');
}

const name = z.string().trim().min(1, 'Hãy nhập tên.').max(200, 'Tên dài quá 200 ký tự.');
const day = z.iso.date('Ngày phải có dạng năm-tháng-ngày, ví dụ 2019-12-23.');
const positionSchema = z
  .object({ title: z.string().trim().min(1, 'Hãy nhập chức vụ.').max(300, 'Chức vụ dài quá 300 ký tự.'), unitId: z.uuid().nullable().optional(), from: day, to: day.nullable().optional() })
  .refine((p) => !p.to || p.to >= p.from, { message: 'Ngày kết thúc phải sau ngày bắt đầu.' });

const parse = <T>(schema: z.ZodType<T>, input: unknown): T => {
  const r = schema.safeParse(input);
  if (!r.success) throw new DataError('invalid', r.error.issues.map((i) => i.message).join(' '));
  return r.data;
};

async function freeSlug(table: typeof people | typeof units, wanted: string): Promise<string> {
  const base = slugify(wanted) || 'muc';
  const rows = await db.select({ slug: table.slug }).from(table).where(like(table.slug, `${base}%`));
  return uniqueSlug(base, new Set(rows.map((r) => r.slug)));
}

async function audit(viewer: Viewer & { kind: 'user' }, action: string, targetId: string, data: Record<string, unknown>) {
  await db.insert(auditLog).values({ actorId: viewer.id, action, targetType: 'registry', targetId, data });
}

async function unitSlugsOf(ids: Array<string | null>): Promise<string[]> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return [];
  const rows = await db.select({ slug: units.slug }).from(units).where(inArray(units.id, wanted));
  return rows.map((r) => r.slug);
}

export async function registryForAdmin(viewer: Viewer) {
  assertAdmin(viewer);
  const [personRows, positionRows, unitRows] = await Promise.all([
    db.select().from(people).orderBy(asc(people.fullName)),
    db.select({ position: positions, unitName: units.name }).from(positions).leftJoin(units, eq(units.id, positions.unitId)).orderBy(asc(positions.startsOn)),
    db.select().from(units).orderBy(asc(units.name)),
  ]);
  return {
    people: personRows.map((p) => ({ ...p, positions: positionRows.filter((r) => r.position.personId === p.id).map((r) => ({ ...r.position, unitName: r.unitName })) })),
    units: unitRows,
  };
}

export async function createPerson(viewer: Viewer, input: { fullName: unknown; bio?: unknown }) {
  assertAdmin(viewer);
  const fullName = parse(name, input.fullName);
  const [row] = await db.insert(people).values({ fullName, slug: await freeSlug(people, fullName), bio: typeof input.bio === 'string' ? input.bio.slice(0, 5000) : '' }).returning();
  await audit(viewer, 'registry.person_created', row!.id, { fullName });
  await revalidateRegistrySurfaces({ personSlugs: [row!.slug] });
  return row!;
}

export async function addPosition(viewer: Viewer, personId: string, input: unknown) {
  assertAdmin(viewer);
  const p = parse(positionSchema, input);
  const [person] = await db.select({ id: people.id, slug: people.slug }).from(people).where(eq(people.id, personId));
  if (!person) throw new DataError('not_found', 'Không tìm thấy nhân vật.');
  const [row] = await db.insert(positions).values({ personId, title: p.title, unitId: p.unitId ?? null, startsOn: p.from, endsOn: p.to ?? null }).returning();
  await audit(viewer, 'registry.position_added', personId, { title: p.title, from: p.from, to: p.to ?? null });
  await revalidateRegistrySurfaces({ personSlugs: [person.slug], unitSlugs: await unitSlugsOf([row!.unitId]) });
  return row!;
}

/** Ends a position (e.g. on a new appointment); the old title stays for stories of its time. */
export async function endPosition(viewer: Viewer, positionId: string, to: unknown) {
  assertAdmin(viewer);
  const end = parse(day, to);
  const [current] = await db.select().from(positions).where(eq(positions.id, positionId));
  if (!current) throw new DataError('not_found', 'Không tìm thấy chức vụ.');
  if (end < current.startsOn) throw new DataError('invalid', 'Ngày kết thúc phải sau ngày bắt đầu.');
  await db.update(positions).set({ endsOn: end }).where(and(eq(positions.id, positionId)));
  await audit(viewer, 'registry.position_ended', current.personId, { positionId, to: end });
  const [person] = await db.select({ slug: people.slug }).from(people).where(eq(people.id, current.personId));
  await revalidateRegistrySurfaces({ personSlugs: person ? [person.slug] : [], unitSlugs: await unitSlugsOf([current.unitId]) });
}

export async function createUnit(viewer: Viewer, input: { name: unknown; shortName?: unknown; parentId?: unknown }) {
  assertAdmin(viewer);
  const unitName = parse(name, input.name);
  const shortName = typeof input.shortName === 'string' ? input.shortName.trim().slice(0, 50) : '';
  const parentId = typeof input.parentId === 'string' && input.parentId ? parse(z.uuid(), input.parentId) : null;
  const [row] = await db.insert(units).values({ name: unitName, shortName, parentId, slug: await freeSlug(units, unitName) }).returning();
  await audit(viewer, 'registry.unit_created', row!.id, { name: unitName });
  // The parent's page lists its sub-units.
  await revalidateRegistrySurfaces({ unitSlugs: [row!.slug, ...(await unitSlugsOf([parentId]))] });
  return row!;
}
