// The e2e database (prepared by `npm test`), for stories in states the demo content has not:
// embargoed, withdrawn, just published. Each call opens and closes its own small pool.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connect';

/** The shared e2e database helper, under the name these specs use. */
export { withE2eDb as withPublicDb } from '../fixtures/db';

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
