import { spawn, type ChildProcess } from 'node:child_process';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { createArticle } from '@/lib/data/articles/create-article';
import { transitionArticle } from '@/lib/data/articles/transition-article';
import { stopScheduler } from '../scheduler';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
const run = crypto.randomUUID().slice(0, 8);
let editor: Viewer;
let leader: Viewer;
let reporter: Viewer;
let sectionId = '';
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'], {
    env: { ...process.env, LATE_AFTER_SECONDS: '2' },
    stdio: 'ignore',
  });
  workers.push(child);
  return child;
}
async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

beforeAll(async () => {
  const make = async (role: 'editor' | 'leader' | 'reporter', personId?: string) => {
    const [u] = await db.insert(s.users).values({ email: `${role}-sched-${run}@test.vn`, name: role, roles: [role], personId }).returning();
    return { kind: 'user', id: u!.id, roles: [role] } as Viewer;
  };
  const [section] = await db.insert(s.sections).values({ slug: `sched-${run}`, name: `Lịch ${run}` }).returning();
  sectionId = section!.id;
  editor = await make('editor');
  leader = await make('leader');
  reporter = await make('reporter');
});
afterAll(async () => {
  await Promise.all(workers.map(stopWorker));
  await stopScheduler();
  await pool.end();
});

async function approvedArticle(title: string) {
  const ref = await createArticle(reporter, { title, sapo: 's', sectionId, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] } });
  await transitionArticle(reporter, ref.id, { event: 'submit' });
  await transitionArticle(editor, ref.id, { event: 'forward_for_approval' });
  await transitionArticle(leader, ref.id, { event: 'approve' });
  return ref.id;
}

async function publishEvents(ids: string[]) {
  return db.select().from(s.workflowEvents).where(inArray(s.workflowEvents.articleId, ids)).orderBy(asc(s.workflowEvents.id));
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('scheduled publishing (pg-boss)', () => {
  it('publishes each scheduled story exactly once, on time, with two worker processes', async () => {
    startWorker();
    startWorker();
    const ids = await Promise.all([0, 1, 2].map((i) => approvedArticle(`Hẹn giờ ${i} ${run}`)));
    const at = new Date(Date.now() + 4000);
    for (const id of ids) await transitionArticle(editor, id, { event: 'schedule', at: at.toISOString() });
    expect((await db.select().from(s.articles).where(inArray(s.articles.id, ids))).map((a) => a.status)).toEqual(['scheduled', 'scheduled', 'scheduled']);

    await waitUntil(async () => (await db.select().from(s.articles).where(inArray(s.articles.id, ids))).every((a) => a.status === 'published'), 50_000);
    const published = await db.select().from(s.articles).where(inArray(s.articles.id, ids));
    for (const a of published) {
      expect(a.publishedAt!.getTime()).toBeGreaterThanOrEqual(at.getTime());
      expect(a.publishedAt!.getTime() - at.getTime()).toBeLessThan(60_000);
    }
    // Let every worker finish whatever it picked up, then count: one publish per story, by the scheduler.
    await new Promise((r) => setTimeout(r, 3000));
    const events = (await publishEvents(ids)).filter((e) => e.event === 'publish');
    expect(events).toHaveLength(3);
    for (const e of events) expect(e.data).toMatchObject({ by: 'scheduler' });
  });

  it('publishes what fell due while no worker ran, once, marked late', async () => {
    await Promise.all(workers.map(stopWorker));
    const id = await approvedArticle(`Trễ hẹn ${run}`);
    await transitionArticle(editor, id, { event: 'schedule', at: new Date(Date.now() + 1500).toISOString() });
    await new Promise((r) => setTimeout(r, 5000)); // overdue, nobody running
    expect((await db.select().from(s.articles).where(eq(s.articles.id, id)))[0]!.status).toBe('scheduled');
    startWorker();
    startWorker();
    await waitUntil(async () => (await db.select().from(s.articles).where(eq(s.articles.id, id)))[0]!.status === 'published', 50_000);
    await new Promise((r) => setTimeout(r, 3000));
    const events = (await publishEvents([id])).filter((e) => e.event === 'publish');
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ late: true, by: 'scheduler' });
  });
});
