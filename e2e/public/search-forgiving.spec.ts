// Forgiving reader search (issue 19): Telex/VNI leftovers, one-letter typos, and people suggested
// in the header search box by an accessible combobox. Each test writes its own stories and people.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import * as s from '../../db/schema';
import { createStory, uniqueWord } from '../../lib/data/tests/public-fixtures';
import { withPublicDb } from './public-db';

async function publicPerson(fullName: string, title: string) {
  return withPublicDb(async (db) => {
    const [p] = await db.insert(s.people).values({ fullName, slug: `nv-${crypto.randomUUID()}` }).returning();
    await db.insert(s.positions).values({ personId: p!.id, title, startsOn: '2020-01-01' });
    return p!;
  });
}

test('a query typed in Telex or VNI finds the stories, says "Đã tìm theo" and offers the exact words', async ({ page }) => {
  const w = uniqueWord();
  const story = await withPublicDb((db) => createStory(db, { title: `Hội nghị Đà Nẵng ${w}` }));
  for (const typed of [`hooij nghij ${w}`, `ho65i ngh5i ${w}`]) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(typed)}`);
    const notice = page.getByTestId('searched-instead');
    await expect(notice).toContainText(`Đã tìm theo hội nghị ${w}`);
    await expect(page.locator('.search-results').getByRole('link', { name: story.title })).toBeVisible();
    await expect(notice.getByRole('link', { name: typed })).toBeVisible();
  }
  await page.getByTestId('searched-instead').getByRole('link', { name: `ho65i ngh5i ${w}` }).click();
  await expect(page).toHaveURL(/chinh-xac=1/);
  await expect(page.getByText(`Không tìm thấy bài viết nào cho từ khóa ho65i ngh5i ${w}`)).toBeVisible();
  await expect(page.getByTestId('searched-instead')).toHaveCount(0);
});

test('a one-letter typo gets "Có phải bạn muốn tìm …" with a link that finds the story', async ({ page }) => {
  const folded = uniqueWord('zqa');
  const word = `zqả${folded.slice(3)}`;
  const story = await withPublicDb((db) => createStory(db, { title: `Kinh tế vùng ${word}` }));
  const typo = folded.slice(0, -1) + (folded.endsWith('x') ? 'y' : 'x');
  await page.goto(`/tim-kiem?q=${encodeURIComponent(`kinh te ${typo}`)}`);
  const hint = page.getByTestId('did-you-mean');
  await expect(hint).toContainText(`Có phải bạn muốn tìm: kinh te ${word}`);
  await expect(hint.locator('b')).toHaveText(word);
  await hint.getByRole('link').click();
  await expect(page.locator('.search-results').getByRole('link', { name: story.title })).toBeVisible();
  await expect(page.getByTestId('did-you-mean')).toHaveCount(0);
});

test('the header search box suggests people by keyboard: arrows, Escape, Enter (combobox)', async ({ page }) => {
  const w = uniqueWord();
  const person = await publicPerson(`Phạm Minh Tuấn ${w}`, 'Phó Trưởng ban');
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Từ khóa tìm kiếm' });
  await box.click();
  // Typed without diacritics: the name still matches.
  await box.pressSequentially(`tuan ${w}`);
  const list = page.getByRole('listbox', { name: 'Nhân vật gợi ý' });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const option = list.getByRole('option', { name: new RegExp(`Phạm Minh Tuấn ${w}`) });
  await expect(option).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'nhân vật gợi ý' })).toHaveText(/^1 nhân vật gợi ý\./);

  await box.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expect(box).toBeFocused();

  const violations = (await new AxeBuilder({ page }).include('header').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await expect(box).toHaveValue(`tuan ${w}`);

  await box.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/nhan-vat/${person.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person.fullName);
});

test('with no active suggestion, Enter searches stories as before', async ({ page }) => {
  const w = uniqueWord();
  await publicPerson(`Lê Văn Hải ${w}`, 'Chuyên viên');
  const story = await withPublicDb((db) => createStory(db, { title: `Bài về ông Hải ${w}` }));
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Từ khóa tìm kiếm' });
  await box.click();
  await box.pressSequentially(`hai ${w}`);
  await expect(page.getByRole('listbox', { name: 'Nhân vật gợi ý' }).getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=/);
  await expect(page.locator('.search-results').getByRole('link', { name: story.title })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box and the results page still work, hints included', async ({ page }) => {
    const w = uniqueWord();
    const story = await withPublicDb((db) => createStory(db, { title: `Hội nghị tổng kết ${w}` }));
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Từ khóa tìm kiếm' }).fill(`hooij nghij ${w}`);
    await page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' }).getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=/);
    await expect(page.getByTestId('searched-instead')).toContainText(`hội nghị ${w}`);
    await expect(page.locator('.search-results').getByRole('link', { name: story.title })).toBeVisible();
  });
});

test('GET /api/v1/public/people answers names of public people, and says in Vietnamese what to fix', async ({ request }) => {
  const w = uniqueWord();
  const person = await publicPerson(`Đỗ Thị Hà ${w}`, 'Chuyên viên chính');
  const ok = await request.get(`/api/v1/public/people?q=${encodeURIComponent(`do thi ${w}`)}`);
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ items: [{ slug: person.slug, name: person.fullName, title: 'Chuyên viên chính', url: `/nhan-vat/${person.slug}` }] });
  const cases: Array<[string, RegExp]> = [
    ['', /Thiếu tham số q/],
    ['?q=a', /ít nhất 2 ký tự/],
    [`?q=${'a'.repeat(101)}`, /tối đa 100 ký tự|dài quá 100 ký tự/i],
    ['?q=ha&limit=1000', /.+/],
  ];
  for (const [query, message] of cases) {
    const bad = await request.get(`/api/v1/public/people${query}`);
    expect(bad.status(), query).toBe(400);
    expect(bad.headers()['content-type']).toContain('application/problem+json');
    expect((await bad.json()).detail, query).toMatch(message);
  }
});
