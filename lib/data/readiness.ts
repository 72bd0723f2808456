// Readiness for a load balancer (GET /api/ready): the database answers and every migration this
// build ships with has been applied. Added for running several instances (docs/deploy.md).
import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import journal from '@/db/migrations/meta/_journal.json';

export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: 'database_unreachable' | 'migrations_pending'; detail: string };

/** The newest migration this build expects (drizzle records each one's `when` as created_at). */
const expectedMigration = Math.max(0, ...journal.entries.map((entry) => entry.when));

/** Never throws; gives up after `timeoutMs` so a dead database cannot hang the probe. */
export async function checkReadiness(timeoutMs = 2000): Promise<Readiness> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: 'database_unreachable', detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const probe = (async (): Promise<Readiness> => {
    try {
      const result = await db.execute<{ applied: string | null; count: string }>(
        sql`select max(created_at)::text as applied, count(*)::text as count from drizzle.__drizzle_migrations`,
      );
      const row = result.rows[0];
      const applied = Number(row?.applied ?? 0);
      if (applied < expectedMigration) {
        return { ready: false, reason: 'migrations_pending', detail: `run \`npm run db:migrate\`: ${journal.entries.length} migrations expected, ${row?.count ?? 0} applied` };
      }
      return { ready: true, migrations: Number(row?.count ?? 0) };
    } catch (error) {
      const e = error as { code?: string; cause?: { code?: string } };
      // 42P01: no migrations table at all (a database nobody migrated yet).
      if (e.code === '42P01' || e.cause?.code === '42P01') {
        return { ready: false, reason: 'migrations_pending', detail: 'run `npm run db:migrate`: no migration has been applied' };
      }
      return { ready: false, reason: 'database_unreachable', detail: 'the database did not answer' };
    }
  })();
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
