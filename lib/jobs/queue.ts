// The pg-boss queue itself (a primitive): connecting, and sending the job that publishes a story at
// its time. It imports nothing from lib/data, so the data layer can enqueue after a `schedule`
// transition without a circle (lib/jobs/scheduler, the workers, is the one that calls lib/data).
import 'server-only';
import { PgBoss } from 'pg-boss';
import { databaseUrlFromEnv } from '@/db/database-url';
import { log } from '@/lib/log/logger';
import { moveRetiredJobs, retireUnmigratableSchema } from './retired-schema';

export const jobLog = log.child({ area: 'jobs' });

export const PUBLISH_QUEUE = 'publish-article';
export const SWEEP_QUEUE = 'publish-due-sweep';
export const DIGEST_QUEUE = 'notification-digest';
/** Daily erasure of citizens' personal data whose retention period has ended (lib/data/questions/retention.ts). */
export const QA_RETENTION_QUEUE = 'questions-retention';
/** One uploaded video to transcode for the web (lib/data/media/process-video.ts). */
export const VIDEO_QUEUE = 'media-video-process';

const globalForJobs = globalThis as unknown as { portalBoss?: Promise<PgBoss> };

const QUEUES = [PUBLISH_QUEUE, SWEEP_QUEUE, DIGEST_QUEUE, QA_RETENTION_QUEUE, VIDEO_QUEUE] as const;
/** Queues whose waiting jobs are one-off (sent for a story or a video), carried over from a retired schema. */
const ONE_OFF_QUEUES = [PUBLISH_QUEUE, VIDEO_QUEUE] as const;

/** pg-boss on `schema`, its queues created; a schema left by pg-boss 10 is replaced first (./retired-schema). */
export async function startQueue(connectionString: string, schema = 'pgboss'): Promise<PgBoss> {
  if (await retireUnmigratableSchema(connectionString, schema)) jobLog.warn({ schema }, 'job queue schema of pg-boss 10 set aside; its waiting jobs move to the new one');
  const instance = new PgBoss({ connectionString, schema, max: 3 });
  instance.on('error', (error: unknown) => jobLog.error({ err: error }, 'job queue error'));
  await instance.start();
  for (const queue of QUEUES) await instance.createQueue(queue);
  const moved = await moveRetiredJobs(connectionString, schema, ONE_OFF_QUEUES, async (job) => {
    await instance.send(job.name, job.data, { startAfter: job.startAfter, retryLimit: job.retryLimit, expireInSeconds: job.expireInSeconds, ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}) });
  });
  if (moved > 0) jobLog.info({ schema, moved }, 'waiting jobs moved from the retired job queue schema');
  return instance;
}

export function boss(): Promise<PgBoss> {
  globalForJobs.portalBoss ??= startQueue(databaseUrlFromEnv());
  return globalForJobs.portalBoss;
}

/** Stops the queue's connection (the workers with it). */
export async function stopQueue(): Promise<void> {
  const instance = await globalForJobs.portalBoss?.catch(() => undefined);
  globalForJobs.portalBoss = undefined;
  await instance?.stop({ graceful: true, timeout: 10_000 });
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
