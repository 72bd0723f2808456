// Runs once when a Next.js server starts: the scheduled-publishing workers live in every app
// instance (pg-boss hands each job to one of them). PORTAL_JOBS=off leaves them to `npm run worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.PORTAL_JOBS === 'off') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/jobs/scheduler');
  // Not awaited: the site must serve readers even while the database is unreachable; the queue
  // reconnects on its own and catches up on anything overdue when it starts.
  const attempt = () =>
    startScheduler().catch(async (error: unknown) => {
      console.error(JSON.stringify({ level: 'error', msg: 'scheduler did not start; retrying in 30 s', err: String(error) }));
      const { stopScheduler } = await import('./lib/jobs/scheduler');
      await stopScheduler().catch(() => {});
      setTimeout(attempt, 30_000).unref();
    });
  void attempt();
}
