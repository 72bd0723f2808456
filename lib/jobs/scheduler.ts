// Scheduled publishing on pg-boss (a maintained Postgres-backed queue), not a hand-written timer.
// Two paths, both idempotent because publishing is a guarded transition:
//  - a job per scheduled article, due at its time (precise);
//  - a sweep every minute (cron, run by one instance per tick) that catches anything overdue, e.g.
//    after an outage, and publishes it marked as late.
import 'server-only';
import PgBoss from 'pg-boss';
import { databaseUrlFromEnv } from '@/db/database-url';
import { publishIfDue, runDueSchedules } from '@/lib/data/articles/scheduled';
import { log } from '@/lib/log/logger';

const jobLog = log.child({ area: 'jobs' });

const PUBLISH_QUEUE = 'publish-article';
const SWEEP_QUEUE = 'publish-due-sweep';

const globalForJobs = globalThis as unknown as { portalBoss?: Promise<PgBoss>; portalWorkers?: boolean };

function boss(): Promise<PgBoss> {
  globalForJobs.portalBoss ??= (async () => {
    const instance = new PgBoss({ connectionString: databaseUrlFromEnv(), schema: 'pgboss', max: 3 });
    instance.on('error', (error) => jobLog.error({ err: error }, 'job queue error'));
    await instance.start();
    await instance.createQueue(PUBLISH_QUEUE);
    await instance.createQueue(SWEEP_QUEUE);
    return instance;
  })();
  return globalForJobs.portalBoss;
}

/** Called after a `schedule` transition commits. If this fails, the minute sweep still publishes. */
export async function enqueueScheduledPublish(articleId: string, at: Date): Promise<void> {
  const instance = await boss();
  await instance.send(PUBLISH_QUEUE, { articleId }, { startAfter: at, singletonKey: `${articleId}:${at.toISOString()}`, retryLimit: 5 });
}

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
  });
  // Catch up at once on start (recovery after an outage), without waiting for the next minute.
  await runDueSchedules();
}

export async function stopScheduler(): Promise<void> {
  const instance = await globalForJobs.portalBoss?.catch(() => undefined);
  globalForJobs.portalBoss = undefined;
  globalForJobs.portalWorkers = false;
  await instance?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
