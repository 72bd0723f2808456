// npm run worker: the job workers (scheduled publishing, video processing, ...) on their own (the app also runs them unless
// PORTAL_JOBS=off). Any number may run; each scheduled story is published exactly once.
import { runCli } from './lib/cli';
import { prepareDatabase } from './lib/database';

runCli(async () => {
  const database = await prepareDatabase();
  process.env.DATABASE_URL = database.url;
  const { startScheduler, stopScheduler } = await import('../lib/jobs/scheduler');
  await startScheduler();
  const { log } = await import('../lib/log/logger');
  const { ffmpegStatusLine } = await import('../lib/media/video/ffmpeg');
  const ffmpeg = ffmpegStatusLine();
  if (ffmpeg.ok) log.info({ area: 'jobs' }, ffmpeg.line);
  else log.warn({ area: 'jobs' }, ffmpeg.line);
  log.info({ area: 'jobs' }, 'scheduler running');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stopScheduler();
  await database.release();
});
