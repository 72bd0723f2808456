// Gallery blocks against a real PostgreSQL: their photos must be library images, count as media
// usage (the revision trigger records them), and so cannot be deleted while a story shows them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { mediaLimits } from '@/lib/media/limits';
import { LocalDiskStorage } from '@/lib/media/storage';
import { minimalPdf, photoJpeg } from '@/lib/media/testing/fixtures';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { saveArticle } from '../articles/save-article';
import { DataError } from '../errors';
import { deleteMedia } from '../media/edit';
import { getMediaItem } from '../media/library';
import { uploadMedia, type UploadInput } from '../media/upload';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
const run = crypto.randomUUID().slice(0, 8);
let reporter: Viewer & { kind: 'user' };
let sandbox = '';
let storage: LocalDiskStorage;

beforeAll(async () => {
  const roles: Role[] = ['reporter'];
  const [user] = await db.insert(s.users).values({ email: `gallery-${run}@test.vn`, name: `Phóng viên ${run}`, roles }).returning();
  reporter = { kind: 'user', id: user!.id, roles };
  sandbox = await mkdtemp(path.join(tmpdir(), 'gallery-int-'));
  storage = new LocalDiskStorage(path.join(sandbox, 'store'));
});

afterAll(async () => {
  await pool.end();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

const upload = (input: UploadInput) => uploadMedia(reporter, input, { storage, limits: mediaLimits({}) });
const item = (mediaId: string, caption = 'Chú thích') => ({ mediaId, alt: 'Ảnh trong bộ ảnh', caption, credit: 'TTXVN' });
const galleryBody = (...items: unknown[]) => ({ type: 'doc', content: [{ type: 'gallery', attrs: { items } }] });

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('gallery photos', () => {
  it('are stored in order, count as used, and cannot be deleted until no story shows them', async () => {
    const one = await upload({ bytes: await photoJpeg(120, 80, 1), filename: 'mot.jpg', alt: 'Một' });
    const two = await upload({ bytes: await photoJpeg(120, 80, 2), filename: 'hai.jpg', alt: 'Hai' });
    const ref = await createArticle(reporter, { title: `Bộ ảnh ${run}`, body: galleryBody(item(two.id, 'Hai'), item(one.id, 'Một')), byline: 'TTXVN' });
    const [revision] = await db.select({ body: s.revisions.body }).from(s.revisions).where(eq(s.revisions.id, ref.revisionId));
    expect((revision!.body as { content: Array<{ attrs: { items: Array<{ caption: string }> } }> }).content[0]!.attrs.items.map((i) => i.caption)).toEqual(['Hai', 'Một']);

    for (const photo of [one, two]) {
      expect((await getMediaItem(reporter, photo.id)).usageCount).toBe(1);
      const error = await refusal(deleteMedia(reporter, photo.id, { storage }));
      expect(error.code).toBe('conflict');
    }

    // Taken out of the gallery, the photo is free again.
    await saveArticle(reporter, ref.id, { title: `Bộ ảnh ${run}`, body: galleryBody(item(two.id)), byline: 'TTXVN', baseVersion: ref.version });
    expect((await getMediaItem(reporter, one.id)).usageCount).toBe(0);
    expect(await deleteMedia(reporter, one.id, { storage })).toEqual({ deleted: true });
    expect((await getMediaItem(reporter, two.id)).usageCount).toBe(1);
  });

  it('must be images of the library: a PDF, a deleted or an unknown item is refused in Vietnamese', async () => {
    const pdf = await upload({ bytes: minimalPdf(), filename: 'qd.pdf' });
    const photo = await upload({ bytes: await photoJpeg(120, 80, 3), filename: 'ba.jpg', alt: 'Ba' });
    for (const mediaId of [pdf.id, crypto.randomUUID()]) {
      const error = await refusal(createArticle(reporter, { title: `Bộ ảnh sai ${run}`, body: galleryBody(item(photo.id), item(mediaId)) }));
      expect(error.code).toBe('invalid');
      expect(error.userMessage).toMatch(/thư viện ảnh/);
    }
    const noAlt = await refusal(createArticle(reporter, { title: `Bộ ảnh thiếu alt ${run}`, body: galleryBody({ ...item(photo.id), alt: '' }) }));
    expect(noAlt.userMessage).toBe('Bộ ảnh, ảnh thứ 1: hãy nhập mô tả thay thế (alt) cho người khiếm thị.');
  });
});
