// The people and section every fault scenario works with, written straight into a fresh database
// (real argon2 hashes and API tokens, as the e2e fixtures do), and the article steps through the API.
import { sql } from 'drizzle-orm';
import { connect } from '../../db/connect';
import * as s from '../../db/schema';
import { hashPassword } from '../../lib/credentials/password';
import { newSecretToken } from '../../lib/credentials/secret-token';
import { Api, check, type HttpResult } from './harness';

export interface Staff {
  id: string;
  email: string;
  password: string;
  token: string;
}

export interface World {
  databaseUrl: string;
  sectionId: string;
  reporter: Staff;
  editor: Staff;
  leader1: Staff;
  leader2: Staff;
}

const run = crypto.randomUUID().slice(0, 6);

export async function seedWorld(databaseUrl: string): Promise<World> {
  const { db, pool } = connect(databaseUrl, { max: 2 });
  try {
    const [section] = await db.insert(s.sections).values({ slug: `su-co-${run}`, name: 'Kinh tế (kiểm thử sự cố)' }).returning({ id: s.sections.id });
    const make = async (label: string, roles: Array<'reporter' | 'editor' | 'leader'>): Promise<Staff> => {
      const email = `${label}-${run}@faults.test`;
      const password = `mk-${crypto.randomUUID()}`;
      const [user] = await db
        .insert(s.users)
        .values({ email, name: `Sự cố ${label}`, roles, passwordHash: await hashPassword(password), isActive: true })
        .returning({ id: s.users.id });
      const { token, hash, display } = newSecretToken('ktw');
      await db.insert(s.apiTokens).values({ userId: user!.id, name: `faults ${run}`, tokenHash: hash, prefix: display });
      return { id: user!.id, email, password, token };
    };
    return {
      databaseUrl,
      sectionId: section!.id,
      reporter: await make('phong-vien', ['reporter']),
      editor: await make('bien-tap', ['editor']),
      leader1: await make('lanh-dao-1', ['leader']),
      leader2: await make('lanh-dao-2', ['leader']),
    };
  } finally {
    await pool.end();
  }
}

export const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export interface Created {
  id: string;
  slug: string;
  title: string;
  etag: string;
}

function expectStatus(res: HttpResult, status: number, what: string): void {
  check(res.status === status, `${what}: expected HTTP ${status}, got ${res.status}: ${res.text.slice(0, 300)}`);
}

export async function createArticle(world: World, base: string, title: string, extra: Record<string, unknown> = {}): Promise<Created> {
  const res = await new Api(base, world.reporter.token).request('POST', '/api/v1/articles', {
    title,
    sapo: `Sapo của ${title}.`,
    sectionId: world.sectionId,
    body: doc(`Nội dung của ${title}.`),
    byline: 'TTTTPT&DBKT',
    ...extra,
  });
  expectStatus(res, 201, `create "${title}"`);
  const body = res.json<{ id: string; slug: string }>();
  return { id: body.id, slug: body.slug, title, etag: res.headers.get('etag')! };
}

export async function transition(who: Staff, base: string, id: string, event: string, extra: Record<string, unknown> = {}): Promise<HttpResult> {
  const api = new Api(base, who.token);
  if (event !== 'approve') return api.request('POST', `/api/v1/articles/${id}/transitions`, { event, ...extra });
  // Approving names the version read: the API requires If-Match for it.
  const etag = (await api.request('GET', `/api/v1/articles/${id}`)).headers.get('etag');
  return api.request('POST', `/api/v1/articles/${id}/transitions`, { event, ...extra }, etag ? { 'If-Match': etag } : {});
}

/** draft -> in_review -> awaiting_approval (-> approved when `approve`). */
export async function bringToApproval(world: World, base: string, id: string, approve: boolean): Promise<void> {
  expectStatus(await transition(world.reporter, base, id, 'submit'), 200, 'submit');
  expectStatus(await transition(world.editor, base, id, 'forward_for_approval'), 200, 'forward_for_approval');
  if (approve) expectStatus(await transition(world.leader1, base, id, 'approve'), 200, 'approve');
}

/**
 * The rules every article must satisfy whatever happened to the process that was changing it:
 * status, live revision, projection, sign-off and audit trail agree, and the version counts the
 * audit rows (each state change writes exactly one, in the same transaction).
 */
export async function inconsistencies(databaseUrl: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { db, pool } = connect(databaseUrl, { max: 1 });
  try {
    const idList = sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const { rows } = await db.execute<{
      id: string;
      status: string;
      version: number;
      live: string | null;
      approved: string | null;
      published_at: string | null;
      events: number;
      publishes: number;
      approvals_n: number;
      approve_events: number;
      searchable: number;
      revisions_n: number;
      last_event_to: string | null;
    }>(sql`
      select a.id, a.status, a.version, a.live_revision_id as live, a.approved_revision_id as approved, a.published_at,
        (select count(*)::int from workflow_events e where e.article_id = a.id) as events,
        (select count(*)::int from workflow_events e where e.article_id = a.id and e.event = 'publish') as publishes,
        (select count(*)::int from approvals p where p.article_id = a.id) as approvals_n,
        (select count(*)::int from workflow_events e where e.article_id = a.id and e.event = 'approve') as approve_events,
        (select count(*)::int from article_search x where x.article_id = a.id) as searchable,
        (select count(*)::int from revisions r where r.article_id = a.id) as revisions_n,
        (select e.to_status from workflow_events e where e.article_id = a.id order by e.created_at desc, e.id desc limit 1) as last_event_to
      from articles a where a.id in (${idList})`);
    const problems: string[] = [];
    check(rows.length === ids.length, `expected ${ids.length} articles, found ${rows.length}`);
    for (const r of rows) {
      const published = r.status === 'published';
      const say = (what: string) => problems.push(`${r.id} (${r.status}, v${r.version}): ${what}`);
      if (published !== (r.live !== null)) say(`live revision ${r.live ? 'set' : 'missing'}`);
      if (published && r.live !== r.approved) say('live revision is not the approved one');
      if (published !== (r.published_at !== null)) say('published_at disagrees with the status');
      if (r.publishes !== (published ? 1 : 0)) say(`${r.publishes} publish events`);
      if (published !== (r.searchable === 1)) say(`${r.searchable} public search rows`);
      if (r.approvals_n !== r.approve_events) say(`${r.approvals_n} sign-offs but ${r.approve_events} approve events`);
      if (r.version !== r.events) say(`version ${r.version} but ${r.events} audit rows`);
      if (r.last_event_to !== r.status) say(`last audit row ends in ${r.last_event_to}`);
      if (r.revisions_n !== 1) say(`${r.revisions_n} revisions (no content was saved in this scenario)`);
    }
    return problems;
  } finally {
    await pool.end();
  }
}
