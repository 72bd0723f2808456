// Video blocks against a real PostgreSQL: they must show library videos, count as media usage (the
// revision trigger records them, migration 0034), so a used video cannot be deleted, and the public
// story page loads every ready video of a body in one lookup (processing, failed and deleted ones
// are left out, so readers see nothing of them).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { LocalDiskStorage } from '@/lib/media/storage';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { saveArticle } from '../articles/save-article';
import { DataError } from '../errors';
import { deleteMedia } from '../media/edit';
import { getMediaItem } from '../media/library';
import { liveStorySlugsShowingMedia } from '../media/video-stories';
import { publicArticleBySlug } from '../public/articles';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
const run = crypto.randomUUID().slice(0, 8);
let reporter: Viewer & { kind: 'user' };
let sandbox = '';
let storage: LocalDiskStorage;

beforeAll(async () => {
  const roles: Role[] = ['reporter'];
  const [user] = await db.insert(s.users).values({ email: `video-story-${run}@test.vn`, name: `Phóng viên ${run}`, roles }).returning();
  reporter = { kind: 'user', id: user!.id, roles };
  sandbox = await mkdtemp(path.join(tmpdir(), 'video-story-int-'));
  storage = new LocalDiskStorage(path.join(sandbox, 'store'));
});

afterAll(async () => {
  await pool.end();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

/** A library video row as the processing job leaves it (the job itself is tested in video.int.test.ts). */
async function libraryVideo(status: s.MediaVideo['status'], name: string, captions = true) {
  const key = `ab/${crypto.randomUUID()}`;
  const video: s.MediaVideo =
    status === 'ready'
      ? { status, durationSeconds: 75.4, playbackKey: `${key}-web.mp4`, playbackBytes: 1000, posterKey: `${key}-poster.jpg`, ...(captions ? { captionsKey: `${key}-cc1.vtt` } : {}) }
      : status === 'failed'
        ? { status, durationSeconds: 3, failureReason: 'Hỏng' }
        : { status, durationSeconds: 3 };
  const [row] = await db
    .insert(s.media)
    .values({ kind: 'video', storageKey: `vsrc/${key}.mov`, originalFilename: `${name}.mov`, mimeType: 'video/quicktime', byteSize: 5000, width: 1280, height: 720, sha256: crypto.randomUUID(), video, uploadedBy: reporter.id })
    .returning({ id: s.media.id, createdAt: s.media.createdAt });
  return { id: row!.id, key, createdAt: row!.createdAt };
}

async function photo() {
  const key = `cd/${crypto.randomUUID()}`;
  const [row] = await db
    .insert(s.media)
    .values({ storageKey: `${key}.jpg`, mimeType: 'image/jpeg', byteSize: 1000, width: 1200, height: 800, sha256: crypto.randomUUID(), variants: [{ width: 960, height: 640, format: 'jpeg', key: `${key}-960.jpg`, bytes: 900 }] })
    .returning({ id: s.media.id });
  return row!.id;
}

const block = (mediaId: string, caption = 'Phát biểu khai mạc') => ({ type: 'video', attrs: { mediaId, caption, credit: 'Truyền hình Quốc hội' } });
const body = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu' }] }, ...content] });

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('video blocks', () => {
  it('count as media usage: a video a story shows cannot be deleted until the story stops showing it', async () => {
    const clip = await libraryVideo('ready', 'khai-mac');
    const ref = await createArticle(reporter, { title: `Video ${run}`, body: body(block(clip.id.toUpperCase())), byline: 'TTXVN' });
    const [revision] = await db.select({ body: s.revisions.body }).from(s.revisions).where(eq(s.revisions.id, ref.revisionId));
    expect((revision!.body as { content: Array<{ attrs?: { mediaId?: string } }> }).content[1]!.attrs?.mediaId).toBe(clip.id);

    expect((await getMediaItem(reporter, clip.id)).usageCount).toBe(1);
    expect((await refusal(deleteMedia(reporter, clip.id, { storage }))).code).toBe('conflict');

    await saveArticle(reporter, ref.id, { title: `Video ${run}`, body: body(), byline: 'TTXVN', baseVersion: ref.version });
    expect((await getMediaItem(reporter, clip.id)).usageCount).toBe(0);
    expect(await deleteMedia(reporter, clip.id, { storage })).toEqual({ deleted: true });
  });

  it('must be videos of the library: a photo, a deleted or an unknown item is refused in Vietnamese', async () => {
    const picture = await photo();
    const gone = await libraryVideo('ready', 'da-xoa');
    await db.update(s.media).set({ deletedAt: new Date() }).where(eq(s.media.id, gone.id));
    for (const mediaId of [picture, gone.id, crypto.randomUUID()]) {
      const error = await refusal(createArticle(reporter, { title: `Video sai ${run}`, body: body(block(mediaId)) }));
      expect(error.code).toBe('invalid');
      expect(error.userMessage).toMatch(/không phải video của thư viện.*Chèn video/);
    }
    // …and a video is no photo: a figure pointing at one is refused as before.
    const clip = await libraryVideo('ready', 'khong-phai-anh');
    const figure = await refusal(createArticle(reporter, { title: `Ảnh sai ${run}`, body: body({ type: 'figure', attrs: { mediaId: clip.id, alt: 'x' } }) }));
    expect(figure.userMessage).toMatch(/thư viện ảnh/);
  });

  it('a processing video may be saved (readers see it once ready)', async () => {
    const clip = await libraryVideo('processing', 'dang-xu-ly');
    const ref = await createArticle(reporter, { title: `Video đang xử lý ${run}`, body: body(block(clip.id)) });
    expect((await getMediaItem(reporter, clip.id)).usageCount).toBe(1);
    expect(ref.id).toBeTruthy();
  });

  it('the public story loads only ready videos, with the MP4, poster, captions, size, duration and upload date', async () => {
    const ready = await libraryVideo('ready', 'san-sang');
    const bare = await libraryVideo('ready', 'khong-phu-de', false);
    const processing = await libraryVideo('processing', 'dang-xu-ly');
    const failed = await libraryVideo('failed', 'loi');
    const deleted = await libraryVideo('ready', 'xoa-sau');
    const slug = `video-cong-khai-${run}`;
    const [article] = await db.insert(s.articles).values({ slug, status: 'published' }).returning();
    const [rev] = await db
      .insert(s.revisions)
      .values({ articleId: article!.id, number: 1, title: `Video công khai ${run}`, body: body(block(ready.id), block(bare.id), block(processing.id), block(failed.id), block(deleted.id)), meta: { byline: '' }, contentHash: 'h' })
      .returning();
    await db.update(s.articles).set({ currentRevisionId: rev!.id, liveRevisionId: rev!.id, publishedAt: new Date() }).where(eq(s.articles.id, article!.id));
    // Deleted after the story went out (by hand in the database: the library refuses, as tested above).
    await db.update(s.media).set({ deletedAt: new Date() }).where(eq(s.media.id, deleted.id));

    const found = await publicArticleBySlug(slug);
    expect(found.found).toBe('article');
    if (found.found !== 'article') return;
    expect([...found.article.videos!.keys()].sort()).toEqual([ready.id, bare.id].sort());
    expect(found.article.videos!.get(ready.id)).toEqual({
      src: `/media/${ready.key}-web.mp4`,
      poster: `/media/${ready.key}-poster.jpg`,
      captions: `/media/${ready.key}-cc1.vtt`,
      width: 1280,
      height: 720,
      durationSeconds: 75.4,
      uploadedAt: ready.createdAt.toISOString(),
    });
    expect(found.article.videos!.get(bare.id)?.captions).toBeNull();
  });

  it('knows the live stories that show a video, so they are revalidated when it becomes ready or its captions change', async () => {
    const clip = await libraryVideo('processing', 'sap-xong');
    const draft = await createArticle(reporter, { title: `Bản nháp có video ${run}`, body: body(block(clip.id)) });
    expect(await liveStorySlugsShowingMedia(clip.id)).toEqual([]);
    const slug = `video-da-dang-${run}`;
    const [article] = await db.insert(s.articles).values({ slug, status: 'published' }).returning();
    const [rev] = await db.insert(s.revisions).values({ articleId: article!.id, number: 1, title: `Đã đăng ${run}`, body: body(block(clip.id)), meta: { byline: '' }, contentHash: 'h' }).returning();
    await db.update(s.articles).set({ currentRevisionId: rev!.id, liveRevisionId: rev!.id, publishedAt: new Date() }).where(eq(s.articles.id, article!.id));
    expect(await liveStorySlugsShowingMedia(clip.id)).toEqual([slug]);
    expect(draft.id).not.toBe(article!.id);
  });
});
