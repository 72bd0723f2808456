// Where the collaboration server is reached. Its local port: COLLAB_PORT, default 3400 (clear of the
// app's 3000, the deploy profile's 3001/3002 and the e2e ports 3100-3199), read by next.config.ts
// (the rewrite of /collab, fixed at build time), scripts/start.ts and scripts/collab-server.ts; the
// Redis several servers share (COLLAB_REDIS_URL); the same-origin path of a story's websocket.
export const DEFAULT_COLLAB_PORT = 3400;

export function collabPort(value = process.env.COLLAB_PORT): number {
  if (value === undefined || value === '') return DEFAULT_COLLAB_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`COLLAB_PORT must be a whole number from 1 to 65535, not "${value}".`);
  return port;
}

/** The Redis several collaboration servers share, or undefined for one server (unset or empty). */
export function collabRedisUrl(value = process.env.COLLAB_REDIS_URL): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || !url.hostname) {
    throw new Error('COLLAB_REDIS_URL must be a redis:// or rediss:// URL with a host (or unset for a single collaboration server).');
  }
  return value;
}

/**
 * The same-origin path a story's websocket opens on (nginx or the Next rewrite forward it). The story
 * is in the path so that, with several collaboration servers, nginx's hash keeps all of a story's
 * editors on one of them.
 */
export const collabPath = (articleId: string) => `/collab/${articleId}`;
