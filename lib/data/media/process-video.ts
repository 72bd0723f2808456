// The video job: from a stored original to the web MP4 and poster readers get. Runs in a pg-boss
// worker (lib/jobs/scheduler.ts), one video at a time per process, never in a request. Every
// outcome is written on the item (ready, or failed with a reason a person can act on), so the
// library never shows a video "processing" for ever because ffmpeg refused or ran out of time.
import 'server-only';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { media, type MediaVideo } from '@/db/schema';
import { log } from '@/lib/log/logger';
import { mediaLimits, type MediaLimits } from '@/lib/media/limits';
import { VIDEO_UNAVAILABLE } from '@/lib/media/prepare-upload';
import { mediaStorage, type MediaStorage } from '@/lib/media/storage';
import { FfmpegMissing } from '@/lib/media/video/ffmpeg';
import { transcodeVideo } from '@/lib/media/video/transcode';
import { revalidateStoriesShowingVideo } from './video-stories';

export interface ProcessVideoOptions {
  storage?: MediaStorage;
  limits?: MediaLimits;
}

export type ProcessVideoOutcome = 'ready' | 'failed' | 'skipped';

const UNCONVERTIBLE =
  'Không chuyển được video sang định dạng phát trên web (tệp có thể bị hỏng hoặc dùng cách mã hóa máy chủ không đọc được). Hãy xuất lại video sang MP4 (H.264, AAC) rồi tải lên.';
const SERVER_ERROR = 'Máy chủ gặp lỗi khi xử lý video. Hãy xóa mục này và tải video lên lại; nếu vẫn lỗi, hãy báo quản trị viên.';

function tooSlow(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `Xử lý video vượt quá thời gian cho phép (${minutes} phút). Hãy cắt ngắn video hoặc xuất ở độ phân giải thấp hơn (ví dụ 720p) rồi tải lên lại.`;
}

/**
 * Merges the new state into the item only while it is still a processing, undeleted video. A merge,
 * not a replacement: captions added while the job ran stay.
 */
async function finish(mediaId: string, video: Partial<MediaVideo>, size?: { width: number; height: number }): Promise<boolean> {
  const updated = await db
    .update(media)
    .set({ video: sql`${media.video} || ${JSON.stringify(video)}::jsonb`, ...(size ?? {}) })
    .where(and(eq(media.id, mediaId), isNull(media.deletedAt), sql`${media.video}->>'status' = 'processing'`))
    .returning({ id: media.id });
  return updated.length > 0;
}

const STALLED =
  'Video không được xử lý xong (máy chủ xử lý bị gián đoạn nhiều lần). Hãy xóa mục này và tải video lên lại; nếu vẫn lỗi, hãy báo quản trị viên.';

/**
 * Videos still "processing" long after every attempt of their job must have ended (three attempts,
 * each at most the budget plus the job's margin, plus retry delays): their job was lost, e.g. the
 * queue's database was restored. Marked failed with a reason, so nobody waits for ever. Run by the
 * minute sweep.
 */
export async function failStalledVideos(limits: MediaLimits = mediaLimits()): Promise<number> {
  const graceSeconds = 3 * (limits.videoProcessSeconds + 300) + 600;
  const failed = await db
    .update(media)
    .set({ video: sql`${media.video} || ${JSON.stringify({ status: 'failed', failureReason: STALLED })}::jsonb` })
    .where(
      and(
        eq(media.kind, 'video'),
        isNull(media.deletedAt),
        sql`${media.video}->>'status' = 'processing'`,
        sql`${media.createdAt} < now() - make_interval(secs => ${graceSeconds})`,
      ),
    )
    .returning({ id: media.id });
  return failed.length;
}

export async function processVideo(mediaId: string, options: ProcessVideoOptions = {}): Promise<ProcessVideoOutcome> {
  const storage = options.storage ?? mediaStorage();
  const limits = options.limits ?? mediaLimits();
  const jobLog = log.child({ area: 'media', mediaId });
  const [row] = await db
    .select({ storageKey: media.storageKey, video: media.video })
    .from(media)
    .where(and(eq(media.id, mediaId), eq(media.kind, 'video'), isNull(media.deletedAt)))
    .limit(1);
  if (!row?.video || row.video.status !== 'processing') return 'skipped';
  const fail = async (failureReason: string) => {
    await finish(mediaId, { status: 'failed', failureReason });
    return 'failed' as const;
  };

  const dir = await mkdtemp(path.join(tmpdir(), 'portal-video-'));
  const written: string[] = [];
  try {
    const original = await storage.open(row.storageKey);
    if (!original) {
      jobLog.error({ key: row.storageKey }, 'video original missing from the store');
      return await fail(SERVER_ERROR);
    }
    const input = path.join(dir, `original${path.extname(row.storageKey)}`);
    await pipeline(original.stream, createWriteStream(input, { mode: 0o600 }));

    const result = await transcodeVideo(input, dir, { timeoutMs: limits.videoProcessSeconds * 1000, maxSeconds: limits.maxVideoSeconds });
    if (!result.ok) {
      jobLog.warn({ reason: result.reason, detail: result.detail }, 'video processing failed');
      return await fail(result.reason === 'timeout' ? tooSlow(limits.videoProcessSeconds) : UNCONVERTIBLE);
    }
    const folder = mediaId.slice(0, 2);
    const playbackKey = `${folder}/${mediaId}-web.mp4`;
    const posterKey = `${folder}/${mediaId}-poster.jpg`;
    const mp4 = await readFile(result.output.mp4);
    await storage.put(playbackKey, mp4);
    written.push(playbackKey);
    await storage.put(posterKey, await readFile(result.output.poster));
    written.push(posterKey);

    const { probe } = result.output;
    const ready: Partial<MediaVideo> = { status: 'ready', durationSeconds: probe.durationSeconds, playbackKey, playbackBytes: mp4.length, posterKey };
    if (!(await finish(mediaId, ready, { width: probe.width, height: probe.height }))) {
      // Deleted (or finished by another worker) meanwhile: what we wrote belongs to nobody.
      await Promise.all(written.map((key) => storage.remove(key).catch(() => {})));
      return 'skipped';
    }
    // A story may already show this video (it renders nothing until ready): rebuild its page.
    await revalidateStoriesShowingVideo(mediaId);
    return 'ready';
  } catch (error) {
    await Promise.all(written.map((key) => storage.remove(key).catch(() => {})));
    if (error instanceof FfmpegMissing) return await fail(VIDEO_UNAVAILABLE);
    jobLog.error({ err: error }, 'video processing crashed');
    return await fail(SERVER_ERROR);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
