import { expect, test, type Page } from '@playwright/test';

async function resultTitles(page: Page, query: string): Promise<string[]> {
  const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
  expect(response?.status()).toBe(200);
  return page.locator('.search-results h2').allInnerTexts();
}

const DA_NANG = 'Đà Nẵng triển khai Nghị quyết số 43-NQ/TW, phát triển thành phố trở thành đô thị sinh thái và thông minh';
const HAI_PHONG = 'Hải Phòng cụ thể hóa Nghị quyết số 45-NQ/TW, tạo động lực phát triển mới';
const OFFICE = 'Nâng cao năng lực tham mưu, đổi mới phương thức làm việc của Văn phòng Ban';
const SEED_TITLE = 'Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức Hội nghi tổng kết công tác năm 2019';

test('place names rank stories about the place above stories with the same syllables as other words', async ({ page }) => {
  for (const q of ['Đà Nẵng', 'da nang']) {
    const titles = await resultTitles(page, q);
    expect(titles[0], q).toBe(DA_NANG);
    // The office story is newer but only says "đã năng động" (and "hai phòng họp"): after the stories
    // that name the city (the seed story mentions it once, in its body).
    expect(titles.indexOf(SEED_TITLE), q).toBeGreaterThan(0);
    if (titles.includes(OFFICE)) expect(titles.indexOf(OFFICE), q).toBeGreaterThan(titles.indexOf(SEED_TITLE));
  }
  for (const q of ['Hải Phòng', 'hai phong']) {
    const titles = await resultTitles(page, q);
    expect(titles[0], q).toBe(HAI_PHONG);
    if (titles.includes(OFFICE)) expect(titles.indexOf(OFFICE), q).toBeGreaterThan(titles.indexOf(SEED_TITLE));
  }
});

test('document numbers and abbreviations find the stories that use another form', async ({ page }) => {
  for (const q of ['45-NQ/TW', 'Nghị quyết 45', 'NQ 45']) expect((await resultTitles(page, q))[0], q).toBe(HAI_PHONG);
  const short = await resultTitles(page, 'TP.HCM');
  expect(short).toContain('Thành phố Hồ Chí Minh thí điểm cơ chế đặc thù thúc đẩy phát triển kinh tế - xã hội');
  expect(short).toContain('TP.HCM và các tỉnh Đông Nam Bộ bàn giải pháp liên kết hạ tầng giao thông');
  expect((await resultTitles(page, 'Thành phố Hồ Chí Minh')).slice(0, 2).sort()).toEqual(short.slice(0, 2).sort());
});
