// Citizens' questions in the browser: a citizen asks without JavaScript and with it; the newsroom
// moderates, assigns, answers and a leader approves; once published a reader sees the question with
// the sender's name shortened and never their email or phone. The per-address and per-email limits
// refuse the 6th message and keep what was typed. axe checks the reader pages.
import AxeBuilder from '@axe-core/playwright';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { expect, test, type Browser, type Page } from '@playwright/test';
import * as s from '../../db/schema';
import { signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestQuestion } from '../fixtures/questions';
import { createTestUser, uniqueIp, type TestUser } from '../fixtures/users';

async function citizen(browser: Browser, javaScriptEnabled: boolean, ip = uniqueIp()): Promise<Page> {
  // Each test asks from its own address (the portal reads the nearest X-Forwarded-For entry).
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'X-Forwarded-For': ip } });
  return context.newPage();
}

async function staff(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page.request, user);
  return page;
}

async function fillQuestion(page: Page, values: { name?: string; email: string; phone?: string; question: string; consent?: boolean }) {
  await page.getByRole('textbox', { name: /^Họ và tên/ }).fill(values.name ?? 'Nguyễn Văn An');
  await page.getByRole('textbox', { name: /^Email/ }).fill(values.email);
  await page.getByRole('textbox', { name: /^Số điện thoại/ }).fill(values.phone ?? '');
  await page.getByRole('combobox', { name: /^Chủ đề/ }).selectOption({ label: 'Thủ tục hành chính' });
  await page.getByRole('textbox', { name: /^Nội dung câu hỏi, góp ý/ }).fill(values.question);
  if (values.consent !== false) await page.getByLabel(/Tôi đã đọc thông báo về xử lý dữ liệu cá nhân/).check();
}

async function send(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(page).toHaveURL(/\/hoi-dap\/da-nhan\?ma=HD-/);
  const code = (await page.getByTestId('ma-theo-doi').textContent())!.trim();
  expect(code).toMatch(/^HD-\d{4}-[2-9A-Z]{8}$/);
  return code;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a question sent without and with JavaScript is moderated, assigned, answered, approved and published with a shortened name', async ({ browser }) => {
  test.setTimeout(180_000);
  const run = crypto.randomUUID().slice(0, 8);
  const email = `an.${run}@e2e.test`;
  const phone = '0912 345 678';
  const question = `Xin hỏi thủ tục đăng ký hộ kinh doanh tại Đà Nẵng cần giấy tờ gì? Mã ${run}`;

  // Without scripts: a wrong email and no consent come back with Vietnamese errors and the text kept.
  const plain = await citizen(browser, false);
  await plain.goto('/hoi-dap');
  await plain.getByRole('link', { name: 'Gửi câu hỏi, góp ý' }).click();
  await fillQuestion(plain, { email: 'khong-phai-email', phone, question, consent: false });
  await plain.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(plain.getByRole('alert')).toContainText('chưa đúng');
  await expect(plain.getByText('Địa chỉ email chưa đúng')).toBeVisible();
  await expect(plain.getByText('Hãy đánh dấu đồng ý')).toBeVisible();
  await expect(plain.getByRole('textbox', { name: /^Nội dung câu hỏi, góp ý/ })).toHaveValue(question);
  await expect(plain.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Nguyễn Văn An');
  await plain.getByRole('textbox', { name: /^Email/ }).fill(email);
  await plain.getByLabel(/Tôi đã đọc thông báo về xử lý dữ liệu cá nhân/).check();
  const code = await send(plain);

  // With scripts: the same form, answered in place.
  const scripted = await citizen(browser, true);
  await scripted.goto('/hoi-dap/gui');
  await fillQuestion(scripted, { name: 'Trần Thị Bình', email: `binh.${run}@e2e.test`, question: 'ngắn' });
  await scripted.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(scripted.getByText('Nội dung câu hỏi quá ngắn')).toBeVisible();
  await scripted.getByRole('textbox', { name: /^Nội dung câu hỏi, góp ý/ }).fill(`Góp ý về giao diện cổng thông tin trên điện thoại, mã ${run}.`);
  await send(scripted);

  const stored = await withE2eDb((db) => db.select().from(s.questions).where(eq(s.questions.trackingCode, code)));
  expect(stored[0]).toMatchObject({ status: 'received', verified: false, senderEmail: email, senderPhone: '0912345678' });
  const id = stored[0]!.id;

  const [editor, reporter, leader] = await Promise.all([
    createTestUser({ roles: ['editor'] }),
    createTestUser({ roles: ['reporter'], name: `Phóng viên hỏi đáp ${run}` }),
    createTestUser({ roles: ['leader'] }),
  ]);
  const [unit] = await withE2eDb((db) => db.select({ name: s.units.name }).from(s.units).orderBy(asc(s.units.name)).limit(1));

  // The editor sees it unverified in the queue, accepts it as genuine and assigns it.
  const desk = await staff(browser, editor);
  await desk.goto('/toa-soan/hoi-dap');
  const row = desk.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('chưa xác minh');
  await row.getByRole('link', { name: code }).click();
  await expect(desk.getByText(email)).toBeVisible();
  await desk.getByRole('button', { name: 'Hợp lệ, tiếp nhận' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Đã xác nhận câu hỏi hợp lệ' })).toBeVisible();
  await desk.getByRole('combobox', { name: /^Đơn vị/ }).selectOption({ label: unit!.name });
  await desk.getByRole('combobox', { name: /^Người soạn trả lời/ }).selectOption({ label: reporter.name });
  await desk.getByRole('button', { name: 'Phân công' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Đã phân công.' })).toBeVisible();

  // The assignee drafts the answer and sends it for sign-off; a reporter cannot approve.
  const writer = await staff(browser, reporter);
  await writer.goto(`/toa-soan/hoi-dap/${id}`);
  await writer.getByRole('textbox', { name: /^Nội dung trả lời/ }).fill(`Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý của chủ hộ (${run}).`);
  await writer.getByRole('button', { name: 'Lưu câu trả lời' }).click();
  await expect(writer.getByRole('status').filter({ hasText: 'Đã lưu câu trả lời.' })).toBeVisible();
  await writer.getByRole('button', { name: 'Gửi lãnh đạo duyệt' }).click();
  await expect(writer.getByRole('status').filter({ hasText: 'Đã gửi câu trả lời để lãnh đạo duyệt.' })).toBeVisible();
  await expect(writer.getByRole('button', { name: 'Duyệt câu trả lời' })).toHaveCount(0);

  // The leader approves; who and when are recorded; the editor publishes.
  const boss = await staff(browser, leader);
  await boss.goto(`/toa-soan/hoi-dap/${id}`);
  await boss.getByRole('button', { name: 'Duyệt câu trả lời' }).click();
  await expect(boss.getByRole('status').filter({ hasText: 'Đã duyệt câu trả lời.' })).toBeVisible();
  await expect(boss.getByText(new RegExp(`${leader.name} lúc`))).toBeVisible();
  await desk.goto(`/toa-soan/hoi-dap/${id}`);
  await desk.getByRole('button', { name: 'Đăng lên cổng' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Đã đăng câu hỏi và câu trả lời lên cổng.' })).toBeVisible();

  // A reader finds it (cached list refreshed on publish), searching without diacritics too.
  const reader = await citizen(browser, true);
  await reader.goto('/hoi-dap');
  await reader.getByRole('link', { name: new RegExp(`Mã ${run}`) }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Câu hỏi của bạn đọc Nguyễn V. A.');
  await expect(reader.getByText(`giấy tờ pháp lý của chủ hộ (${run})`)).toBeVisible();
  const html = await reader.content();
  expect(html).not.toContain(email);
  expect(html).not.toContain('0912345678');
  expect(html).not.toContain('Nguyễn Văn An');
  await reader.goto(`/hoi-dap/tim-kiem?q=${encodeURIComponent(`dang ky ho kinh doanh da nang ${run}`)}`);
  await expect(reader.getByRole('link', { name: new RegExp(`Mã ${run}`) })).toBeVisible();
  await reader.goto(`/hoi-dap/tim-kiem?q=${encodeURIComponent(run)}&chu-de=kinh-te`);
  await expect(reader.getByRole('link', { name: new RegExp(`Mã ${run}`) })).toHaveCount(0);
});

test('with JavaScript the proof-of-work challenge marks the question verified; without it the question waits unverified', async ({ browser }) => {
  test.setTimeout(120_000);
  const run = crypto.randomUUID().slice(0, 8);

  // With scripts: the widget is loaded on the form page only, solves a fresh challenge in a worker of
  // this site when the citizen presses "Gửi câu hỏi", and the form goes with the payload.
  const scripted = await citizen(browser, true);
  const problems: string[] = [];
  scripted.on('console', (m) => void (/Content Security Policy|ALTCHA/i.test(m.text()) && problems.push(m.text())));
  const workers: string[] = [];
  scripted.on('worker', (w) => void workers.push(w.url()));
  await scripted.goto('/hoi-dap');
  expect(await scripted.evaluate(() => Boolean(customElements.get('altcha-widget'))), 'the widget is not loaded on reader pages').toBe(false);
  await scripted.goto('/hoi-dap/gui');
  await expect(scripted.getByRole('checkbox', { name: 'Tôi không phải là người máy' })).toBeVisible();
  await fillQuestion(scripted, { name: 'Phạm Văn Dũng', email: `dung.${run}@e2e.test`, question: `Xin hỏi về lịch tiếp công dân tháng này, mã ${run}.` });
  const challenge = scripted.waitForResponse((r) => r.url().endsWith('/api/v1/public/question-challenge'));
  // An impatient double press while the challenge is being solved still sends one question, verified.
  await scripted.getByRole('button', { name: 'Gửi câu hỏi' }).dblclick();
  await expect(scripted).toHaveURL(/\/hoi-dap\/da-nhan\?ma=HD-/);
  const verifiedCode = (await scripted.getByTestId('ma-theo-doi').textContent())!.trim();
  const challengeResponse = await challenge;
  expect(challengeResponse.status()).toBe(200);
  expect(challengeResponse.headers()['cache-control']).toBe('no-store');
  expect(workers.length, 'the proof of work ran in a web worker').toBeGreaterThan(0);
  for (const url of workers) expect(new URL(url).origin, 'workers come from this site, not blob: or data:').toBe(new URL(scripted.url()).origin);
  expect(problems).toEqual([]);

  // Without scripts: the same form posts as before, and the message is stored unverified.
  const plain = await citizen(browser, false);
  await plain.goto('/hoi-dap/gui');
  await fillQuestion(plain, { name: 'Phạm Thị Én', email: `en.${run}@e2e.test`, question: `Xin hỏi về lịch tiếp công dân tháng sau, mã ${run}.` });
  const plainCode = await send(plain);

  const rows = await withE2eDb((db) =>
    db
      .select({ code: s.questions.trackingCode, verified: s.questions.verified, data: s.auditLog.data })
      .from(s.questions)
      .innerJoin(s.auditLog, and(eq(s.auditLog.targetId, sql`${s.questions.id}::text`), eq(s.auditLog.action, 'question.received')))
      .where(inArray(s.questions.trackingCode, [verifiedCode, plainCode])),
  );
  const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
  const sent = await withE2eDb((db) => db.select({ verified: s.questions.verified }).from(s.questions).where(eq(s.questions.senderEmail, `dung.${run}@e2e.test`)));
  expect(sent).toEqual([{ verified: true }]);
  expect(byCode[verifiedCode]).toMatchObject({ verified: true, data: { verified: true, challenge: 'verified' } });
  expect(byCode[plainCode]).toMatchObject({ verified: false, data: { verified: false, challenge: 'missing' } });

  // The moderators see which one passed: only the other is marked "chưa xác minh".
  const desk = await staff(browser, await createTestUser({ roles: ['editor'] }));
  await desk.goto('/toa-soan/hoi-dap');
  await expect(desk.getByRole('row').filter({ hasText: plainCode })).toContainText('chưa xác minh');
  await expect(desk.getByRole('row').filter({ hasText: verifiedCode })).not.toContainText('chưa xác minh');
});

test('the 6th message from one address and the 6th from one email are refused, and the text is kept', async ({ browser }) => {
  test.setTimeout(120_000);
  const run = crypto.randomUUID().slice(0, 8);
  const page = await citizen(browser, false, uniqueIp());
  for (let i = 1; i <= 5; i++) {
    await page.goto('/hoi-dap/gui');
    await fillQuestion(page, { email: `gioi-han-${i}.${run}@e2e.test`, question: `Câu hỏi thứ ${i} từ cùng một địa chỉ, mã ${run}.` });
    await send(page);
  }
  const sixth = `Câu hỏi thứ 6 từ cùng một địa chỉ, mã ${run}.`;
  await page.goto('/hoi-dap/gui');
  await fillQuestion(page, { email: `gioi-han-6.${run}@e2e.test`, question: sixth });
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(page.getByRole('alert')).toContainText('Từ địa chỉ mạng này đã có 5 câu hỏi được gửi trong 24 giờ qua');
  await expect(page.getByRole('textbox', { name: /^Nội dung câu hỏi, góp ý/ })).toHaveValue(sixth);

  // One email from five different addresses, then a sixth.
  const email = `mot-email.${run}@e2e.test`;
  for (let i = 1; i <= 6; i++) {
    const other = await citizen(browser, false, uniqueIp());
    await other.goto('/hoi-dap/gui');
    await fillQuestion(other, { email, question: `Cùng một email, lần ${i}, mã ${run}.` });
    if (i < 6) await send(other);
    else {
      await other.getByRole('button', { name: 'Gửi câu hỏi' }).click();
      await expect(other.getByRole('alert')).toContainText('Địa chỉ email này đã gửi 5 câu hỏi trong 24 giờ qua');
      await expect(other.getByRole('textbox', { name: /^Email/ })).toHaveValue(email);
    }
    await other.context().close();
  }
  const stored = await withE2eDb((db) => db.select({ id: s.questions.id }).from(s.questions).where(eq(s.questions.senderEmail, email)));
  expect(stored).toHaveLength(5);
});

test('axe finds no serious violation on the questions pages', async ({ browser }) => {
  test.setTimeout(240_000);
  const published = await createTestQuestion('published');
  const page = await citizen(browser, true);
  const paths = ['/hoi-dap', '/hoi-dap/gui', `/hoi-dap/tim-kiem?q=${encodeURIComponent('thủ tục')}`, '/hoi-dap/da-nhan?ma=HD-2026-ABCDEFGH', '/hoi-dap/tra-cuu', `/hoi-dap/${published.id}`];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  // The form with its errors shown.
  await page.goto('/hoi-dap/gui');
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'chưa đúng' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
