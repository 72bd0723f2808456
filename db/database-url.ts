/**
 * The app process never starts a database itself: `npm start` (scripts/start.ts) starts the embedded
 * server when DATABASE_URL is unset and hands its URL to Next.js. Reaching this error means Next.js
 * was started some other way.
 */
export function databaseUrlFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the portal with `npm start` (it starts an embedded PostgreSQL), or set DATABASE_URL.',
    );
  }
  return url;
}

/** host:port/database of a postgres URL, without credentials, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Same server, another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
