import 'server-only';
import { and, eq, gte, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, people, positions, units } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { addDays } from '@/lib/time/local-input';
import { DataError } from '../errors';
import { revalidateAgencyPages, revalidateRegistrySurfaces } from '../public/revalidate';
import { assertAgencyEditor } from './agency-pages';

// One unit of the organisation chart: its English name, and its head. A new head is a new dated
// position in the people registry (the previous head's post ends the day before), so stories and the
// person's page keep who led the unit when.

const day = z.iso.date('Ngày nhận chức phải có dạng năm-tháng-ngày, ví dụ 2024-01-15.');
export const chartUnitSchema = z.strictObject({
  unitId: z.uuid('Đơn vị không hợp lệ.'),
  nameEn: z.string().trim().max(200, 'Tên tiếng Anh của đơn vị: tối đa 200 ký tự.').default(''),
  /** Empty: the head is not changed. */
  personId: z.union([z.literal(''), z.uuid('Người đứng đầu không hợp lệ.')]).default(''),
  title: z.string().trim().max(300, 'Chức vụ: tối đa 300 ký tự.').default(''),
  titleEn: z.string().trim().max(300, 'Chức vụ tiếng Anh: tối đa 300 ký tự.').default(''),
  from: z.union([z.literal(''), day]).default(''),
});

export type ChartUnitInput = z.output<typeof chartUnitSchema>;

/** `u` is parsed at the door with chartUnitSchema. */
export async function updateChartUnit(viewer: Viewer, u: ChartUnitInput) {
  assertAgencyEditor(viewer);
  if (u.personId && !u.title) throw new DataError('invalid', 'Hãy nhập chức vụ của người đứng đầu, ví dụ “Vụ trưởng”.');
  if (u.personId && !u.from) throw new DataError('invalid', 'Hãy nhập ngày nhận chức của người đứng đầu.');
  const personSlugs: string[] = [];
  const unitSlug = await db.transaction(async (tx) => {
    const [unit] = await tx.select({ id: units.id, slug: units.slug, nameEn: units.nameEn }).from(units).where(eq(units.id, u.unitId)).for('update');
    if (!unit) throw new DataError('not_found', 'Không tìm thấy đơn vị; có thể nó vừa bị xóa khỏi danh mục.');
    await tx.update(units).set({ nameEn: u.nameEn }).where(eq(units.id, unit.id));
    let head: Record<string, unknown> | null = null;
    if (u.personId) {
      const [person] = await tx.select({ id: people.id, slug: people.slug, fullName: people.fullName }).from(people).where(eq(people.id, u.personId));
      if (!person) throw new DataError('not_found', 'Không tìm thấy người này trong danh mục nhân vật.');
      personSlugs.push(person.slug);
      // Heads whose post is still running on the new head's first day.
      const running = await tx
        .select({ id: positions.id, personId: positions.personId, startsOn: positions.startsOn, slug: people.slug })
        .from(positions)
        .innerJoin(people, eq(people.id, positions.personId))
        .where(and(eq(positions.unitId, unit.id), eq(positions.isHead, true), or(isNull(positions.endsOn), gte(positions.endsOn, u.from))));
      const same = running.find((r) => r.personId === person.id);
      if (same && running.length === 1) {
        // Correcting the current head's title or date, not a new appointment.
        await tx.update(positions).set({ title: u.title, titleEn: u.titleEn, startsOn: u.from }).where(eq(positions.id, same.id));
      } else {
        for (const r of running) {
          if (r.startsOn >= u.from) {
            throw new DataError('invalid', `Ngày nhận chức phải sau ngày ${r.startsOn.split('-').reverse().join('/')}, khi người đứng đầu hiện tại nhận chức.`);
          }
          await tx.update(positions).set({ endsOn: addDays(u.from, -1) }).where(eq(positions.id, r.id));
          personSlugs.push(r.slug);
        }
        await tx.insert(positions).values({ personId: person.id, unitId: unit.id, title: u.title, titleEn: u.titleEn, isHead: true, startsOn: u.from });
      }
      head = { personId: person.id, fullName: person.fullName, title: u.title, titleEn: u.titleEn, from: u.from, ended: running.filter((r) => r.personId !== person.id).map((r) => r.id) };
    }
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: 'agency.chart_unit_updated',
      targetType: 'unit',
      targetId: unit.id,
      data: { nameEn: { from: unit.nameEn, to: u.nameEn }, head },
    });
    return unit.slug;
  });
  await revalidateAgencyPages(['/co-cau-to-chuc', '/lien-he'], [unitSlug]);
  if (personSlugs.length) await revalidateRegistrySurfaces({ personSlugs, unitSlugs: [unitSlug] });
}
