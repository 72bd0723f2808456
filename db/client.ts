// The one Drizzle instance of the app. Only lib/data imports it.
import 'server-only';
import { connect, type Connection } from './connect';
import { databaseUrlFromEnv } from './database-url';

const globalForDb = globalThis as unknown as { portalDb?: Connection };

function getConnection(): Connection {
  if (!globalForDb.portalDb) {
    globalForDb.portalDb = connect(databaseUrlFromEnv(), { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  }
  return globalForDb.portalDb;
}

/** Lazily connected, so importing this module (e.g. during `next build`) opens no connection. */
export const db = new Proxy({} as Connection['db'], {
  get(_target, property) {
    const real = getConnection().db;
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});
