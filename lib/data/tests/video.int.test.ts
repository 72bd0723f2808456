// Videos in the media library, end to end on a real PostgreSQL, a real media store and a real
// ffmpeg: upload (type from the bytes, size and duration limits), the pg-boss job that makes the
// web MP4 and the poster, captions, and what is refused. Test videos are made by ffmpeg here.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { stopQueue, VIDEO_QUEUE } from '@/lib/jobs/queue';
import { mediaLimits, type MediaLimits } from '@/lib/media/limits';
import { serveStoredFile } from '@/lib/media/serve';
import { LocalDiskStorage } from '@/lib/media/storage';
import { photoJpeg } from '@/lib/media/testing/fixtures';
import { runFfmpeg } from '@/lib/media/video/ffmpeg';
import { probeVideo } from '@/lib/media/video/probe';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { removeVideoCaptions, setVideoCaptions } from '../media/captions';
import { deleteMedia } from '../media/edit';
import { getMediaItem } from '../media/library';
import { failStalledVideos, processVideo } from '../media/process-video';
import { uploadMedia, type UploadInput, type UploadOptions } from '../media/upload';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
const run = crypto.randomUUID().slice(0, 8);
let reporter: Viewer & { kind: 'user' };
let sandbox = '';
let storeDir = '';
let storage: LocalDiskStorage;
const clips = {} as Record<'mov' | 'webm' | 'long' | 'silent', Buffer>;
const workers: ChildProcess[] = [];

/** A clip made by ffmpeg: test pattern + a tone, `seconds` long, in the given container/codecs. */
async function makeClip(name: string, seconds: number, codecArgs: string[]): Promise<Buffer> {
  const out = path.join(sandbox, name);
  // prettier-ignore
  const made = await runFfmpeg(['-y', '-f', 'lavfi', '-i', `testsrc=size=320x240:rate=15:duration=${seconds}`, '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, ...codecArgs, '-shortest', out], 60_000);
  expect(made.code, made.stderr.slice(-500)).toBe(0);
  return readFile(out);
}

beforeAll(async () => {
  const [user] = await db.insert(s.users).values({ email: `video-reporter-${run}@test.vn`, name: `Phóng viên video ${run}`, roles: ['reporter'] }).returning();
  reporter = { kind: 'user', id: user!.id, roles: ['reporter'] };
  sandbox = await mkdtemp(path.join(tmpdir(), 'video-int-'));
  storeDir = path.join(sandbox, 'store');
  storage = new LocalDiskStorage(storeDir);
  // MPEG-4 Part 2 in QuickTime: not web-friendly, so the job must really transcode it.
  clips.mov = await makeClip('clip.mov', 1, ['-c:v', 'mpeg4', '-c:a', 'aac', '-f', 'mov']);
  clips.webm = await makeClip('clip.webm', 1, ['-c:v', 'libvpx', '-b:v', '200k', '-c:a', 'libopus', '-f', 'webm']);
  clips.long = await makeClip('long.mp4', 3, ['-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-f', 'mp4']);
  clips.silent = await makeClip('silent.mp4', 1, ['-map', '0:v', '-c:v', 'libx264', '-preset', 'ultrafast', '-f', 'mp4']);
}, 120_000);

afterAll(async () => {
  for (const child of workers) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  await stopQueue();
  await pool.end();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

const noQueue: UploadOptions['enqueueVideo'] = async () => {};
const upload = (input: UploadInput, options: UploadOptions & { limits?: MediaLimits } = {}) =>
  uploadMedia(reporter, input, { storage, limits: mediaLimits({}), enqueueVideo: noQueue, ...options });

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

/** Top-level MP4 boxes in order (faststart puts moov before mdat). */
function topLevelBoxes(bytes: Buffer): string[] {
  const boxes: string[] = [];
  for (let at = 0; at + 8 <= bytes.length; ) {
    const size = bytes.readUInt32BE(at);
    boxes.push(bytes.toString('latin1', at + 4, at + 8));
    if (size < 8) break;
    at += size;
  }
  return boxes;
}

const keyOf = (url: string | null | undefined) => url!.replace(/^\/media\//, '');

describe('uploading a video', () => {
  it('stores the original out of public reach, enqueues the job, and the worker makes an H.264/AAC faststart MP4 and a poster', async () => {
    const item = await uploadMedia(reporter, { bytes: clips.mov, filename: 'Hội nghị.mov', caption: 'Toàn cảnh hội nghị' }, { storage, limits: mediaLimits({}) });
    expect(item).toMatchObject({ kind: 'video', mimeType: 'video/quicktime', width: 320, height: 240, caption: 'Toàn cảnh hội nghị', url: '', thumbnailUrl: null });
    expect(item.video).toMatchObject({ status: 'processing', failureReason: null, playbackUrl: null, posterUrl: null, captionsUrl: null });
    expect(item.video!.durationSeconds).toBeGreaterThan(0.9);
    expect(await filesUnder(storeDir)).toContain(`vsrc/${item.id}.mov`);
    const jobs = await db.execute(sql`select state from pgboss.job where name = ${VIDEO_QUEUE} and data->>'mediaId' = ${item.id}`);
    expect(jobs.rows).toHaveLength(1);

    // The worker npm start runs (scripts/worker.ts), against the same store.
    const worker = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], { env: { ...process.env, MEDIA_DIR: storeDir }, stdio: 'ignore' });
    workers.push(worker);
    let ready = await getMediaItem(reporter, item.id);
    for (let i = 0; i < 240 && ready.video?.status === 'processing'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      ready = await getMediaItem(reporter, item.id);
    }
    expect(ready.video).toMatchObject({ status: 'ready', failureReason: null });
    expect(ready.url).toBe(ready.video!.playbackUrl);
    expect(ready.video!.playbackUrl).toBe(`/media/${item.id.slice(0, 2)}/${item.id}-web.mp4`);
    expect(ready.thumbnailUrl).toBe(ready.video!.posterUrl);

    const mp4 = await readFile(path.join(storeDir, keyOf(ready.video!.playbackUrl)));
    const boxes = topLevelBoxes(mp4);
    expect(boxes[0]).toBe('ftyp');
    expect(boxes.indexOf('moov')).toBeGreaterThan(-1);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
    const probed = await probeVideo(path.join(storeDir, keyOf(ready.video!.playbackUrl)), 30_000);
    expect(probed).toMatchObject({ ok: true, probe: { videoCodec: 'h264', audioCodec: 'aac', width: 320, height: 240 } });
    const poster = await readFile(path.join(storeDir, keyOf(ready.video!.posterUrl)));
    expect([...poster.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    // Served from the store with ranges, as a player asks; the original never is.
    const part = await serveStoredFile(storage, keyOf(ready.video!.playbackUrl), { range: 'bytes=0-1023' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-1023/${mp4.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(mp4.subarray(0, 1024));
    expect((await serveStoredFile(storage, `vsrc/${item.id}.mov`)).status).toBe(404);

    // Deleting the item takes every file with it.
    await deleteMedia(reporter, item.id, { storage });
    expect((await filesUnder(storeDir)).filter((f) => f.includes(item.id))).toEqual([]);
  }, 180_000);

  it('processes a WebM and a video without sound', async () => {
    for (const [bytes, name, mime] of [
      [clips.webm, 'clip.webm', 'video/webm'],
      [clips.silent, 'silent.mp4', 'video/mp4'],
    ] as const) {
      const item = await upload({ bytes, filename: name });
      expect(item.mimeType).toBe(mime);
      expect(await processVideo(item.id, { storage, limits: mediaLimits({}) }), name).toBe('ready');
      const ready = await getMediaItem(reporter, item.id);
      const probed = await probeVideo(path.join(storeDir, keyOf(ready.video!.playbackUrl)), 30_000);
      expect(probed.ok && probed.probe.videoCodec, name).toBe('h264');
    }
  }, 120_000);

  it('refuses fake video bytes, too long, too large and audio-only files with a Vietnamese reason, storing nothing', async () => {
    const before = await filesUnder(storeDir);
    const fakeMp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\0\0isomiso2'), Buffer.alloc(4096, 0x41)]);
    const fake = await refusal(upload({ bytes: fakeMp4, filename: 'phim.mp4' }));
    expect(fake.details).toMatchObject({ status: 422, reason: 'corrupt' });
    expect(fake.userMessage).toMatch(/Không đọc được video/);

    const long = await refusal(upload({ bytes: clips.long, filename: 'dai.mp4' }, { limits: mediaLimits({ MEDIA_MAX_VIDEO_SECONDS: '2' }) }));
    expect(long.details).toMatchObject({ status: 422, reason: 'too_long' });
    expect(long.userMessage).toMatch(/Video quá dài: 3 giây \(tối đa 2 giây\)/);

    const big = await refusal(upload({ bytes: clips.mov, filename: 'lon.mov' }, { limits: mediaLimits({ MEDIA_MAX_VIDEO_MB: '0.001' }) }));
    expect(big.details).toMatchObject({ status: 413, reason: 'too_large' });
    expect(big.userMessage).toMatch(/video tối đa/);

    const mkv = await refusal(upload({ bytes: Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88]), Buffer.from('matroska'), Buffer.alloc(64)]), filename: 'phim.mkv' }));
    expect(mkv.details).toMatchObject({ status: 415 });
    expect(mkv.userMessage).toMatch(/MKV/);

    expect(await filesUnder(storeDir)).toEqual(before);
    const rows = await db.select({ n: sql<number>`count(*)` }).from(s.media).where(and(eq(s.media.uploadedBy, reporter.id), eq(s.media.originalFilename, 'phim.mp4')));
    expect(Number(rows[0]!.n)).toBe(0);
  }, 60_000);
});

describe('when processing fails', () => {
  it('marks the item failed with a reason when ffmpeg runs out of its time budget', async () => {
    const item = await upload({ bytes: clips.mov, filename: 'cham.mov' });
    const limits = { ...mediaLimits({}), videoProcessSeconds: 0.001 };
    expect(await processVideo(item.id, { storage, limits })).toBe('failed');
    const failed = await getMediaItem(reporter, item.id);
    expect(failed.video).toMatchObject({ status: 'failed', playbackUrl: null });
    expect(failed.video!.failureReason).toMatch(/vượt quá thời gian cho phép/);
    // A finished item is not processed again by a retried job.
    expect(await processVideo(item.id, { storage, limits: mediaLimits({}) })).toBe('skipped');
  }, 60_000);

  it('gives up on a video whose job was lost, long after every attempt must have ended', async () => {
    const lost = await upload({ bytes: clips.mov, filename: 'mat-viec.mov' });
    const fresh = await upload({ bytes: clips.mov, filename: 'moi.mov' });
    const limits = mediaLimits({});
    const graceSeconds = 3 * (limits.videoProcessSeconds + 300) + 600;
    await db.update(s.media).set({ createdAt: new Date(Date.now() - (graceSeconds + 60) * 1000) }).where(eq(s.media.id, lost.id));
    expect(await failStalledVideos(limits)).toBeGreaterThanOrEqual(1);
    expect((await getMediaItem(reporter, lost.id)).video).toMatchObject({ status: 'failed', failureReason: expect.stringMatching(/không được xử lý xong/) });
    expect((await getMediaItem(reporter, fresh.id)).video?.status).toBe('processing');
  });

  it('keeps the upload and says so when the job cannot be queued', async () => {
    const item = await upload({ bytes: clips.mov, filename: 'hang-doi.mov' }, { enqueueVideo: async () => Promise.reject(new Error('queue down')) });
    expect(item.video).toMatchObject({ status: 'failed' });
    expect(item.video!.failureReason).toMatch(/hàng đợi xử lý/);
    expect((await getMediaItem(reporter, item.id)).video?.status).toBe('failed');
  });
});

describe('captions', () => {
  const VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nXin chào quý vị.\n';

  it('stores a WebVTT file per video, replaces it under a new key and removes it', async () => {
    const item = await upload({ bytes: clips.mov, filename: 'phu-de.mov' });
    const first = await setVideoCaptions(reporter, item.id, Buffer.from('\uFEFF' + VTT), { storage });
    const firstKey = keyOf(first.video!.captionsUrl);
    expect(firstKey).toMatch(new RegExp(`^${item.id.slice(0, 2)}/${item.id}-captions-[0-9a-f]{8}\\.vtt$`));
    const served = await serveStoredFile(storage, firstKey);
    expect(served.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await served.text()).toBe(VTT);

    // Captions added while the job runs survive its result.
    expect(await processVideo(item.id, { storage, limits: mediaLimits({}) })).toBe('ready');
    expect((await getMediaItem(reporter, item.id)).video?.captionsUrl).toBe(first.video!.captionsUrl);

    const second = await setVideoCaptions(reporter, item.id, Buffer.from(VTT.replace('Xin chào', 'Kính chào')), { storage });
    expect(second.video!.captionsUrl).not.toBe(first.video!.captionsUrl);
    expect(await filesUnder(storeDir)).not.toContain(firstKey);
    const removed = await removeVideoCaptions(reporter, item.id, { storage });
    expect(removed.video!.captionsUrl).toBeNull();
    expect(await filesUnder(storeDir)).not.toContain(keyOf(second.video!.captionsUrl));
  }, 60_000);

  it('refuses what is not WebVTT, too large, or for an image, with what to fix', async () => {
    const item = await upload({ bytes: clips.mov, filename: 'phu-de-sai.mov' });
    const before = await filesUnder(storeDir);
    const cases: Array<[Buffer, RegExp]> = [
      [Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nXin chào\n'), /phụ đề SRT.*WEBVTT/],
      [Buffer.from('<html><script>alert(1)</script></html>'), /dòng đầu tiên phải là “WEBVTT”/],
      [Buffer.from('WEBVTTX\n\n00:00:00.000 --> 00:00:01.000\nA\n'), /dòng đầu tiên phải là “WEBVTT”/],
      [Buffer.from('WEBVTT\n\nchỉ có chữ, không có mốc thời gian\n'), /không có câu phụ đề nào/],
      [Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff, 0xfe]), /UTF-8/],
      [Buffer.concat([Buffer.from(VTT), Buffer.alloc(600 * 1024, 0x61)]), /quá lớn/],
      [Buffer.alloc(0), /rỗng/],
    ];
    for (const [bytes, message] of cases) {
      const error = await refusal(setVideoCaptions(reporter, item.id, bytes, { storage }));
      expect(error.userMessage, bytes.subarray(0, 20).toString()).toMatch(message);
      expect(error.details).toMatchObject({ status: 422, reason: 'bad_captions' });
    }
    const photo = await upload({ bytes: await photoJpeg(32, 32), filename: 'anh.jpg' });
    expect((await refusal(setVideoCaptions(reporter, photo.id, Buffer.from(VTT), { storage }))).userMessage).toMatch(/Chỉ video/);
    expect((await getMediaItem(reporter, item.id)).video?.captionsUrl).toBeNull();
    expect((await filesUnder(storeDir)).filter((f) => f.endsWith('.vtt'))).toEqual(before.filter((f) => f.endsWith('.vtt')));
  });
});
