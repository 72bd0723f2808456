// The database a script should use: DATABASE_URL when set, otherwise the embedded server under .data/.
import path from 'node:path';
import { withDatabase } from '../../db/database-url';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../db/embedded';
import { checkConnection, ensureDatabase, runMigrations } from '../../db/setup';

export const EMBEDDED_DATA_DIR = path.join(process.cwd(), '.data', 'postgres');
export const EMBEDDED_DATABASE = 'portal';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  release(): Promise<void>;
}

export async function prepareDatabase(log: (line: string) => void = () => {}): Promise<PreparedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkConnection(external);
    await runMigrations(external);
    return { url: external, embedded: false, release: async () => {} };
  }
  const server: EmbeddedServer = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, log });
  try {
    await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
    const url = withDatabase(server.adminUrl, EMBEDDED_DATABASE);
    await runMigrations(url);
    return { url, embedded: true, release: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
