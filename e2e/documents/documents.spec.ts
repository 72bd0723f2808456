// The documents section (văn bản) end to end: an editor publishes a resolution with its PDF and a
// later decision that amends it (after two refusals: a file that is not a PDF and a number the
// registry already has); a reader finds the resolution by its number and by words typed without
// diacritics, downloads the PDF and sees the lineage; axe finds no serious violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { minimalPdf } from '../../lib/media/testing/fixtures';
import { signIn } from '../fixtures/auth';
import { createTestUser } from '../fixtures/users';

const SEED_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Letters only, so the word survives folding and is unique to this run. */
const word = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => String.fromCharCode(97 + (b % 26))).join('');

async function fillDocument(page: Page, values: { type: string; number: string; issuer: string; issued: string; effective?: string; summary: string }) {
  await page.getByLabel('Loại văn bản').selectOption({ label: values.type });
  await page.getByLabel('Số, ký hiệu').fill(values.number);
  await page.getByLabel('Cơ quan ban hành').fill(values.issuer);
  await page.getByLabel('Ngày ban hành').fill(values.issued);
  if (values.effective) await page.getByLabel('Ngày có hiệu lực').fill(values.effective);
  await page.getByLabel('Trích yếu').fill(values.summary);
}

test('an editor publishes a resolution and an amending decision; a reader finds, downloads and follows the lineage', async ({ browser }) => {
  test.setTimeout(120_000);
  const mark = word();
  const issuer = `Ban Chấp hành thử nghiệm ${mark}`;
  const summary = `Về xây dựng đội ngũ trí thức thử nghiệm ${mark}`;
  const editor = await createTestUser({ roles: ['editor'] });
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signIn(page.request, editor);

  // Refused: a file that is not a PDF (whatever its name says), then a number the registry has (the seed's 45-NQ/TW).
  await page.goto('/toa-soan/van-ban/moi');
  await fillDocument(page, { type: 'Nghị quyết', number: '45-NQ/TW', issuer: 'Bộ Chính trị', issued: '2019-01-24', summary });
  await page.getByLabel(/Tệp văn bản/).setInputFiles({ name: 'nghi-quyet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>không phải PDF</html>') });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('chỉ nhận tệp PDF hoặc Word (DOCX)');
  await page.getByLabel(/Tệp văn bản/).setInputFiles({ name: 'nghi-quyet-45.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Văn bản số 45-NQ/TW của Bộ Chính trị (ban hành ngày 24/01/2019');
  await expect(page.locator('form').getByRole('alert')).toContainText('đã có trong danh mục');
  // What was typed is still there; only the issuer changes.
  await expect(page.getByLabel('Trích yếu')).toHaveValue(summary);
  await page.getByLabel('Cơ quan ban hành').fill(issuer);
  await page.getByLabel('Ngày ban hành').fill('2025-03-24');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu bản nháp văn bản.');
  await expect(page.getByText('nghi-quyet-45.pdf')).toBeVisible();
  const resolutionUrl = page.url();
  await page.getByRole('button', { name: 'Đăng lên cổng' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đăng văn bản lên cổng.');
  const publicHref = await page.getByRole('link', { name: 'Xem trên cổng' }).getAttribute('href');
  expect(publicHref).toMatch(/^\/van-ban\/nghi-quyet-45-nq-tw-2025/);

  // The reader's page, cached now with no lineage yet.
  const reader = await browser.newContext();
  const r = await reader.newPage();
  await r.goto(publicHref!);
  await expect(r.getByRole('heading', { level: 1 })).toHaveText('Nghị quyết 45-NQ/TW');
  await expect(r.getByText('Chưa có văn bản nào sửa đổi')).toBeVisible();

  // A later decision amends it.
  await page.goto('/toa-soan/van-ban/moi');
  await fillDocument(page, { type: 'Quyết định', number: '247-QĐ/TW', issuer, issued: '2025-06-01', summary: `Sửa đổi Nghị quyết 45-NQ/TW ${mark}` });
  await page.getByLabel('Quan hệ 1').selectOption({ label: 'Sửa đổi' });
  await page.getByLabel('Văn bản 1').selectOption({ label: `45-NQ/TW — ${issuer} (24/03/2025)` });
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu bản nháp văn bản.');
  await page.getByRole('button', { name: 'Đăng lên cổng' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đăng văn bản lên cổng.');
  await page.goto(resolutionUrl);
  await expect(page.getByText('Sửa đổi bởi 247-QĐ/TW')).toBeVisible();
  await ctx.close();

  // The reader finds it by its number, written two ways, and by words without diacritics.
  for (const q of ['45-NQ/TW', 'nq 45', `doi ngu tri thuc thu nghiem ${mark}`]) {
    await r.goto('/van-ban');
    await r.getByLabel('Tìm theo số, ký hiệu hoặc từ khóa').fill(q);
    await r.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(r).toHaveURL(/\/van-ban\/tra-cuu\?/);
    await expect(r.getByRole('row').filter({ hasText: mark }).first(), q).toBeVisible();
  }
  await r.getByRole('row').filter({ hasText: summary }).getByRole('link', { name: '45-NQ/TW' }).click();
  await expect(r).toHaveURL(new RegExp(`${publicHref}$`));
  // Revalidated when the decision was published: the lineage names it.
  await expect(r.getByRole('listitem').filter({ hasText: 'Được sửa đổi bởi:' })).toContainText('Quyết định 247-QĐ/TW');
  await expect(r.getByText('Còn hiệu lực')).toBeVisible();
  const jsonLd = JSON.parse((await r.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd['@type']).toBe('Legislation');
  expect(jsonLd.legislationIdentifier).toBe('45-NQ/TW');

  const download = r.waitForEvent('download');
  await r.getByRole('link', { name: /Tải về PDF/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('nghi-quyet-45.pdf');
  const fileHref = await r.getByRole('link', { name: /Tải về PDF/ }).getAttribute('href');
  const response = await r.request.get(fileHref!);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // The amending decision's page shows the other direction; the feed and the sitemap list both.
  await r.getByRole('link', { name: /247-QĐ\/TW/ }).click();
  await expect(r.getByRole('listitem').filter({ hasText: 'Sửa đổi:' })).toContainText('Nghị quyết 45-NQ/TW');
  const rss = await (await r.request.get('/van-ban/rss.xml')).text();
  expect(rss).toContain(summary);
  const sitemap = await (await r.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(publicHref!);

  // The English interface has the section too.
  await r.goto(`/en${publicHref}`);
  await expect(r.getByRole('heading', { name: 'Related documents (amendments, replacements, guidance)' })).toBeVisible();
  await expect(r.getByText('Amended by:')).toBeVisible();
  await reader.close();
});

test('the seed story lists the resolutions it cites', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED_SLUG}`);
  const related = page.getByRole('region', { name: 'Văn bản liên quan' });
  await expect(related).toContainText('45-NQ/TW');
  await expect(related).toContainText('43-NQ/TW');
  await expect(related).toContainText('37-NQ/TW');
  await related.getByRole('link', { name: /37-NQ\/TW/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghị quyết 37-NQ/TW');
  await expect(page.getByText('01/07/2004').first()).toBeVisible();
});

for (const [name, path] of [
  ['list', '/van-ban'],
  ['search', '/van-ban/tra-cuu?q=nq+45'],
  ['document', '/van-ban/nghi-quyet-45-nq-tw-2019'],
  ['English list', '/en/van-ban'],
  ['English document', '/en/van-ban/nghi-quyet-45-nq-tw-2019'],
]) {
  test(`axe finds no serious or critical violation: documents ${name}`, async ({ page }) => {
    const response = await page.goto(path!);
    expect(response?.status()).toBe(200);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
