// The agency pages (issue 21) against a real PostgreSQL: texts in both languages, liaison contacts
// and their refusals, the chart's units and heads, the audit rows and who may edit.
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { vietnamDay } from '@/lib/time/format';
import { DataError } from '../errors';
import { organisationChart, publicAgencyPage } from '../public/agency';
import { parseAtDoor } from '@/lib/api/schemas';
import { formMessage } from '@/lib/auth/form-message';
import { chartUnitSchema, updateChartUnit as updateChartUnitParsed } from '../site/agency-chart';
import { agencyPagesForAdmin, agencyTextsSchema, contactsSchema, MAX_CONTACTS, updateAgencyTexts as updateAgencyTextsParsed, updateLiaisonContacts as updateLiaisonContactsParsed } from '../site/agency-pages';

// As the forms' server actions call them: parsed at the door with the data layer's schemas first.
const updateAgencyTexts = async (viewer: Viewer, input: unknown) => updateAgencyTextsParsed(viewer, parseAtDoor(agencyTextsSchema, input));
const updateLiaisonContacts = async (viewer: Viewer, input: unknown) => updateLiaisonContactsParsed(viewer, parseAtDoor(contactsSchema, input));
const updateChartUnit = async (viewer: Viewer, input: unknown) => updateChartUnitParsed(viewer, parseAtDoor(chartUnitSchema, input));

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
const run = crypto.randomUUID().slice(0, 8);
const viewers = {} as Record<'reporter' | 'admin', Viewer & { kind: 'user' }>;
let before: typeof s.siteSettings.$inferSelect | undefined;
let agencyUnit = '';
let department = '';
let oldHead = '';
let newHead = '';

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
};
const settingsRow = async () => (await db.select().from(s.siteSettings).where(eq(s.siteSettings.id, 1)))[0]!;
const seen = async () => (await settingsRow()).updatedAt.toISOString();
const auditOf = async (action: string, actorId: string) =>
  db.select().from(s.auditLog).where(eq(s.auditLog.actorId, actorId)).then((rows) => rows.filter((r) => r.action === action));

beforeAll(async () => {
  for (const [key, roles] of Object.entries({ reporter: ['reporter'], admin: ['admin'] }) as Array<[keyof typeof viewers, Role[]]>) {
    const [user] = await db.insert(s.users).values({ email: `cq-${key}-${run}@test.vn`, name: `Người ${key} ${run}`, roles }).returning();
    viewers[key] = { kind: 'user', id: user!.id, roles };
  }
  [before] = await db.select().from(s.siteSettings).limit(1);
  const [agency] = await db.insert(s.units).values({ slug: `co-quan-${run}`, name: `Cơ quan thử ${run}` }).returning();
  const [dept] = await db.insert(s.units).values({ slug: `vu-thu-${run}`, name: `Vụ Thử nghiệm ${run}`, parentId: agency!.id }).returning();
  agencyUnit = agency!.id;
  department = dept!.id;
  const [a] = await db.insert(s.people).values({ slug: `truong-cu-${run}`, fullName: `Trưởng Cũ ${run}` }).returning();
  const [b] = await db.insert(s.people).values({ slug: `truong-moi-${run}`, fullName: `Trưởng Mới ${run}` }).returning();
  oldHead = a!.id;
  newHead = b!.id;
  await db.insert(s.positions).values({ personId: oldHead, unitId: department, title: 'Vụ trưởng', isHead: true, startsOn: '2019-03-01' });
  await db
    .insert(s.siteSettings)
    .values({ id: 1, agencyName: 'Ban Chính sách, chiến lược Trung ương', siteTitle: 'Cổng thông tin', agencyUnitId: agencyUnit })
    .onConflictDoUpdate({ target: s.siteSettings.id, set: { agencyUnitId: agencyUnit } });
});

afterAll(async () => {
  if (before) await db.update(s.siteSettings).set(before).where(eq(s.siteSettings.id, 1));
  else await db.delete(s.siteSettings).where(eq(s.siteSettings.id, 1));
  await pool.end();
});

describe('agency texts', () => {
  it('saves about and functions in both languages as page bodies, with an audit row', async () => {
    await updateAgencyTexts(viewers.admin, {
      about: 'Ban là cơ quan tham mưu.\n\n- Nghiên cứu\n- Thẩm định',
      aboutEn: 'The Commission advises the Party.',
      functions: 'Chức năng: tham mưu chiến lược.',
      functionsEn: 'Functions: strategic advice.',
      seen: await seen(),
    });
    const about = await publicAgencyPage('about');
    expect(about.body?.content?.map((b) => b.type)).toEqual(['paragraph', 'bulletList']);
    expect(about.bodyEn?.content?.[0]?.content?.[0]?.text).toBe('The Commission advises the Party.');
    const admin = await agencyPagesForAdmin(viewers.admin);
    expect(admin.texts.functionsEn).toBe('Functions: strategic advice.');
    expect(await auditOf('agency.texts_updated', viewers.admin.id)).toHaveLength(1);
  });

  it('refuses a save over one made since the form was filled, and text over the bound', async () => {
    const stale = new Date(0).toISOString();
    const conflict = await refusal(updateAgencyTexts(viewers.admin, { about: 'Ghi đè', aboutEn: '', functions: '', functionsEn: '', seen: stale }));
    expect(conflict.code).toBe('conflict');
    const tooLong = await refusal(updateAgencyTexts(viewers.admin, { about: 'x'.repeat(20_001), seen: await seen() }));
    expect(formMessage(tooLong)).toBe('Giới thiệu dài 20.001 ký tự, vượt giới hạn 20.000 ký tự: hãy rút gọn rồi lưu lại.');
    expect((await agencyPagesForAdmin(viewers.admin)).texts.about).toContain('Ban là cơ quan tham mưu.');
  });
});

describe('liaison contacts', () => {
  const good = () => ({ name: 'Nguyễn Thị Mai', title: 'Cán bộ đầu mối', titleEn: 'Liaison officer', phone: '024 3823 1234', email: 'mai@coquan.gov.vn', unitId: department });

  it('saves the list with units and an audit row', async () => {
    await updateLiaisonContacts(viewers.admin, { contacts: [good()], seen: await seen() });
    const row = await settingsRow();
    expect(row.contacts).toEqual([{ ...good() }]);
    const audit = await auditOf('agency.contacts_updated', viewers.admin.id);
    expect(audit.at(-1)?.data).toMatchObject({ count: 1, names: ['Nguyễn Thị Mai'] });
  });

  it('refuses bad phones, emails, missing names and too many rows, in Vietnamese, keeping the saved list', async () => {
    const bad = await refusal(
      updateLiaisonContacts(viewers.admin, {
        contacts: [good(), { ...good(), phone: 'gọi tôi' }, { ...good(), email: 'khong-phai-email', name: '' }],
        seen: await seen(),
      }),
    );
    expect(bad.code).toBe('invalid');
    expect(bad.userMessage).toContain('Cán bộ đầu mối 2: số điện thoại không hợp lệ');
    expect(bad.userMessage).toContain('Cán bộ đầu mối 3: hãy nhập họ tên; email không đúng định dạng');
    expect(bad.userMessage).not.toContain('Cán bộ đầu mối 1');
    const many = await refusal(updateLiaisonContacts(viewers.admin, { contacts: Array.from({ length: MAX_CONTACTS + 1 }, good), seen: await seen() }));
    expect(formMessage(many)).toBe(`Tối đa ${MAX_CONTACTS} cán bộ đầu mối.`);
    const unknownUnit = await refusal(updateLiaisonContacts(viewers.admin, { contacts: [{ ...good(), unitId: crypto.randomUUID() }], seen: await seen() }));
    expect(unknownUnit.userMessage).toContain('không còn trong danh mục');
    const extra = await refusal(updateLiaisonContacts(viewers.admin, { contacts: [{ ...good(), role: 'admin' }], seen: await seen() }));
    expect(extra.code).toBe('invalid');
    expect((await settingsRow()).contacts).toHaveLength(1);
  });
});

describe('organisation chart', () => {
  it('hangs units under the agency unit with their current head', async () => {
    const chart = await organisationChart('2026-12-06');
    expect(chart.root?.id).toBe(agencyUnit);
    const dept = chart.units.find((u) => u.id === department)!;
    expect(dept.head).toMatchObject({ fullName: `Trưởng Cũ ${run}`, title: 'Vụ trưởng', since: '2019-03-01' });
  });

  it('appoints a new head as a dated position, ending the previous one the day before', async () => {
    await updateChartUnit(viewers.admin, { unitId: department, nameEn: 'Department of Testing', personId: newHead, title: 'Vụ trưởng', titleEn: 'Director', from: '2024-01-15' });
    const chart = await organisationChart('2026-12-06');
    const dept = chart.units.find((u) => u.id === department)!;
    expect(dept.nameEn).toBe('Department of Testing');
    expect(dept.head).toMatchObject({ fullName: `Trưởng Mới ${run}`, titleEn: 'Director', since: '2024-01-15' });
    const [old] = await db.select().from(s.positions).where(eq(s.positions.personId, oldHead));
    expect(old!.endsOn).toBe('2024-01-14');
    // On a day before the appointment the chart still shows the old head.
    expect((await organisationChart('2023-06-01')).units.find((u) => u.id === department)!.head?.fullName).toBe(`Trưởng Cũ ${run}`);
    const [audit] = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, department));
    expect(audit).toMatchObject({ action: 'agency.chart_unit_updated', actorId: viewers.admin.id });
  });

  it('refuses a head without a title, a date before the current head took the post, and an unknown unit', async () => {
    expect((await refusal(updateChartUnit(viewers.admin, { unitId: department, personId: oldHead, title: '', from: '2025-01-01' }))).userMessage).toContain('Hãy nhập chức vụ');
    expect((await refusal(updateChartUnit(viewers.admin, { unitId: department, personId: oldHead, title: 'Vụ trưởng', from: '2023-01-01' }))).userMessage).toContain('15/01/2024');
    expect((await refusal(updateChartUnit(viewers.admin, { unitId: department, personId: oldHead, title: 'Vụ trưởng', from: '15/01/2025' }))).userMessage).toContain('năm-tháng-ngày');
    expect((await refusal(updateChartUnit(viewers.admin, { unitId: crypto.randomUUID(), nameEn: 'X' }))).code).toBe('not_found');
    const positions = await db.select().from(s.positions).where(eq(s.positions.unitId, department));
    expect(positions).toHaveLength(2);
  });
});

describe('heads appointed ahead of their date', () => {
  it('are not on the chart before their first day in Vietnam, however many of them the registry holds', async () => {
    // A unit with a head in post and, elsewhere, a long list of appointments not yet in force: the
    // chart reads the heads in force on the day, so none of these can crowd the current one out.
    const [unit] = await db.insert(s.units).values({ slug: `vu-sap-toi-${run}`, name: `Vụ Sắp tới ${run}`, parentId: agencyUnit }).returning();
    const [waiting] = await db.insert(s.units).values({ slug: `vu-cho-${run}`, name: `Vụ Chờ ${run}`, parentId: agencyUnit }).returning();
    const [later] = await db.insert(s.people).values({ slug: `truong-sap-toi-${run}`, fullName: `Trưởng Sắp Tới ${run}` }).returning();
    try {
      await db.execute(sql`
        insert into positions (person_id, unit_id, title, is_head, starts_on)
        select ${later!.id}, ${waiting!.id}, 'Vụ trưởng', true, date '2099-01-01' + g from generate_series(1, 10001) g`);
      await db.insert(s.positions).values({ personId: newHead, unitId: unit!.id, title: 'Vụ trưởng', isHead: true, startsOn: '2020-01-01' });
      const chart = await organisationChart('2026-12-06');
      expect(chart.units.find((u) => u.id === unit!.id)!.head?.fullName).toBe(`Trưởng Mới ${run}`);
      expect(chart.units.find((u) => u.id === waiting!.id)!.head).toBeNull();

      // Appointed from tomorrow in Vietnam (not in UTC): today's chart keeps the head in post.
      const tomorrow = vietnamDay(new Date(Date.now() + 86_400_000));
      await updateChartUnit(viewers.admin, { unitId: unit!.id, personId: later!.id, title: 'Vụ trưởng', from: tomorrow });
      expect((await organisationChart()).units.find((u) => u.id === unit!.id)!.head?.fullName).toBe(`Trưởng Mới ${run}`);
      expect((await organisationChart(tomorrow)).units.find((u) => u.id === unit!.id)!.head?.fullName).toBe(`Trưởng Sắp Tới ${run}`);
    } finally {
      await db.delete(s.positions).where(inArray(s.positions.unitId, [unit!.id, waiting!.id]));
    }
  });
});

describe('who may edit', () => {
  it('refuses a reporter everything, leaving no audit row', async () => {
    for (const work of [
      agencyPagesForAdmin(viewers.reporter),
      updateAgencyTexts(viewers.reporter, { about: 'Phóng viên sửa' }),
      updateLiaisonContacts(viewers.reporter, { contacts: [] }),
      updateChartUnit(viewers.reporter, { unitId: department, nameEn: 'Reporter was here' }),
    ]) {
      const error = await refusal(work);
      expect(error.code).toBe('forbidden');
      expect(error.userMessage).toBe('Chỉ quản trị viên sửa được các trang giới thiệu cơ quan.');
    }
    expect(await db.select().from(s.auditLog).where(eq(s.auditLog.actorId, viewers.reporter.id))).toHaveLength(0);
    expect((await settingsRow()).contacts).toHaveLength(1);
    expect((await db.select().from(s.units).where(eq(s.units.id, department)))[0]!.nameEn).toBe('Department of Testing');
  });
});
