// Stale tabs and simultaneous decisions across two instances: a save based on an old version never
// overwrites a newer one (API and the editor's server action alike), and of two leaders approving
// at the same moment exactly one succeeds.
import { sql } from 'drizzle-orm';
import { connect } from '../../db/connect';
import { BrowserTab, actionId } from './actions';
import type { FaultContext } from './context';
import { Api, check, inParallel } from './harness';
import { bringToApproval, createArticle, doc, inconsistencies, transition } from './world';

const ROUNDS = 6;

async function revisionTexts(databaseUrl: string, id: string): Promise<{ count: number; current: string; version: number }> {
  const { db, pool } = connect(databaseUrl, { max: 1 });
  try {
    const { rows } = await db.execute<{ count: number; current: string; version: number }>(
      sql`select (select count(*)::int from revisions where article_id = a.id) as count, r.body::text as current, a.version
          from articles a join revisions r on r.id = a.current_revision_id where a.id = ${id}::uuid`,
    );
    return rows[0]!;
  } finally {
    await pool.end();
  }
}

export async function staleTabs(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  const { a, b } = ctx.instances;
  const reporter = new Api(a.url, ctx.world.reporter.token);
  const story = await createArticle(ctx.world, a.url, `Hai thẻ ${Date.now()}`);

  // Tab 1 (via A) and tab 2 (via B) both opened version 1; tab 2 saves first.
  const tab2 = await reporter.on(b.url).request('PATCH', `/api/v1/articles/${story.id}`, { body: doc('Bản của thẻ 2') }, { 'If-Match': story.etag });
  check(tab2.status === 200, `tab 2 save: HTTP ${tab2.status}`);
  const tab1 = await reporter.request('PATCH', `/api/v1/articles/${story.id}`, { body: doc('Bản cũ của thẻ 1') }, { 'If-Match': story.etag });
  check(tab1.status === 412, `the stale tab's save answered ${tab1.status}, not 412`);
  let state = await revisionTexts(ctx.world.databaseUrl, story.id);
  check(state.current.includes('Bản của thẻ 2') && state.count === 2, `after the stale save: ${state.count} revisions, current ${state.current.slice(0, 80)}`);
  note('API: a save on an old ETag via A is refused (412) after a newer save via B; the newer text stays');

  // The editor's own path: the server action with a stale baseVersion, through the other instance.
  const saveAction = actionId(ctx.distDir, 'app/(newsroom)/toa-soan/bai-viet/actions.ts', 'saveArticleAction');
  const tab = new BrowserTab(a.url);
  await tab.signIn(ctx.world.reporter.email, ctx.world.reporter.password);
  const page = `/toa-soan/bai-viet/${story.id}`;
  const input = (text: string, baseVersion: number) => ({ title: story.title, sapo: 'Sapo.', body: doc(text), byline: '', seoTitle: '', seoDescription: '', sectionId: ctx.world.sectionId, tags: [], slug: story.slug, meeting: null, baseVersion });
  const stale = await tab.via(b.url).action(saveAction, page, [story.id, input('Thẻ cũ ghi đè?', 1)]);
  check((stale.result as { code?: string } | undefined)?.code === 'conflict', `stale server-action save answered ${stale.status} ${JSON.stringify(stale.result)}`);
  state = await revisionTexts(ctx.world.databaseUrl, story.id);
  check(state.current.includes('Bản của thẻ 2') && state.count === 2, 'the stale server-action save changed the article');
  note('server action: a save based on version 1 after version 2 exists is refused as a conflict, via either instance');

  // Simultaneous saves on the same version through A and B: one wins, the other is told.
  let version = state.version;
  for (let round = 0; round < ROUNDS; round++) {
    const etag = `"${story.id}.v${version}"`;
    const [x, y] = await Promise.all([
      reporter.request('PATCH', `/api/v1/articles/${story.id}`, { body: doc(`A ${round}`) }, { 'If-Match': etag }),
      reporter.on(b.url).request('PATCH', `/api/v1/articles/${story.id}`, { body: doc(`B ${round}`) }, { 'If-Match': etag }),
    ]);
    const statuses = [x.status, y.status].sort();
    check(statuses[0] === 200 && statuses[1] === 412, `round ${round}: simultaneous saves answered ${x.status} and ${y.status}`);
    const after = await revisionTexts(ctx.world.databaseUrl, story.id);
    const winner = x.status === 200 ? `A ${round}` : `B ${round}`;
    check(after.version === version + 1 && after.current.includes(winner), `round ${round}: version ${after.version}, current ${after.current.slice(0, 60)}`);
    version = after.version;
  }
  note(`${ROUNDS} rounds of simultaneous saves via A and B: each time one 200, one 412, the winner's text kept`);
}

export async function concurrentApprovals(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  const { a, b } = ctx.instances;
  const stories = await inParallel([...Array(ROUNDS).keys()], 3, async (i) => {
    const story = await createArticle(ctx.world, a.url, `Hai lãnh đạo ${i} ${Date.now()}`);
    await bringToApproval(ctx.world, b.url, story.id, false);
    return story;
  });
  for (const story of stories) {
    const [one, two] = await Promise.all([
      transition(ctx.world.leader1, a.url, story.id, 'approve'),
      transition(ctx.world.leader2, b.url, story.id, 'approve'),
    ]);
    const statuses = [one.status, two.status].sort();
    // The loser either lost the guarded UPDATE (409) or already read the winner's version (412: stale If-Match).
    check(statuses[0] === 200 && (statuses[1] === 409 || statuses[1] === 412), `concurrent approvals answered ${one.status} and ${two.status}`);
  }
  const problems = await inconsistencies(ctx.world.databaseUrl, stories.map((s) => s.id));
  check(problems.length === 0, `after concurrent approvals:\n      ${problems.join('\n      ')}`);
  const { db, pool } = connect(ctx.world.databaseUrl, { max: 1 });
  try {
    const { rows } = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from approvals where article_id in (${sql.join(stories.map((s) => sql`${s.id}::uuid`), sql`, `)})`,
    );
    check(rows[0]!.n === ROUNDS, `${rows[0]!.n} sign-offs recorded for ${ROUNDS} stories`);
  } finally {
    await pool.end();
  }
  note(`${ROUNDS} stories approved by two leaders at once (via A and B): one 200 and one 409/412 each, one sign-off each`);
}
