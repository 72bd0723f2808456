// Scheduled publishing on pg-boss (a maintained Postgres-backed queue), not a hand-written timer.
// Two paths, both idempotent because publishing is a guarded transition:
//  - a job per scheduled article, due at its time (precise; sent by lib/jobs/queue);
//  - a sweep every minute (cron, run by one instance per tick) that catches anything overdue, e.g.
//    after an outage, and publishes it marked as late (it also purges long-ended sessions).
import 'server-only';
import { publishIfDue, runDueSchedules } from '@/lib/data/articles/scheduled';
import { expireHomePicks } from '@/lib/data/home/home-picks';
import { sendDailyDigests } from '@/lib/data/notifications/digest';
import { purgeEndedSessions } from '@/lib/data/sessions/user-sessions';
import { eraseExpiredPersonalData } from '@/lib/data/questions/retention';
import { purgePastViewReaders } from '@/lib/data/views/flush-views';
import { failStalledVideos, processVideo } from '@/lib/data/media/process-video';
import { vietnamDay } from '@/lib/time/format';
import { boss, DIGEST_QUEUE, jobLog, PUBLISH_QUEUE, QA_RETENTION_QUEUE, stopQueue, SWEEP_QUEUE, VIDEO_QUEUE } from './queue';

const globalForJobs = globalThis as unknown as { portalWorkers?: boolean };

/** Starts the workers in this process (every app instance may; each job runs once). */
export async function startScheduler(): Promise<void> {
  if (globalForJobs.portalWorkers) return;
  globalForJobs.portalWorkers = true;
  const instance = await boss();
  await instance.work<{ articleId: string }>(PUBLISH_QUEUE, { pollingIntervalSeconds: 2 }, async (jobs) => {
    for (const job of jobs) {
      const result = await publishIfDue(job.data.articleId);
      // Rescheduled later meanwhile: the job for the new time will handle it.
      if (result === 'not_due') continue;
    }
  });
  await instance.schedule(SWEEP_QUEUE, '* * * * *');
  await instance.work(SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    await runDueSchedules();
    // Housekeeping rides on the same once-per-minute tick: a bounded batch of long-ended sessions.
    await purgeEndedSessions();
    // A home page pick whose time ran out leaves the cached home page.
    await expireHomePicks();
    // Reading counts keep no reader key or salt past its day (also done by the first flush of a day).
    await purgePastViewReaders(vietnamDay(new Date()));
    // A video whose job was lost does not stay "processing" for ever.
    await failStalledVideos();
  });
  // The e-mail digest of unread notifications, 07:00 Vietnam time, one instance per tick.
  await instance.schedule(DIGEST_QUEUE, '0 7 * * *', undefined, { tz: 'Asia/Ho_Chi_Minh' });
  await instance.work(DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    await sendDailyDigests();
  });
  // Citizens' personal data past its retention period (Decree 13/2023/NĐ-CP), 02:30 Vietnam time;
  // a bounded batch per run, so a backlog is worked off over the following nights.
  await instance.schedule(QA_RETENTION_QUEUE, '30 2 * * *', undefined, { tz: 'Asia/Ho_Chi_Minh' });
  await instance.work(QA_RETENTION_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    await eraseExpiredPersonalData();
  });
  // Uploaded videos: one at a time per process (ffmpeg is bounded in threads and time), so a
  // newsroom's uploads queue rather than taking the CPU that readers' pages need.
  await instance.work<{ mediaId: string }>(VIDEO_QUEUE, { pollingIntervalSeconds: 2, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) {
      const outcome = await processVideo(job.data.mediaId);
      jobLog.info({ mediaId: job.data.mediaId, outcome }, 'video processed');
    }
  });
  // Catch up at once on start (recovery after an outage), without waiting for the next minute.
  await runDueSchedules();
}

export async function stopScheduler(): Promise<void> {
  globalForJobs.portalWorkers = false;
  await stopQueue();
}
