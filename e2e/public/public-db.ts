// The e2e database (prepared by `npm test`), for stories in states the demo content has not:
// embargoed, withdrawn, just published. Each call opens and closes its own small pool.
import { sql } from 'drizzle-orm';
import { connect, type Database } from '../../db/connect';

export async function withPublicDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the e2e tests through `npm test`.');
  const { db, pool } = connect(url, { max: 1 });
  try {
    return await work(db);
  } finally {
    await pool.end();
  }
}

/** Slugs readers may see, written out independently of the app's isPublic(). */
export async function publicSlugs(db: Database, where = sql`true`): Promise<string[]> {
  const { rows } = await db.execute<{ slug: string }>(sql`
    select a.slug from articles a left join sections s on s.id = a.section_id
    where a.live_revision_id is not null and a.published_at is not null
      and a.status not in ('unpublished', 'archived')
      and (a.embargo_until is null or a.embargo_until <= now()) and ${where}
    order by a.published_at desc, a.id desc`);
  return rows.map((r) => r.slug);
}
