// The pg-boss queue itself (a primitive): connecting, and sending the job that publishes a story at
// its time. It imports nothing from lib/data, so the data layer can enqueue after a `schedule`
// transition without a circle (lib/jobs/scheduler, the workers, is the one that calls lib/data).
import 'server-only';
import PgBoss from 'pg-boss';
import { databaseUrlFromEnv } from '@/db/database-url';
import { log } from '@/lib/log/logger';

export const jobLog = log.child({ area: 'jobs' });

export const PUBLISH_QUEUE = 'publish-article';
export const SWEEP_QUEUE = 'publish-due-sweep';
export const DIGEST_QUEUE = 'notification-digest';
/** Daily erasure of citizens' personal data whose retention period has ended (lib/data/questions/retention.ts). */
export const QA_RETENTION_QUEUE = 'questions-retention';
/** One uploaded video to transcode for the web (lib/data/media/process-video.ts). */
export const VIDEO_QUEUE = 'media-video-process';

const globalForJobs = globalThis as unknown as { portalBoss?: Promise<PgBoss> };

export function boss(): Promise<PgBoss> {
  globalForJobs.portalBoss ??= (async () => {
    const instance = new PgBoss({ connectionString: databaseUrlFromEnv(), schema: 'pgboss', max: 3 });
    instance.on('error', (error) => jobLog.error({ err: error }, 'job queue error'));
    await instance.start();
    await instance.createQueue(PUBLISH_QUEUE);
    await instance.createQueue(SWEEP_QUEUE);
    await instance.createQueue(DIGEST_QUEUE);
    await instance.createQueue(QA_RETENTION_QUEUE);
    await instance.createQueue(VIDEO_QUEUE);
    return instance;
  })();
  return globalForJobs.portalBoss;
}

/** Stops the queue's connection (the workers with it). */
export async function stopQueue(): Promise<void> {
  const instance = await globalForJobs.portalBoss?.catch(() => undefined);
  globalForJobs.portalBoss = undefined;
  await instance?.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** Called after a `schedule` transition commits. If this fails, the minute sweep still publishes. */
export async function enqueueScheduledPublish(articleId: string, at: Date): Promise<void> {
  const instance = await boss();
  await instance.send(PUBLISH_QUEUE, { articleId }, { startAfter: at, singletonKey: `${articleId}:${at.toISOString()}`, retryLimit: 5 });
}

/**
 * Called after a video's row commits. The job outlives the processing budget (ffmpeg is killed at
 * that budget, so the job never expires while ffmpeg still runs); the handler records every
 * outcome on the item itself, so a retry is only for a worker that died mid-job.
 */
export async function enqueueVideoProcessing(mediaId: string, processSeconds: number): Promise<void> {
  const instance = await boss();
  await instance.send(VIDEO_QUEUE, { mediaId }, { singletonKey: mediaId, retryLimit: 2, retryDelay: 30, expireInSeconds: processSeconds + 300 });
}
