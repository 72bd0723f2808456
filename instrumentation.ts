// Runs once when a Next.js server starts: the access log and JSON console lines (lib/log), and the
// scheduled-publishing workers in every app instance (pg-boss hands each job to one of them).
// PORTAL_JOBS=off leaves the workers to `npm run worker`.
import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { accessLog, log } = await import('./lib/log/logger');
  const { startAccessLog } = await import('./lib/log/access-log');
  startAccessLog(accessLog);
  // The reading beacon, answered by scripts/serve.mjs in front of the framework (same rules as its route).
  const { registerFrontRoute } = await import('./lib/cache/front-routes.mjs');
  const { viewBeaconFastPath } = await import('./app/api/v1/public/views/fast-path');
  registerFrontRoute('POST', '/api/v1/public/views', viewBeaconFastPath);
  if (process.env.NODE_ENV === 'production') {
    const { routeConsoleToLogger } = await import('./lib/log/console');
    routeConsoleToLogger(log);
  }
  if (process.env.PORTAL_JOBS === 'off') return;
  const { startScheduler } = await import('./lib/jobs/scheduler');
  // Not awaited: the site must serve readers even while the database is unreachable; the queue
  // reconnects on its own and catches up on anything overdue when it starts.
  const attempt = () =>
    startScheduler().catch(async (error: unknown) => {
      log.error({ area: 'jobs', err: error }, 'scheduler did not start; retrying in 30 s');
      const { stopScheduler } = await import('./lib/jobs/scheduler');
      await stopScheduler().catch(() => {});
      setTimeout(attempt, 30_000).unref();
    });
  void attempt();
}

/** A page, route handler, action or proxy threw: one line with the request's id and the route. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('./lib/log/logger');
  const { logRequestError } = await import('./lib/log/request-error');
  logRequestError(log, error, request, context);
};
