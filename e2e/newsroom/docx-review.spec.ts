// Issue 23, the parts that came last: a .docx reviewed in Word (tracked changes, a comment) imports
// as suggestions and a thread; the per-role default of suggesting mode is a setting.
import { expect, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { reviewedDocx } from '../../lib/data/articles/tests/docx-fixture';
import { signIn } from '../fixtures/auth';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser } from '../fixtures/users';
import { fireTransition, storyDoc } from '../fixtures/workflow';
import * as s from '../../db/schema';

const saved = (page: import('@playwright/test').Page) => expect(page.getByTestId('trang-thai-luu')).toHaveText(/Đã lưu lúc/, { timeout: 15_000 });

test('a .docx with a tracked insertion, a deletion and a comment imports as suggestions and a thread; one is accepted', async ({ page }) => {
  const reporter = await createTestUser({ roles: ['reporter'] });
  await signIn(page.request, reporter);
  await page.goto('/toa-soan/bai-viet');
  await page.getByLabel('Nhập bài từ tệp Word (.docx)').setInputFiles({
    name: 'bao-cao.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await reviewedDocx(),
  });
  await page.getByRole('button', { name: 'Nhập thành bản nháp' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Đã nhập bài từ tệp Word' });
  await expect(summary).toContainText('2 thay đổi được theo dõi trong Word (của Nguyễn Văn Lãnh Đạo: 2) đã thành gợi ý mang tên bạn.');
  await expect(summary).toContainText('1 nhận xét trong Word đã thành góp ý trên đoạn văn.');

  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await expect(body.locator('ins.suggestion')).toHaveText('mức ');
  await expect(body.locator('del.suggestion')).toHaveText(' trong quý');
  const cards = page.getByTestId('the-goi-y');
  await expect(cards).toHaveCount(2);
  // In the importer's name: the card says "Bạn" (you) to them.
  await expect(cards.first()).toContainText('Bạn');
  const thread = page.locator('[data-testid="gop-y"] li[data-thread-id]').filter({ hasText: '«tăng trưởng 7,2%»' });
  await expect(thread).toContainText('Xem lại số liệu này.');
  await expect(thread).toContainText('Nhận xét trong tệp Word của Nguyễn Văn Lãnh Đạo');

  await cards.filter({ hasText: 'trong quý' }).getByRole('button', { name: 'Chấp nhận' }).click();
  await expect(cards).toHaveCount(1);
  await expect(body.locator('del.suggestion')).toHaveCount(0);
  await saved(page);
  await expect(body).toContainText('Kinh tế vùng đạt mức tăng trưởng 7,2%.');

  // History: the thread is counted; the diff shows the open suggestions, the accepted one as gone.
  await page.reload();
  const history = page.getByRole('region', { name: 'Các phiên bản' });
  await expect(history).toContainText('1 góp ý đang mở');
  await history.getByRole('link', { name: 'So sánh với bản hiện tại' }).first().click();
  await expect(page.getByRole('heading', { name: 'So sánh phiên bản' })).toBeVisible();
  const open = page.getByTestId('diff-suggestions');
  await expect(open).toContainText(`Gợi ý thêm (${reporter.name}): «mức»`);
  await expect(open.locator('del')).toHaveText(`Gợi ý xóa (${reporter.name}): «trong quý»\n`);
});

test('once an administrator ticks editors in the settings, an editor opens a story in suggesting mode', async ({ page, request }) => {
  const admin = await createTestUser({ roles: ['admin'] });
  const reporter = await createTestUser({ roles: ['reporter'] });
  const editor = await createTestUser({ roles: ['editor'] });
  const created = await request.post('/api/v1/articles', {
    headers: { Authorization: `Bearer ${await createTestApiToken(reporter.id)}` },
    data: { title: `Gợi ý mặc định ${crypto.randomUUID().slice(0, 6)}`, sapo: 'Sapo.', sectionId: await demoSectionId(), body: storyDoc('Nội dung cần biên tập.') },
  });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string };
  expect((await fireTransition(request, { Authorization: `Bearer ${await createTestApiToken(reporter.id)}` }, article.id, { event: 'submit' })).status()).toBe(200);

  const settings = await withE2eDb(async (db) => (await db.select({ roles: s.siteSettings.suggestingRoles }).from(s.siteSettings).limit(1))[0]?.roles ?? (['leader'] as s.SuggestingRole[]));
  try {
    await signIn(page.request, editor);
    await page.goto(`/toa-soan/bai-viet/${article.id}`);
    await expect(page.getByRole('button', { name: /Chế độ gợi ý/ })).toHaveAttribute('aria-pressed', 'false');

    await page.context().clearCookies();
    await signIn(page.request, admin);
    await page.goto('/toa-soan/cai-dat');
    const group = page.getByRole('group', { name: 'Chế độ gợi ý mặc định cho' });
    await expect(group.getByRole('checkbox', { name: 'Lãnh đạo' })).toBeChecked();
    await group.getByRole('checkbox', { name: 'Biên tập viên' }).check();
    await page.getByRole('button', { name: 'Lưu chế độ gợi ý' }).click();
    await expect(page.getByRole('status')).toHaveText('Đã lưu chế độ gợi ý mặc định.');
    await expect(group.getByRole('checkbox', { name: 'Biên tập viên' })).toBeChecked();

    await page.context().clearCookies();
    await signIn(page.request, editor);
    await page.goto(`/toa-soan/bai-viet/${article.id}`);
    await expect(page.getByRole('button', { name: /Chế độ gợi ý/ })).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await withE2eDb((db) => db.update(s.siteSettings).set({ suggestingRoles: settings }).where(eq(s.siteSettings.id, 1)));
  }
});
