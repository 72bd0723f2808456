// kill -9 an instance while it publishes a batch of stories: afterwards every story's status, live
// revision, public projection, sign-off and audit rows agree, every acknowledged publish is there,
// and the interrupted ones publish normally once retried.
import { sql } from 'drizzle-orm';
import { connect } from '../../db/connect';
import { restart, type FaultContext } from './context';
import { check, inParallel, killHard, sleep } from './harness';
import { bringToApproval, createArticle, inconsistencies, transition } from './world';

const BATCH = 16;
const ROUNDS = 3;

async function statuses(databaseUrl: string, ids: string[]): Promise<Map<string, string>> {
  const { db, pool } = connect(databaseUrl, { max: 1 });
  try {
    const { rows } = await db.execute<{ id: string; status: string }>(sql`select id, status from articles where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
    return new Map(rows.map((r) => [r.id, r.status]));
  } finally {
    await pool.end();
  }
}

export async function killDuringPublish(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  let landedMidway = false;
  for (let round = 1; round <= ROUNDS && !landedMidway; round++) {
    const { a, b } = ctx.instances;
    const stories = await inParallel([...Array(BATCH).keys()], 4, async (i) => {
      const story = await createArticle(ctx.world, b.url, `Bị ngắt ${round}-${i} ${Date.now()}`);
      await bringToApproval(ctx.world, b.url, story.id, true);
      return story;
    });
    const ids = stories.map((s) => s.id);

    // All publishes at once through A; A dies as soon as the first one is acknowledged.
    let firstAck: () => void = () => {};
    const first = new Promise<void>((resolve) => (firstAck = resolve));
    const calls = stories.map((s) =>
      transition(ctx.world.editor, a.url, s.id, 'publish').then((res) => {
        if (res.status === 200) firstAck();
        return res;
      }),
    );
    await Promise.race([first, sleep(10_000)]);
    await killHard(a);
    const answers = await Promise.all(calls);
    const acknowledged = ids.filter((_, i) => answers[i]!.status === 200);

    const problems = await inconsistencies(ctx.world.databaseUrl, ids);
    check(problems.length === 0, `right after kill -9 (round ${round}):\n      ${problems.join('\n      ')}`);
    const after = await statuses(ctx.world.databaseUrl, ids);
    for (const id of acknowledged) check(after.get(id) === 'published', `publish of ${id} was acknowledged but the story is ${after.get(id)}`);
    const committed = ids.filter((id) => after.get(id) === 'published').length;
    for (const id of ids) check(['published', 'approved'].includes(after.get(id)!), `${id} is ${after.get(id)}: neither published nor still approved`);
    note(`round ${round}: ${acknowledged.length} publishes acknowledged before kill -9, ${committed} committed, ${BATCH - committed} interrupted and rolled back`);
    landedMidway = committed > 0 && committed < BATCH;

    // A comes back on its own port; the interrupted stories are published through either instance.
    const restarted = await restart(ctx, 'a');
    for (const [i, id] of ids.entries()) {
      if (after.get(id) !== 'approved') continue;
      const res = await transition(ctx.world.editor, i % 2 ? restarted.url : b.url, id, 'publish');
      check(res.status === 200, `retrying the interrupted publish of ${id}: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    }
    const finalProblems = await inconsistencies(ctx.world.databaseUrl, ids);
    check(finalProblems.length === 0, `after retrying (round ${round}):\n      ${finalProblems.join('\n      ')}`);
    const final = await statuses(ctx.world.databaseUrl, ids);
    check(ids.every((id) => final.get(id) === 'published'), 'not every story is published after retrying');
  }
  check(landedMidway, `in ${ROUNDS} rounds the kill never landed in the middle of a batch (all or none had committed); the test proved nothing`);
  note('every story consistent: status, live revision, search projection, sign-off and audit rows agree; version = number of audit rows');
}
