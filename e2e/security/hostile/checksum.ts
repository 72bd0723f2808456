// A fingerprint of the stored data a request could change, to prove a refused request changed none.
import { sql } from 'drizzle-orm';
import { withE2eDb } from '../../fixtures/db';

const TABLES = [
  'articles', 'revisions', 'workflow_events', 'approvals', 'article_tags', 'article_authors', 'article_people', 'article_slugs', 'tags',
  'comments', 'preview_links', 'edit_leases', 'media', 'revision_media', 'notifications', 'users', 'password_tokens', 'audit_log',
  'sections', 'people', 'positions', 'units',
];

/** Row count and md5 of every row, per table; api_tokens without last_used_at (every call moves it). */
export async function storedDataChecksum(): Promise<Record<string, string>> {
  return withE2eDb(async (db) => {
    const parts = TABLES.map((table) => `select '${table}' as t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as sum from ${table} x`);
    parts.push(`select 'api_tokens' as t, count(*)::text || ':' || coalesce(md5(string_agg(concat_ws(',', id, user_id, name, revoked_at, expires_at), '|' order by id)), '') from api_tokens`);
    const result = await db.execute<{ t: string; sum: string }>(sql.raw(parts.join(' union all ')));
    return Object.fromEntries(result.rows.map((r) => [r.t, r.sum]));
  });
}
