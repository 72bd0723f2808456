// Editor ergonomics in a real browser: the link dialog, table controls, the author picker, tag
// suggestions, share links listed and revoked, one version number, the desk's "Bài viết mới" and
// the admins' link to the audit export. Each test makes its own users and stories.
import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { BASE_URL, signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

const run = crypto.randomUUID().slice(0, 6);

async function newArticle(page: Page, user: TestUser): Promise<string> {
  await signIn(page.request, user);
  await page.goto('/toa-soan');
  // The desk's main action starts a story at once.
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  await expect(page).toHaveURL(/\/toa-soan\/bai-viet\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeVisible();
  return page.url().split('/').pop()!;
}

const saved = (page: Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/, { timeout: 15_000 });

async function currentBody(articleId: string): Promise<string> {
  return withE2eDb(async (db) => {
    const [row] = await db.select({ body: s.revisions.body }).from(s.articles).innerJoin(s.revisions, eq(s.revisions.id, s.articles.currentRevisionId)).where(eq(s.articles.id, articleId));
    return JSON.stringify(row!.body);
  });
}

test('the link dialog validates addresses, finds our published stories, opens in a new tab and removes a link', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const id = await newArticle(page, reporter);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  const typed = 'Xem thêm bài trước';
  await page.keyboard.type(typed);
  await expect(body).toContainText(typed);
  // Select exactly what was typed, character by character: Shift+Home goes to the start of the line as
  // drawn, which once selected only "ài trước" (CI, 2026-12-08).
  for (let i = 0; i < [...typed].length; i++) await page.keyboard.press('Shift+ArrowLeft');

  await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Chèn liên kết' });
  await expect(dialog).toBeVisible();
  // Focus stays inside the modal dialog.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);

  const address = dialog.getByLabel('Địa chỉ liên kết');
  for (const bad of ['javascript:alert(1)', '//evil.example/x', 'trang-khong-co-giao-thuc']) {
    await address.fill(bad);
    await dialog.getByRole('button', { name: 'Chèn liên kết' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Địa chỉ');
  }
  await expect(body.locator('a')).toHaveCount(0);

  // Escape closes without a change.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(body.locator('a')).toHaveCount(0);

  await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Mở trong thẻ mới').check();
  const search = dialog.getByRole('combobox', { name: 'Hoặc tìm bài đã đăng trên cổng' });
  await search.fill('dong thap nang cao');
  const option = dialog.getByRole('option', { name: /Đồng Tháp nâng cao giá trị/ });
  await expect(option).toBeVisible({ timeout: 10_000 });
  await search.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(dialog).toBeHidden();
  const link = body.locator('a');
  await expect(link).toHaveText('Xem thêm bài trước');
  await expect(link).toHaveAttribute('href', /^\/bai-viet\/dong-thap-nang-cao-gia-tri/);
  await expect(link).toHaveAttribute('target', '_blank');
  await saved(page);
  const stored = JSON.parse(await currentBody(id)) as { content: Array<{ content: Array<{ marks?: Array<{ type: string; attrs: Record<string, unknown> }> }> }> };
  expect(stored.content[0]!.content[0]!.marks?.[0]).toMatchObject({ type: 'link', attrs: { href: expect.stringMatching(/^\/bai-viet\/dong-thap-nang-cao-gia-tri/), target: '_blank' } });

  // A typed address on a link being edited, then remove it.
  await link.click();
  await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa liên kết' });
  await expect(edit.getByLabel('Địa chỉ liên kết')).toHaveValue(/^\/bai-viet\/dong-thap/);
  await expect(edit.getByLabel('Mở trong thẻ mới')).toBeChecked();
  await edit.getByLabel('Địa chỉ liên kết').fill('https://chinhphu.vn');
  await edit.getByLabel('Mở trong thẻ mới').uncheck();
  await edit.getByRole('button', { name: 'Cập nhật liên kết' }).click();
  await expect(link).toHaveAttribute('href', 'https://chinhphu.vn');
  await expect(link).not.toHaveAttribute('target', '_blank');
  await link.click();
  await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
  await edit.getByRole('button', { name: 'Bỏ liên kết' }).click();
  await expect(body.locator('a')).toHaveCount(0);
  await expect(body).toContainText('Xem thêm bài trước');
  await saved(page);
  expect(await currentBody(id)).not.toContain('"link"');
});

test('table controls add and remove rows and columns, toggle the header row and delete the table; empty rows are not stored', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const id = await newArticle(page, reporter);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type('Số liệu tăng trưởng');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Bảng' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Chèn bảng 3×3' }).click();
  const table = body.locator('table');
  const controls = page.getByRole('group', { name: 'Bảng' });
  await expect(controls).toBeVisible();
  await expect(table.locator('tr')).toHaveCount(3);
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);

  // Header row off and on again (the cursor is in the header row after inserting).
  await controls.getByRole('button', { name: 'Bật/tắt hàng tiêu đề' }).click();
  await expect(table.locator('th')).toHaveCount(0);
  await controls.getByRole('button', { name: 'Bật/tắt hàng tiêu đề' }).click();
  await expect(table.locator('tr').first().locator('th')).toHaveCount(3);

  await controls.getByRole('button', { name: 'Thêm cột bên phải' }).click();
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(4);
  await controls.getByRole('button', { name: 'Xóa cột' }).click();
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(3);
  await controls.getByRole('button', { name: 'Thêm hàng phía dưới' }).click();
  await expect(table.locator('tr')).toHaveCount(4);
  await controls.getByRole('button', { name: 'Xóa hàng' }).click();
  await expect(table.locator('tr')).toHaveCount(3);
  await controls.getByRole('button', { name: 'Thêm hàng phía trên' }).click();
  await expect(table.locator('tr')).toHaveCount(4);

  await table.locator('tr').first().locator('th, td').first().click();
  await page.keyboard.type('Vùng');

  // One filled row (the one with "Vùng"); the three others are empty and are not stored.
  await saved(page);
  const stored = JSON.parse(await currentBody(id)) as { content: Array<{ type: string; content?: unknown[] }> };
  const storedTable = stored.content.find((n) => n.type === 'table');
  expect(storedTable?.content).toHaveLength(1);
  expect(JSON.stringify(storedTable)).toContain('Vùng');

  await table.locator('th, td').first().click();
  await controls.getByRole('button', { name: 'Xóa bảng' }).click();
  await expect(body.locator('table')).toHaveCount(0);
  await expect(controls).toHaveCount(0);
  await saved(page);
  expect(await currentBody(id)).not.toContain('"table"');
});

test('the author picker offers active writers only; tags are suggested from existing ones', async ({ page }) => {
  const writer = await createTestUser({ roles: ['editor'], name: `Biên tập viên thật ${run}`, email: `btv-${run}@ktw.gov.vn` });
  await createTestUser({ roles: ['admin', 'reporter'], name: `Quản trị kiêm viết ${run}`, email: `qt-${run}@ktw.gov.vn` });
  await createTestUser({ roles: ['reporter'], name: `Tài khoản thử ${run}` });
  await createTestUser({ roles: ['reporter'], name: `Đã nghỉ việc ${run}`, email: `nghi-${run}@ktw.gov.vn`, active: false });
  const tagName = `Kinh tế vùng ${run}`;
  await withE2eDb((db) => db.insert(s.tags).values({ slug: `kinh-te-vung-${run}`, name: tagName }));

  const reporter = await createTestUser({ roles: ['reporter'] });
  const id = await newArticle(page, reporter);
  const authors = page.getByRole('group', { name: 'Tác giả' });
  await expect(authors.getByRole('checkbox', { name: writer.name })).toBeVisible();
  // The story's own writer stays listed (an author already on it), whatever their address.
  await expect(authors.getByRole('checkbox', { name: reporter.name })).toBeChecked();
  for (const hidden of [`Quản trị kiêm viết ${run}`, `Tài khoản thử ${run}`, `Đã nghỉ việc ${run}`]) await expect(authors.getByText(hidden)).toHaveCount(0);
  await authors.getByRole('checkbox', { name: writer.name }).check();

  const tags = page.getByRole('combobox', { name: 'Từ khóa', exact: true });
  await tags.fill(`kinh te vung ${run}`);
  const suggestion = page.getByRole('option', { name: tagName });
  await expect(suggestion).toBeVisible({ timeout: 10_000 });
  await tags.press('ArrowDown');
  await tags.press('Enter');
  await tags.pressSequentially(`Từ khóa mới ${run},`);
  const chosen = page.getByRole('list', { name: 'Từ khóa đã chọn' });
  await expect(chosen.getByRole('listitem')).toHaveText([`${tagName}×`, `Từ khóa mới ${run}×`]);
  await saved(page);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Từ khóa đã chọn' }).getByRole('listitem')).toHaveText([`${tagName}×`, `Từ khóa mới ${run}×`]);
  await expect(page.getByRole('group', { name: 'Tác giả' }).getByRole('checkbox', { name: writer.name })).toBeChecked();
  await page.getByRole('button', { name: `Bỏ từ khóa Từ khóa mới ${run}` }).click();
  await expect(page.getByRole('list', { name: 'Từ khóa đã chọn' }).getByRole('listitem')).toHaveText([`${tagName}×`]);
  await saved(page);
  const [row] = await withE2eDb((db) => db.select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.id, id)));
  expect(row).toBeTruthy();
});

test('share links are listed after leaving the page and revoked there; one version number everywhere', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  const editor = await createTestUser({ roles: ['editor'] });
  const id = await newArticle(page, reporter);
  await page.getByLabel('Tiêu đề', { exact: true }).fill(`Chia sẻ bản nháp ${run}`);
  await saved(page);

  await page.getByRole('button', { name: 'Tạo liên kết chia sẻ' }).click();
  await expect(page.getByLabel('Liên kết (chỉ hiện một lần)')).toHaveValue(/\/xem-truoc\/xem_/);
  // An editor shares the same draft from the API.
  const token = await createTestApiToken(editor.id);
  const made = await page.request.post(`${BASE_URL}/api/v1/articles/${id}/preview-links`, { headers: { Authorization: `Bearer ${token}` }, data: { hours: 5 } });
  expect(made.status()).toBe(201);

  await page.goto('/toa-soan');
  await page.goto(`/toa-soan/bai-viet/${id}`);
  const list = page.getByTestId('lien-ket-chia-se');
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: reporter.name })).toContainText('còn hiệu lực');
  // The reporter may revoke their own link, not the editor's (the server says so too).
  await expect(rows.filter({ hasText: editor.name }).getByRole('button', { name: /Thu hồi/ })).toHaveCount(0);
  await rows.filter({ hasText: reporter.name }).getByRole('button', { name: /Thu hồi/ }).click();
  await expect(rows.filter({ hasText: reporter.name })).toContainText('đã thu hồi');
  await expect(rows.filter({ hasText: editor.name })).toContainText('còn hiệu lực');
  const links = await withE2eDb((db) => db.select({ revokedAt: s.previewLinks.revokedAt, createdBy: s.previewLinks.createdBy }).from(s.previewLinks).innerJoin(s.revisions, eq(s.revisions.id, s.previewLinks.revisionId)).where(eq(s.revisions.articleId, id)));
  expect(links.find((l) => l.createdBy === reporter.id)?.revokedAt).not.toBeNull();
  expect(links.find((l) => l.createdBy === editor.id)?.revokedAt).toBeNull();

  // The header's version is the revision list's current "#N".
  const header = (await page.getByTestId('phien-ban-hien-tai').textContent())!;
  const current = page.getByRole('region', { name: 'Các phiên bản' }).getByRole('listitem').filter({ hasText: /· bản hiện tại/ });
  const number = /#(\d+)/.exec(header)![1];
  await expect(current.locator('strong')).toHaveText(`#${number}`);
  await expect(rows.first()).toContainText('Phiên bản #');
});

test('admins find the audit export on the settings page', async ({ page }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  await signIn(page.request, admin);
  await page.goto('/toa-soan/cai-dat');
  const link = page.getByRole('link', { name: 'Tải nhật ký biên tập (CSV)' });
  await expect(link).toHaveAttribute('href', '/api/v1/audit/workflow-events.csv');
  await page.getByLabel('Từ ngày').fill('2026-01-01');
  await expect(link).toHaveAttribute('href', '/api/v1/audit/workflow-events.csv?from=2026-01-01');
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toMatch(/^nhat-ky-bien-tap-.*\.csv$/);
});
