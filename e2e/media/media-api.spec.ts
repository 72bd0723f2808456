// The media API against the production build: hostile uploads, serving, metadata, usage and delete.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import * as s from '../../db/schema';
import {
  minimalPdf,
  pdfWithJavaScript,
  photoJpeg,
  photoPng,
  pixelFloodJpeg,
  pixelFloodPng,
  polyglotJpeg,
  SCRIPT,
  SVG_WITH_SCRIPT,
  truncatedJpeg,
  withIptc,
} from '../../lib/media/testing/fixtures';
import { BASE_URL, signIn } from '../fixtures/auth';
import { withE2eDb } from '../fixtures/db';
import { createTestUser } from '../fixtures/users';
import { filesUnder, mediaDir, staffWithToken, upload, uploaded, type Staff } from './helpers';

let reporter: Staff;
let otherReporter: Staff;
let editor: Staff;
let admin: Staff;
const run = crypto.randomUUID().slice(0, 6);

test.beforeAll(async () => {
  [reporter, otherReporter, editor, admin] = await Promise.all([staffWithToken(['reporter']), staffWithToken(['reporter']), staffWithToken(['editor']), staffWithToken(['admin'])]);
});

const rowsOf = (userId: string) => withE2eDb(async (db) => Number((await db.select({ n: sql<number>`count(*)` }).from(s.media).where(eq(s.media.uploadedBy, userId)))[0]!.n));

test('hostile files are refused with a message that says what to do, and leave nothing behind', async ({ request }) => {
  const before = { files: await filesUnder(mediaDir()), rows: await rowsOf(reporter.user.id) };
  const cases: Array<[string, string, Buffer, string, number, RegExp]> = [
    ['SVG with script', 've.svg', SVG_WITH_SCRIPT, 'image/svg+xml', 415, /Không nhận tệp SVG.*PNG hoặc JPEG/],
    ['SVG named .jpg', 'anh.jpg', SVG_WITH_SCRIPT, 'image/jpeg', 415, /SVG/],
    ['pixel flood (PNG)', 'lu.png', pixelFloodPng(), 'image/png', 413, /quá nhiều điểm ảnh/],
    ['pixel flood (JPEG)', 'lu.jpg', await pixelFloodJpeg(), 'image/jpeg', 413, /quá nhiều điểm ảnh/],
    ['truncated JPEG', 'dut.jpg', await truncatedJpeg(), 'image/jpeg', 422, /bị hỏng hoặc không đầy đủ/],
    ['text with an image extension', 'anh.jpg', Buffer.from('Không phải ảnh, chỉ là chữ.'), 'image/jpeg', 415, /Không nhận dạng được tệp/],
    ['PDF with JavaScript', 'qd.pdf', pdfWithJavaScript(), 'application/pdf', 422, /JavaScript/],
  ];
  for (const [label, name, bytes, type, status, message] of cases) {
    const response = await upload(request, reporter.auth, name, bytes, type);
    expect(response.status(), label).toBe(status);
    expect(response.headers()['content-type'], label).toContain('application/problem+json');
    expect((await response.json()).detail, label).toMatch(message);
  }
  expect(await filesUnder(mediaDir())).toEqual(before.files);
  expect(await rowsOf(reporter.user.id)).toBe(before.rows);
});

test('an oversized upload is refused from its declared length, before the body is processed', async ({ request }) => {
  const before = await filesUnder(mediaDir());
  const big = Buffer.concat([await photoJpeg(64, 64), Buffer.alloc(21 * 1024 * 1024)]);
  const response = await upload(request, reporter.auth, 'lon.jpg', big, 'image/jpeg');
  expect(response.status()).toBe(413);
  expect((await response.json()).detail).toMatch(/Tệp quá lớn.*tối đa 20 MB/);
  expect(await filesUnder(mediaDir())).toEqual(before);
});

test('a photo over the proxy’s default 10 MB body limit still arrives whole', async ({ request }) => {
  // Twelve megapixels of noise take the server a few seconds to re-encode; more on a busy machine.
  test.setTimeout(180_000);
  // Noise at high quality: about 12 MB, 12 megapixels.
  const sharp = (await import('sharp')).default;
  const w = 4000;
  const h = 3000;
  const pixels = Buffer.alloc(w * h * 3);
  let x = 11;
  for (let i = 0; i < pixels.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    pixels[i] = x >>> 24;
  }
  const bytes = await sharp(pixels, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
  expect(bytes.length).toBeGreaterThan(10 * 1024 * 1024);
  const item = await uploaded(await upload(request, reporter.auth, 'anh-lon.jpg', bytes, 'image/jpeg'));
  expect(item).toMatchObject({ width: 4000, height: 3000, byteSize: bytes.length });
});

test('a polyglot named ../../x.jpg is re-encoded and stored under the server’s own key, inside the store', async ({ request }) => {
  const name = `x-${run}.jpg`;
  const item = await uploaded(await upload(request, reporter.auth, `../../${name}`, await polyglotJpeg(), 'text/html'));
  expect(item.originalFilename).toBe(name);
  expect(item.mimeType).toBe('image/jpeg');
  const mine = (await filesUnder(mediaDir())).filter((f) => f.includes(item.id));
  const srcSet = item.image!.srcSet;
  const keys = [srcSet.avif, srcSet.webp, srcSet.jpeg].flatMap((set) => set!.split(', ').map((entry) => entry.split(' ')[0]!.replace('/media/', '')));
  expect(keys).toHaveLength(3); // one width (the photo is 120 px wide), three formats
  expect(mine.sort()).toEqual(keys.sort());
  // Nothing named after the upload anywhere the traversal could have reached.
  for (const dir of [mediaDir(), path.resolve(mediaDir(), '..'), path.resolve(mediaDir(), '..', '..'), process.cwd()]) {
    expect((await readdir(dir)).filter((f) => f.includes(name)), dir).toEqual([]);
  }
  for (const url of [item.url, item.thumbnailUrl!, ...item.image!.srcSet.avif!.split(', ').map((e) => e.split(' ')[0]!)]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toMatch(/^image\/(jpeg|avif)$/);
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    expect(response.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
    const body = await response.body();
    expect(body.includes(Buffer.from('<script')), url).toBe(false);
    expect(body.includes(Buffer.from(SCRIPT)), url).toBe(false);
  }
});

test('the bytes decide the type: a PNG named .jpg is stored as a PNG', async ({ request }) => {
  const item = await uploaded(await upload(request, reporter.auth, 'so-do.jpg', await photoPng(), 'image/jpeg'));
  expect(item).toMatchObject({ mimeType: 'image/png', originalFilename: 'so-do.jpg', kind: 'image' });
});

test('caption and credit come from IPTC, the credit defaults to the unit, and search ignores diacritics', async ({ request }) => {
  const caption = `Toàn cảnh Hội nghị giao ban kinh tế quý III ${run}`;
  const withText = await uploaded(await upload(request, reporter.auth, 'giao-ban.jpg', withIptc(await photoJpeg(400, 300), { caption, credit: 'Ảnh: Đức Hùng' }), 'image/jpeg'));
  expect(withText).toMatchObject({ caption, credit: 'Ảnh: Đức Hùng', alt: '', needsAlt: true });
  const plain = await uploaded(await upload(request, reporter.auth, `khong-chu-thich-${run}.jpg`, await photoJpeg(200, 150), 'image/jpeg'));
  expect(plain).toMatchObject({ caption: '', credit: 'TTTTPT&DBKT' });

  for (const q of [`toan canh hoi nghi giao ban ${run}`, `HỘI NGHỊ ${run}`, `duc hung quy iii ${run}`]) {
    const found = await (await request.get(`/api/v1/media?${new URLSearchParams({ q })}`, { headers: editor.auth })).json();
    expect(found.items.map((i: { id: string }) => i.id), q).toEqual([withText.id]);
  }
  const byName = await (await request.get(`/api/v1/media?q=khong-chu-thich-${run}`, { headers: editor.auth })).json();
  expect(byName.items.map((i: { id: string }) => i.id)).toEqual([plain.id]);
  const missingAlt = await (await request.get(`/api/v1/media?alt=missing&uploader=me&pageSize=100`, { headers: reporter.auth })).json();
  expect(missingAlt.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([withText.id, plain.id]));
  const bad = await request.get('/api/v1/media?kind=audio', { headers: editor.auth });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).detail).toMatch(/kind phải là image, document hoặc video/);
});

test('metadata: alt text can be written and changed but not emptied; unknown fields are refused', async ({ request }) => {
  const item = await uploaded(await upload(request, reporter.auth, 'a.jpg', await photoJpeg(120, 90), 'image/jpeg'));
  const patched = await request.patch(`/api/v1/media/${item.id}`, { headers: editor.auth, data: { alt: 'Đại biểu dự hội nghị', caption: 'Đại biểu dự hội nghị', credit: 'TTXVN' } });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ alt: 'Đại biểu dự hội nghị', credit: 'TTXVN', needsAlt: false });
  const emptied = await request.patch(`/api/v1/media/${item.id}`, { headers: editor.auth, data: { alt: ' ' } });
  expect(emptied.status()).toBe(400);
  expect((await emptied.json()).detail).toMatch(/mô tả thay thế/);
  const sneaky = await request.patch(`/api/v1/media/${item.id}`, { headers: editor.auth, data: { storageKey: '../../etc/passwd' } });
  expect(sneaky.status()).toBe(400);
  expect((await request.patch(`/api/v1/media/${item.id}`, { headers: admin.auth, data: { caption: 'x' } })).status()).toBe(403);
});

test('a PDF is stored as a document, served with its name, and a story that links it keeps it from deletion', async ({ request }) => {
  const pdf = await uploaded(await upload(request, reporter.auth, 'Quyết định 15-QĐ.pdf', minimalPdf(), 'application/pdf'));
  expect(pdf).toMatchObject({ kind: 'document', mimeType: 'application/pdf', image: null });
  const served = await request.get(pdf.url);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('application/pdf');
  expect(served.headers()['content-disposition']).toBe(`inline; filename="Quyet dinh 15-QD.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định 15-QĐ.pdf')}`);
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect((await served.body()).equals(minimalPdf())).toBe(true);

  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Toàn văn Quyết định', marks: [{ type: 'link', attrs: { href: `${BASE_URL}${pdf.url}` } }] }] }] };
  const article = await (await request.post('/api/v1/articles', { headers: reporter.auth, data: { title: `Bài đính kèm văn bản ${run}`, body } })).json();
  const usage = await (await request.get(`/api/v1/media/${pdf.id}/usage`, { headers: reporter.auth })).json();
  expect(usage.articles).toEqual([expect.objectContaining({ articleId: article.id, title: `Bài đính kèm văn bản ${run}`, inCurrent: true })]);
  const refused = await request.delete(`/api/v1/media/${pdf.id}`, { headers: reporter.auth });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).detail).toMatch(/đang được dùng trong bài viết/);
});

test('deleting: only an unused item, by its uploader or an editor; its files go and its URLs answer 404', async ({ request }) => {
  const item = await uploaded(await upload(request, reporter.auth, 'xoa.jpg', await photoJpeg(100, 100), 'image/jpeg'));
  expect((await request.delete(`/api/v1/media/${item.id}`, { headers: otherReporter.auth })).status()).toBe(403);
  const deleted = await request.delete(`/api/v1/media/${item.id}`, { headers: editor.auth });
  expect(deleted.status()).toBe(200);
  expect((await filesUnder(mediaDir())).filter((f) => f.includes(item.id))).toEqual([]);
  expect((await request.get(item.url)).status()).toBe(404);
  expect((await request.get(`/api/v1/media/${item.id}`, { headers: editor.auth })).status()).toBe(404);
  const [row] = await withE2eDb((db) => db.select({ id: s.media.id }).from(s.media).where(and(eq(s.media.id, item.id), isNotNull(s.media.deletedAt))));
  expect(row).toBeTruthy();
});

test('who may upload: staff who write; not admins by role, not anonymous callers, not cross-site cookies', async ({ request, playwright }) => {
  const bytes = await photoJpeg(40, 40);
  expect((await upload(request, admin.auth, 'a.jpg', bytes)).status()).toBe(403);
  expect((await upload(request, {}, 'a.jpg', bytes)).status()).toBe(401);
  const browser = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    await signIn(browser, await createTestUser({ roles: ['reporter'] }));
    const crossSite = await upload(browser, { Origin: 'https://evil.example' }, 'a.jpg', bytes);
    expect(crossSite.status()).toBe(403);
    expect((await upload(browser, { Origin: BASE_URL }, 'a.jpg', bytes)).status()).toBe(201);
  } finally {
    await browser.dispose();
  }
});

test('/media/id/<id> sends the editor’s figure preview to the item’s 960 px JPEG', async ({ request }) => {
  const item = await uploaded(await upload(request, reporter.auth, 'xem.jpg', await photoJpeg(1200, 800), 'image/jpeg'));
  const response = await request.get(`/media/id/${item.id}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe(`/media/${item.id.slice(0, 2)}/${item.id}-960.jpg`);
  expect((await request.get(`/media/id/${crypto.randomUUID()}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get('/media/../../etc/passwd')).status()).toBe(404);
});

test('published stories serve photos as responsive AVIF/WebP/JPEG with width and height', async ({ page, request }) => {
  const [story] = await withE2eDb((db) =>
    db
      .select({ slug: s.articles.slug })
      .from(s.articles)
      .innerJoin(s.revisionMedia, and(eq(s.revisionMedia.revisionId, s.articles.liveRevisionId), eq(s.revisionMedia.articleId, s.articles.id)))
      .where(eq(s.articles.status, 'published'))
      .limit(1),
  );
  expect(story, 'the demo content has a published story with a photo').toBeTruthy();
  await page.goto(`/bai-viet/${story!.slug}`);
  const picture = page.locator('figure picture').first();
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480w.*960w.*1440w/);
  await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /480w.*960w.*1440w/);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('srcset', /\.jpg 480w/);
  await expect(img).toHaveAttribute('sizes', /.+/);
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  const src = await img.getAttribute('src');
  const response = await request.get(src!);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
