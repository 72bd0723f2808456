// The media library against a real PostgreSQL and a real (temporary) media store.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { mediaLimits } from '@/lib/media/limits';
import { LocalDiskStorage } from '@/lib/media/storage';
import {
  minimalPdf,
  oversizedJpeg,
  photoJpeg,
  photoPng,
  pixelFloodPng,
  polyglotJpeg,
  SVG_WITH_SCRIPT,
  truncatedJpeg,
  withIptc,
} from '@/lib/media/testing/fixtures';
import { ANONYMOUS, type Role, type Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { saveArticle } from '../articles/save-article';
import { DataError } from '../errors';
import { deleteMedia, updateMediaMetadata } from '../media/edit';
import { getMediaItem, listMedia, mediaUsage } from '../media/library';
import { uploadMedia, type UploadInput } from '../media/upload';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
const run = crypto.randomUUID().slice(0, 8);
const viewers = {} as Record<'reporter' | 'otherReporter' | 'editor' | 'leader' | 'admin', Viewer & { kind: 'user' }>;
let sandbox = '';
let storeDir = '';
let storage: LocalDiskStorage;

beforeAll(async () => {
  for (const [key, roles] of Object.entries({ reporter: ['reporter'], otherReporter: ['reporter'], editor: ['editor'], leader: ['leader'], admin: ['admin'] }) as Array<[keyof typeof viewers, Role[]]>) {
    const [user] = await db.insert(s.users).values({ email: `media-${key}-${run}@test.vn`, name: `Người ${key} ${run}`, roles }).returning();
    viewers[key] = { kind: 'user', id: user!.id, roles };
  }
  sandbox = await mkdtemp(path.join(tmpdir(), 'media-int-'));
  storeDir = path.join(sandbox, 'store');
  storage = new LocalDiskStorage(storeDir);
});

afterAll(async () => {
  await pool.end();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

const upload = (viewer: Viewer, input: UploadInput, limits = mediaLimits({})) => uploadMedia(viewer, input, { storage, limits });

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

const mediaCount = async (viewer: Viewer & { kind: 'user' }) =>
  Number((await db.select({ n: sql<number>`count(*)` }).from(s.media).where(eq(s.media.uploadedBy, viewer.id)))[0]!.n);

describe('uploading', () => {
  it('stores only re-encoded variants under server keys, and fills caption and credit from IPTC', async () => {
    const bytes = withIptc(await photoJpeg(1200, 800), { caption: 'Quang cảnh Hội nghị tổng kết', credit: 'Ảnh: Vụ Kinh tế vùng' });
    const item = await upload(viewers.reporter, { bytes, filename: 'C:\\fakepath\\DSC_0001.JPG' });
    expect(item).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', width: 1200, height: 800, originalFilename: 'DSC_0001.JPG', caption: 'Quang cảnh Hội nghị tổng kết', credit: 'Ảnh: Vụ Kinh tế vùng', alt: '', needsAlt: true, usageCount: 0 });
    expect(item.url).toMatch(new RegExp(`^/media/${item.id.slice(0, 2)}/${item.id}-1200\\.jpg$`));
    expect(item.image?.srcSet.avif).toContain('480w');
    const files = await filesUnder(storeDir);
    const mine = files.filter((f) => f.includes(item.id));
    expect(mine).toHaveLength(9);
    const [row] = await db.select().from(s.media).where(eq(s.media.id, item.id));
    expect(row!.variants.map((v) => v.key).sort()).toEqual(mine.map((f) => f.split(path.sep).join('/')).sort());
  });

  it('credits the configured unit when the photo names nobody, and keeps text sent with the file', async () => {
    // The site settings' default credit wins over MEDIA_DEFAULT_CREDIT. Other test files may have
    // written settings to this database: set what this test needs and put back what was there.
    const [saved] = await db.select().from(s.siteSettings).limit(1);
    const setCredit = (defaultCredit: string) =>
      db.insert(s.siteSettings).values({ id: 1, agencyName: 'Ban', siteTitle: 'Cổng', defaultCredit }).onConflictDoUpdate({ target: s.siteSettings.id, set: { defaultCredit } });
    try {
      await setCredit('');
      const item = await upload(viewers.reporter, { bytes: await photoPng(), filename: 'so-do.png', alt: '  Sơ đồ liên kết vùng  ' });
      expect(item).toMatchObject({ credit: 'TTTTPT&DBKT', alt: 'Sơ đồ liên kết vùng', needsAlt: false, mimeType: 'image/png' });
      const fromEnv = await upload(viewers.reporter, { bytes: await photoPng(), filename: 'b.png' }, mediaLimits({ MEDIA_DEFAULT_CREDIT: 'Vụ KTTH' }));
      expect(fromEnv.credit).toBe('Vụ KTTH');
      await setCredit('Vụ Kinh tế tổng hợp');
      const fromSettings = await upload(viewers.reporter, { bytes: await photoPng(), filename: 'c.png' }, mediaLimits({ MEDIA_DEFAULT_CREDIT: 'Vụ KTTH' }));
      expect(fromSettings.credit).toBe('Vụ Kinh tế tổng hợp');
    } finally {
      if (saved) await db.update(s.siteSettings).set({ defaultCredit: saved.defaultCredit }).where(eq(s.siteSettings.id, 1));
      else await db.delete(s.siteSettings);
    }
  });

  it('takes the type from the bytes: a PNG named .jpg is a PNG, a text file named .jpg is refused', async () => {
    const png = await upload(viewers.reporter, { bytes: await photoPng(), filename: 'anh.jpg' });
    expect(png.mimeType).toBe('image/png');
    const error = await refusal(upload(viewers.reporter, { bytes: Buffer.from('Đây là văn bản, không phải ảnh.'), filename: 'anh.jpg' }));
    expect(error.code).toBe('invalid');
    expect(error.details).toMatchObject({ status: 415 });
  });

  it('refuses hostile files with a message, and writes no row and no file for them, nowhere', async () => {
    const before = { rows: await mediaCount(viewers.reporter), files: await filesUnder(sandbox) };
    const small = mediaLimits({ MEDIA_MAX_UPLOAD_MB: '1' });
    const cases: Array<[string, Buffer, RegExp, number, ReturnType<typeof mediaLimits>?]> = [
      ['ve.svg', SVG_WITH_SCRIPT, /SVG/, 415],
      ['lu-diem-anh.png', pixelFloodPng(), /quá nhiều điểm ảnh/, 413],
      ['cut.jpg', await truncatedJpeg(), /hỏng hoặc không đầy đủ/, 422],
      ['big.jpg', await oversizedJpeg(1024 * 1024 + 1), /Tệp quá lớn.*1 MB/, 413, small],
      ['../../x.jpg', Buffer.from('<?php system($_GET["c"]); ?>'), /văn bản\/HTML/, 415],
      ['../../y.jpg', Buffer.from('MZ\x90\0 PE executable'), /Không nhận dạng được tệp/, 415],
    ];
    for (const [filename, bytes, message, status, limits] of cases) {
      const error = await refusal(upload(viewers.reporter, { bytes, filename }, limits));
      expect(error.code, filename).toBe('invalid');
      expect(error.userMessage, filename).toMatch(message);
      expect(error.details?.status, filename).toBe(status);
    }
    expect(await mediaCount(viewers.reporter)).toBe(before.rows);
    expect(await filesUnder(sandbox)).toEqual(before.files);
    expect(await filesUnder(path.dirname(sandbox)).then((all) => all.filter((f) => f.endsWith('x.jpg')))).toEqual([]);
  });

  it('keeps a file named ../../x.jpg inside the store under its own key', async () => {
    const item = await upload(viewers.reporter, { bytes: await photoJpeg(300, 200), filename: '../../x.jpg' });
    expect(item.originalFilename).toBe('x.jpg');
    expect((await filesUnder(storeDir)).filter((f) => f.includes(item.id))).toHaveLength(3);
    expect((await filesUnder(sandbox)).every((f) => f.startsWith(`store${path.sep}`))).toBe(true);
  });

  it('re-encodes a JPEG/HTML polyglot: no stored byte carries the markup', async () => {
    const item = await upload(viewers.reporter, { bytes: await polyglotJpeg(), filename: 'poly.jpg' });
    for (const file of (await filesUnder(storeDir)).filter((f) => f.includes(item.id))) {
      const open = await storage.open(file.split(path.sep).join('/'));
      const chunks: Buffer[] = [];
      for await (const chunk of open!.stream) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(bytes.includes(Buffer.from('<script'))).toBe(false);
      expect(bytes.includes(Buffer.from('<html'))).toBe(false);
    }
  });

  it('stores a PDF as a document with its name', async () => {
    const item = await upload(viewers.editor, { bytes: minimalPdf(), filename: 'Quyết định 15-QĐ.pdf', caption: 'Quyết định số 15' });
    expect(item).toMatchObject({ kind: 'document', mimeType: 'application/pdf', width: null, image: null, needsAlt: false, credit: '' });
    expect(item.url).toBe(`/media/${item.id.slice(0, 2)}/${item.id}.pdf`);
  });

  it('lets only reporters, editors and leaders upload', async () => {
    const bytes = await photoJpeg(50, 50);
    expect((await refusal(upload(viewers.admin, { bytes, filename: 'a.jpg' }))).code).toBe('forbidden');
    expect((await refusal(upload(ANONYMOUS, { bytes, filename: 'a.jpg' }))).code).toBe('unauthenticated');
    for (const who of ['reporter', 'editor', 'leader'] as const) expect((await upload(viewers[who], { bytes, filename: 'a.jpg' })).kind).toBe('image');
  });
});

describe('searching and filtering', () => {
  let tagged = '';
  beforeAll(async () => {
    const item = await upload(viewers.leader, {
      bytes: await photoJpeg(200, 100),
      filename: `hoi-nghi-tong-ket-${run}.jpg`,
      caption: `Đồng chí Trần Tuấn Anh phát biểu tại Hội nghị ${run}`,
      credit: 'Ảnh: Đức Hùng',
    });
    tagged = item.id;
  });

  const ids = async (query: Record<string, unknown>, viewer: Viewer = viewers.editor) => (await listMedia(viewer, { pageSize: 100, ...query })).items.map((i) => i.id);

  it('finds by caption, credit and file name, with or without diacritics', async () => {
    expect(await ids({ q: `hoi nghi ${run}` })).toEqual([tagged]);
    expect(await ids({ q: `HỘI NGHỊ ${run}` })).toEqual([tagged]);
    expect(await ids({ q: `duc hung ${run}` })).toEqual([tagged]);
    expect(await ids({ q: `tong-ket-${run}` })).toEqual([tagged]);
    expect(await ids({ q: `tran tuan anh phat bieu ${run}` })).toEqual([tagged]);
    expect(await ids({ q: `hội nghị ${run} bộ tài chính` })).toEqual([]);
  });

  it('treats % and _ as letters', async () => {
    expect(await ids({ q: `% ${run}` })).toEqual([]);
    expect(await ids({ q: '_' })).not.toContain(tagged);
  });

  it('filters by kind, uploader, missing alt text and use', async () => {
    const mine = await ids({ uploader: 'me' }, viewers.leader);
    expect(mine).toContain(tagged);
    expect(await ids({ uploader: 'me' }, viewers.reporter)).not.toContain(tagged);
    expect(await ids({ uploader: viewers.leader.id })).toEqual(mine);
    const documents = await listMedia(viewers.editor, { kind: 'document', pageSize: 100 });
    expect(documents.items.every((i) => i.kind === 'document')).toBe(true);
    expect(documents.total).toBeGreaterThan(0);
    expect(await ids({ alt: 'missing', q: run })).toEqual([tagged]);
    expect(await ids({ usage: 'unused', q: run })).toEqual([tagged]);
    expect(await ids({ usage: 'used', q: run })).toEqual([]);
  });

  it('pages, and refuses bad filters with a message', async () => {
    const page = await listMedia(viewers.editor, { pageSize: 2, page: 1 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect((await refusal(listMedia(viewers.editor, { kind: 'audio' }))).userMessage).toMatch(/kind phải là image, document hoặc video/);
    expect((await refusal(listMedia(ANONYMOUS, {}))).code).toBe('unauthenticated');
  });
});

describe('editing metadata', () => {
  it('saves caption, credit and alt; an image’s alt can be changed but not emptied', async () => {
    const item = await upload(viewers.reporter, { bytes: await photoJpeg(80, 60), filename: 'a.jpg' });
    const edited = await updateMediaMetadata(viewers.leader, item.id, { alt: 'Lãnh đạo Ban chụp ảnh lưu niệm', caption: 'Chụp ảnh lưu niệm', credit: 'TTXVN' });
    expect(edited).toMatchObject({ alt: 'Lãnh đạo Ban chụp ảnh lưu niệm', caption: 'Chụp ảnh lưu niệm', credit: 'TTXVN', needsAlt: false });
    expect((await refusal(updateMediaMetadata(viewers.editor, item.id, { alt: '   ' }))).userMessage).toMatch(/mô tả thay thế/);
    expect((await refusal(updateMediaMetadata(viewers.editor, item.id, { storageKey: '../x' }))).userMessage).toMatch(/Chỉ sửa được/);
    expect((await refusal(updateMediaMetadata(viewers.admin, item.id, { caption: 'x' }))).code).toBe('forbidden');
    expect((await refusal(updateMediaMetadata(viewers.editor, crypto.randomUUID(), { caption: 'x' }))).code).toBe('not_found');
  });
});

describe('usage and deleting', () => {
  const figure = (mediaId: string) => ({ type: 'figure', attrs: { mediaId, alt: 'Ảnh', caption: 'Chú thích', credit: 'TTTTPT&DBKT' } });
  const pdfLink = (url: string) => ({ type: 'paragraph', content: [{ type: 'text', text: 'Toàn văn quyết định', marks: [{ type: 'link', attrs: { href: url } }] }] });

  it('knows which stories use an item (figures, the cover, document links) and refuses to delete it until none does', async () => {
    const photo = await upload(viewers.reporter, { bytes: await photoJpeg(100, 80), filename: 'p.jpg', alt: 'Ảnh' });
    const cover = await upload(viewers.reporter, { bytes: await photoJpeg(100, 80), filename: 'c.jpg', alt: 'Bìa' });
    const pdf = await upload(viewers.reporter, { bytes: minimalPdf(), filename: 'qd.pdf' });
    const body = { type: 'doc', content: [figure(photo.id), pdfLink(`https://cong.example.vn${pdf.url}`)] };
    const ref = await createArticle(viewers.reporter, { title: `Bài có ảnh ${run}`, body, coverMediaId: cover.id, byline: 'TTTTPT&DBKT' });

    for (const item of [photo, cover, pdf]) {
      expect((await getMediaItem(viewers.reporter, item.id)).usageCount, item.originalFilename).toBe(1);
      const usage = await mediaUsage(viewers.reporter, item.id);
      expect(usage.articles).toEqual([{ articleId: ref.id, title: `Bài có ảnh ${run}`, status: 'draft', inCurrent: true, inLive: false, href: `/toa-soan/bai-viet/${ref.id}` }]);
      const error = await refusal(deleteMedia(viewers.reporter, item.id, { storage }));
      expect(error.code).toBe('conflict');
      expect(error.userMessage).toMatch(/đang được dùng trong bài viết/);
    }
    // Another reporter learns the photo is used, not what the draft is called.
    expect((await mediaUsage(viewers.otherReporter, photo.id)).articles).toEqual([expect.objectContaining({ title: null, href: null })]);
    expect((await listMedia(viewers.editor, { usage: 'used', pageSize: 100 })).items.map((i) => i.id)).toEqual(expect.arrayContaining([photo.id, cover.id, pdf.id]));

    // The photo leaves the working copy: no longer in use.
    await saveArticle(viewers.reporter, ref.id, { title: `Bài có ảnh ${run}`, body: { type: 'doc', content: [pdfLink(`https://cong.example.vn${pdf.url}`)] }, coverMediaId: cover.id, byline: 'TTTTPT&DBKT', baseVersion: ref.version });
    expect((await getMediaItem(viewers.reporter, photo.id)).usageCount).toBe(0);
    expect((await mediaUsage(viewers.reporter, photo.id)).articles).toEqual([]);

    // ... unless readers still see it: the live revision counts too.
    await db.update(s.articles).set({ liveRevisionId: ref.revisionId }).where(eq(s.articles.id, ref.id));
    expect((await mediaUsage(viewers.editor, photo.id)).articles).toEqual([expect.objectContaining({ inCurrent: false, inLive: true })]);
    expect((await refusal(deleteMedia(viewers.editor, photo.id, { storage }))).code).toBe('conflict');
    await db.update(s.articles).set({ liveRevisionId: null }).where(eq(s.articles.id, ref.id));

    // Unused now: not another reporter's to delete, but the uploader's.
    const item = await getMediaItem(viewers.reporter, photo.id);
    expect(item.canDelete).toBe(true);
    expect((await getMediaItem(viewers.otherReporter, photo.id)).canDelete).toBe(false);
    expect((await refusal(deleteMedia(viewers.otherReporter, photo.id, { storage }))).code).toBe('forbidden');
    expect(await deleteMedia(viewers.reporter, photo.id, { storage })).toEqual({ deleted: true });

    expect((await filesUnder(storeDir)).filter((f) => f.includes(photo.id))).toEqual([]);
    expect((await refusal(getMediaItem(viewers.reporter, photo.id))).code).toBe('not_found');
    expect((await refusal(deleteMedia(viewers.reporter, photo.id, { storage }))).code).toBe('not_found');
    const [audit] = await db.select().from(s.auditLog).where(and(eq(s.auditLog.targetId, photo.id), eq(s.auditLog.action, 'media.deleted')));
    expect(audit).toMatchObject({ actorId: viewers.reporter.id, targetType: 'media' });

    // A story can no longer use it, through the editor or straight into the database.
    expect((await refusal(createArticle(viewers.reporter, { title: 'Dùng ảnh đã xóa', body: { type: 'doc', content: [figure(photo.id)] } }))).code).toBe('invalid');
    const insert = db.insert(s.revisions).values({ articleId: ref.id, number: 99, title: 't', body: { type: 'doc', content: [figure(photo.id)] }, meta: { byline: '' }, contentHash: 'x' });
    await expect(insert).rejects.toMatchObject({ cause: { code: '23503' } });
  });

  it('lets editors and admins delete anyone’s unused item', async () => {
    for (const who of ['editor', 'admin'] as const) {
      const item = await upload(viewers.leader, { bytes: await photoJpeg(40, 40), filename: 'x.jpg' });
      expect((await getMediaItem(viewers[who], item.id)).canDelete).toBe(true);
      expect(await deleteMedia(viewers[who], item.id, { storage })).toEqual({ deleted: true });
    }
  });
});
