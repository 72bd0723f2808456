// Issue 21: the agency pages kept by staff. An admin edits a unit of the organisation chart (its
// English name and a new head), the liaison contacts and the functions text in both languages,
// previews and saves; readers see them in both languages; renaming the agency renames the chart's
// root; a reporter is refused. Axe checks the new and changed reader pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { callAction, findAction } from '../fixtures/server-actions';
import { createTestUser } from '../fixtures/users';

const PAGE = '/toa-soan/cai-dat/trang-co-quan';
const ACTIONS = 'app/(newsroom)/toa-soan/cai-dat/trang-co-quan/actions.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const settingsRow = () => withE2eDb(async (db) => (await db.select().from(s.siteSettings).where(eq(s.siteSettings.id, 1)))[0]!);

/** A unit of its own under the agency, and a person to head it. */
async function unitAndPerson(tag: string) {
  const settings = await settingsRow();
  return withE2eDb(async (db) => {
    const [unit] = await db.insert(s.units).values({ slug: `vu-thu-${tag}`, name: `Vụ Thử nghiệm ${tag}`, parentId: settings.agencyUnitId }).returning();
    const [person] = await db.insert(s.people).values({ slug: `truong-vu-${tag}`, fullName: `Trần Thử ${tag}` }).returning();
    return { unit: unit!, person: person! };
  });
}

test('an admin edits the chart, the contacts and the functions in both languages, previews, saves; readers see them', async ({ page, browser }) => {
  // Three saves and six reader pages with axe: slow on a loaded machine.
  test.setTimeout(300_000);
  const tag = crypto.randomUUID().slice(0, 6);
  const { unit, person } = await unitAndPerson(tag);
  const before = await settingsRow();
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  try {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { name: 'Trang giới thiệu cơ quan', level: 1 })).toBeVisible();

    // The chart: the unit's English name and a new head, previewed before saving.
    const form = page.getByRole('form', { name: `Đơn vị ${unit.name}` });
    await form.getByLabel('Tên đơn vị (tiếng Anh)').fill(`Department of Trials ${tag}`);
    await form.getByLabel('Người đứng đầu').selectOption({ label: person.fullName });
    await form.getByLabel('Ngày nhận chức').fill('2024-01-15');
    await form.getByLabel('Chức vụ', { exact: true }).fill('Vụ trưởng');
    await form.getByLabel('Chức vụ (tiếng Anh)').fill('Director');
    await form.getByRole('button', { name: 'Xem trước' }).click();
    const preview = form.getByRole('region', { name: `Xem trước đơn vị ${unit.name}` });
    await expect(preview).toContainText(`${person.fullName}, Vụ trưởng (từ 01/2024)`);
    await expect(preview).toContainText(`Department of Trials ${tag}`);
    await expect(preview).toContainText(`${person.fullName}, Director (since 01/2024)`);
    // Nothing is saved by the preview.
    expect((await withE2eDb((db) => db.select().from(s.positions).where(eq(s.positions.personId, person.id))))).toHaveLength(0);
    await form.getByRole('button', { name: 'Lưu đơn vị' }).click();
    await expect(form.getByRole('status')).toHaveText(`Đã lưu đơn vị ${unit.name}.`);

    // The contacts: a bad phone is refused in Vietnamese and the typed row stays; fixed, it is saved.
    const contacts = page.getByRole('form', { name: 'Cán bộ đầu mối' });
    await contacts.getByRole('button', { name: 'Thêm cán bộ đầu mối' }).click();
    const rows = contacts.getByRole('group');
    const row = rows.last();
    const n = await rows.count();
    await row.getByLabel('Họ tên').fill(`Lê Đầu Mối ${tag}`);
    await row.getByLabel('Chức danh', { exact: true }).fill('Chuyên viên đầu mối báo chí');
    await row.getByLabel('Chức danh (tiếng Anh)').fill('Press liaison officer');
    await row.getByLabel('Điện thoại').fill('gọi giờ hành chính');
    await row.getByLabel('Email').fill(`lien-he-${tag}@coquan.gov.vn`);
    await row.getByLabel('Đơn vị').selectOption({ label: unit.name });
    await contacts.getByRole('button', { name: 'Lưu cán bộ đầu mối' }).click();
    await expect(contacts.getByRole('alert')).toContainText(`Cán bộ đầu mối ${n}: số điện thoại không hợp lệ`);
    expect((await settingsRow()).contacts).toEqual(before.contacts);
    await expect(row.getByLabel('Họ tên')).toHaveValue(`Lê Đầu Mối ${tag}`);
    await row.getByLabel('Điện thoại').fill('024 3823 1234');
    await contacts.getByRole('button', { name: 'Xem trước danh sách' }).click();
    const contactsPreview = contacts.getByRole('region', { name: 'Xem trước cán bộ đầu mối' });
    await expect(contactsPreview).toContainText('Press liaison officer');
    await expect(contactsPreview).toContainText(`Unit: Department of Trials ${tag}`);
    await contacts.getByRole('button', { name: 'Lưu cán bộ đầu mối' }).click();
    await expect(contacts.getByRole('status')).toHaveText('Đã lưu danh sách cán bộ đầu mối.');

    // The functions and tasks, in both languages, previewed with the readers' renderer.
    const texts = page.getByRole('form', { name: 'Giới thiệu và chức năng, nhiệm vụ' });
    await texts.getByLabel('Chức năng, nhiệm vụ (tiếng Việt)').fill(`Tham mưu chiến lược ${tag}.\n\n- Nghiên cứu chính sách\n- Thẩm định đề án`);
    await texts.getByLabel('Chức năng, nhiệm vụ (tiếng Anh)').fill(`Strategic advice ${tag}.`);
    await texts.getByRole('button', { name: 'Xem trước' }).click();
    const textsPreview = texts.getByRole('region', { name: 'Xem trước giới thiệu và chức năng, nhiệm vụ' });
    await expect(textsPreview.getByRole('listitem').filter({ hasText: 'Thẩm định đề án' })).toBeVisible();
    await texts.getByRole('button', { name: 'Lưu giới thiệu, chức năng' }).click();
    await expect(texts.getByRole('status')).toHaveText('Đã lưu trang giới thiệu và chức năng, nhiệm vụ.');

    // Readers, in both languages: the saves revalidated the cached pages.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto('/co-cau-to-chuc');
    const chart = reader.getByTestId('so-do-to-chuc');
    await expect(chart).toContainText(`${unit.name}`);
    await expect(chart).toContainText(`${person.fullName}, Vụ trưởng (từ 01/2024)`);
    await expect(reader.locator('main')).toContainText(`Tham mưu chiến lược ${tag}.`);
    expect(await seriousViolations(reader)).toEqual([]);

    await reader.goto('/en/co-cau-to-chuc');
    await expect(reader.getByRole('heading', { name: 'Organisation', level: 1 })).toBeVisible();
    await expect(reader.getByTestId('so-do-to-chuc')).toContainText(`Department of Trials ${tag}`);
    await expect(reader.getByTestId('so-do-to-chuc')).toContainText(`${person.fullName}, Director (since 01/2024)`);
    await expect(reader.locator('main')).toContainText(`Strategic advice ${tag}.`);
    expect(await seriousViolations(reader)).toEqual([]);

    await reader.goto('/lien-he');
    const card = reader.getByRole('listitem').filter({ hasText: `Lê Đầu Mối ${tag}` });
    await expect(card).toContainText('Chuyên viên đầu mối báo chí');
    await expect(card).toContainText(`Đơn vị: ${unit.name}`);
    await expect(card.getByRole('link', { name: '024 3823 1234' })).toHaveAttribute('href', 'tel:02438231234');
    expect(await seriousViolations(reader)).toEqual([]);

    await reader.goto('/en/lien-he');
    const cardEn = reader.getByRole('listitem').filter({ hasText: `Lê Đầu Mối ${tag}` });
    await expect(cardEn).toContainText('Press liaison officer');
    await expect(cardEn).toContainText(`Unit: Department of Trials ${tag}`);
    expect(await seriousViolations(reader)).toEqual([]);

    for (const path of ['/gioi-thieu', '/en/gioi-thieu']) {
      await reader.goto(path);
      expect(await seriousViolations(reader)).toEqual([]);
    }

    // Every save left an audit row by this admin.
    const audit = await withE2eDb((db) => db.select().from(s.auditLog).where(eq(s.auditLog.actorId, admin.id)));
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('agency.')).sort()).toEqual(['agency.chart_unit_updated', 'agency.contacts_updated', 'agency.texts_updated']);
  } finally {
    await withE2eDb((db) =>
      db.update(s.siteSettings).set({ contacts: before.contacts, organisationPage: before.organisationPage, organisationPageEn: before.organisationPageEn, aboutPage: before.aboutPage, aboutPageEn: before.aboutPageEn }).where(eq(s.siteSettings.id, 1)),
    );
  }
});

test('renaming the agency in the settings renames the root of the organisation chart', async ({ page, browser }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  const before = await settingsRow();
  const renamed = `Ban Đổi Tên Sơ Đồ ${crypto.randomUUID().slice(0, 4)}`;
  try {
    await page.goto('/toa-soan/cai-dat');
    await page.getByLabel('Tên cơ quan', { exact: true }).fill(renamed);
    await page.getByLabel('Tên cơ quan (tiếng Anh)').fill(`${renamed} (English)`);
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu cấu hình cổng thông tin.');
    const reader = await (await browser.newContext()).newPage();
    await reader.goto('/co-cau-to-chuc');
    const root = reader.getByTestId('so-do-to-chuc').locator('> p').first();
    await expect(root).toHaveText(renamed);
    await expect(reader.getByTestId('so-do-to-chuc')).not.toContainText('Ban Kinh tế Trung ương');
    await reader.goto('/en/co-cau-to-chuc');
    await expect(reader.getByTestId('so-do-to-chuc').locator('> p').first()).toHaveText(`${renamed} (English)`);
  } finally {
    await withE2eDb((db) => db.update(s.siteSettings).set({ agencyName: before.agencyName, agencyNameEn: before.agencyNameEn }).where(eq(s.siteSettings.id, 1)));
  }
});

test('a reporter is refused the agency pages editor and its actions', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(403);
  const before = await settingsRow();
  const call = await callAction(page.request, findAction(ACTIONS, 'saveLiaisonContactsAction'), [{ contacts: [] }]);
  expect(call.result).toMatchObject({ ok: false, code: 'forbidden', message: 'Chỉ quản trị viên sửa được các trang giới thiệu cơ quan.' });
  expect((await settingsRow()).contacts).toEqual(before.contacts);
});
