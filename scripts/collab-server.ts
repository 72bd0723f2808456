// npm run collab-server: the co-editing websocket server (Hocuspocus, lib/collab/server.ts) on
// 127.0.0.1:COLLAB_PORT. `npm start` runs it beside Next.js and restarts it if it crashes; in the
// deploy profile systemd runs it (deploy/portal-collab@.service) and nginx forwards /collab to it.
// Needs the app's DATABASE_URL and AUTH_SECRET (the tickets are signed with a key derived from it);
// COLLAB_REDIS_URL when more than one runs.
import { fail, runCli } from './lib/cli';

runCli(async () => {
  if (!process.env.DATABASE_URL) fail('DATABASE_URL is not set: the collaboration server uses the portal database (npm start sets it).');
  if (!process.env.AUTH_SECRET) fail('AUTH_SECRET is not set: it must be the same secret as the portal app (npm start sets it).');
  const { collabPort, collabRedisUrl } = await import('../lib/collab/port');
  let port: number;
  // Several collaboration servers share one Redis (docs/deploy.md, "Several collaboration servers").
  let redisUrl: string | undefined;
  try {
    port = collabPort();
    redisUrl = collabRedisUrl();
  } catch (error) {
    fail((error as Error).message);
  }
  const { log } = await import('../lib/log/logger');
  const { startCollabServer } = await import('../lib/collab/server');
  const server = await startCollabServer({
    port,
    host: process.env.COLLAB_HOST || '127.0.0.1',
    log: log.child({ area: 'collab' }),
    ...(redisUrl ? { redis: { url: redisUrl, prefix: process.env.COLLAB_REDIS_PREFIX || 'portal-collab' } } : {}),
  });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // Destroying the server stores every open document first.
  await server.stop();
});
