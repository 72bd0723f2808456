// Two co-editing servers sharing one Redis (issue #24, docs/deploy.md "Several collaboration servers"):
// real scripts/collab-server.ts processes with COLLAB_REDIS_URL, real Hocuspocus providers (ws) as
// the editor opens them, the portal's API on instance A. Editors on different servers type at once;
// a save through the API is merged exactly once although both servers hear of it; one server is
// killed with -9 mid-edit and restarted; at the end every copy, the stored state and the revision
// hold each typed sentence exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import path from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { eq } from 'drizzle-orm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connect } from '../../db/connect';
import * as s from '../../db/schema';
import { appendYParagraph, COLLAB_FRAGMENT } from '../../lib/content/ydoc';
import { signCollabTicket } from '../../lib/credentials/collab-ticket';
import type { FaultContext } from './context';
import { Api, check, FaultTestFailure, freePort, sleep, waitFor } from './harness';
import { createArticle, doc, transition } from './world';

interface CollabProcess {
  name: string;
  port: number;
  child: ChildProcess;
  exited: Promise<void>;
}

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** `npm run collab-server` as systemd runs it (own process group, so kill -9 reaches it all). */
async function startCollab(ctx: FaultContext, name: string, port: number, env: NodeJS.ProcessEnv): Promise<CollabProcess> {
  const log = createWriteStream(path.join(ctx.logDir, `${name}.log`), { flags: 'a' });
  log.write(`\n=== start ${new Date().toISOString()} port ${port}\n`);
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(process.cwd(), 'scripts', 'collab-server.ts')], {
    env: { ...env, COLLAB_PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    `${name} to listen on ${port}`,
    async () => {
      if (child.exitCode !== null) throw new FaultTestFailure(`${name} exited with code ${child.exitCode}; see ${name}.log`);
      return (await listening(port)) ? true : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  return { name, port, child, exited };
}

async function signal(p: CollabProcess, sig: NodeJS.Signals): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  try {
    process.kill(-p.child.pid!, sig);
  } catch {
    // already gone
  }
  await Promise.race([p.exited, sleep(15_000)]);
}

const plain = (d: Y.Doc) => d.getXmlFragment(COLLAB_FRAGMENT).toJSON();
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Types into the first paragraph (everyone's same paragraph), at its start. */
function typeIntoFirst(d: Y.Doc, value: string) {
  const first = d.getXmlFragment(COLLAB_FRAGMENT).get(0) as Y.XmlElement;
  (first.get(0) as Y.XmlText).insert(0, value);
}

export async function twoCollabServers(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  check(ctx.redis, 'Redis is not reachable: several collaboration servers need it (COLLAB_REDIS_URL).');
  const { world } = ctx;
  const secret = ctx.baseEnv.AUTH_SECRET!;
  const run = crypto.randomUUID().slice(0, 6);
  const { db, pool } = connect(world.databaseUrl, { max: 2 });
  const providers: HocuspocusProvider[] = [];
  const servers: CollabProcess[] = [];
  try {
    // A second editor, so two people write from two servers.
    const [second] = await db.insert(s.users).values({ email: `bien-tap-2-${run}@faults.test`, name: 'Sự cố biên tập 2', roles: ['editor'], isActive: true }).returning({ id: s.users.id });
    const story = await createArticle(world, ctx.instances.a.url, `Cùng soạn trên hai máy chủ ${run}`);
    const submitted = await transition(world.reporter, ctx.instances.a.url, story.id, 'submit');
    check(submitted.status === 200, `submit: HTTP ${submitted.status} ${submitted.text.slice(0, 200)}`);

    const env = { ...ctx.baseEnv, DATABASE_URL: world.databaseUrl, COLLAB_REDIS_URL: ctx.redis.url, COLLAB_REDIS_PREFIX: `${ctx.redis.prefix}collab`, LOG_LEVEL: 'info' };
    const [port1, port2] = [await freePort(), await freePort()];
    servers.push(await startCollab(ctx, 'collab-1', port1, env), await startCollab(ctx, 'collab-2', port2, env));

    const versionOf = async (userId: string) => (await db.select({ v: s.users.sessionVersion }).from(s.users).where(eq(s.users.id, userId)))[0]!.v;
    const open = (port: number, userId: string) => {
      const provider = new HocuspocusProvider({
        url: `ws://127.0.0.1:${port}/collab/${story.id}`,
        name: story.id,
        token: async () => signCollabTicket({ userId, articleId: story.id, sessionVersion: await versionOf(userId) }, { secret })!.ticket,
        document: new Y.Doc(),
        WebSocketPolyfill: WebSocket,
      } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      providers.push(provider);
      return provider;
    };
    const e1 = open(port1, world.editor.id);
    const e2 = open(port2, second!.id);
    // The reporter may only watch a story in review, here through the second server.
    const watcher = open(port2, world.reporter.id);
    let all = [e1, e2, watcher];
    await waitFor('three providers synced', async () => (all.every((p) => p.isSynced) ? true : undefined), { timeoutMs: 20_000 });
    const converged = async (what: string, timeoutMs = 10_000) => {
      const started = Date.now();
      await waitFor(what, async () => (all.every((p) => plain(p.document) === plain(e1.document)) ? true : undefined), { timeoutMs, intervalMs: 20 });
      return Date.now() - started;
    };

    // 1. Typing at once on both servers, in different places and in the same paragraph.
    const typed: string[] = [];
    for (let i = 0; i < 10; i++) {
      const [one, two] = [`[máy 1 câu ${i}]`, `[máy 2 câu ${i}]`];
      appendYParagraph(e1.document, one);
      typeIntoFirst(e2.document, two);
      typed.push(one, two);
      if (i % 3 === 0) {
        typeIntoFirst(e1.document, `[máy 1 đầu ${i}]`);
        typed.push(`[máy 1 đầu ${i}]`);
      }
      await sleep(15);
    }
    const ms = await converged('both servers\' editors and the watcher converge');
    for (const t of typed) check(count(plain(e1.document), t) === 1, `"${t}" appears ${count(plain(e1.document), t)} times after converging`);
    note(`20+ concurrent edits on two servers converged in all three copies ${ms} ms after the last one`);

    // 2. The watcher's writing is refused by its server and reaches nobody.
    appendYParagraph(watcher.document, '[phóng viên không được viết]');
    await sleep(1500);
    check(!plain(e1.document).includes('[phóng viên không được viết]') && !plain(e2.document).includes('[phóng viên không được viết]'), 'a read-only connection\'s update reached the writers through the other server');
    // Its own copy keeps what it typed (the server only refused it): it leaves.
    watcher.destroy();
    all = [e1, e2];

    // 3. A save through the API while both servers hold the story: both hear of it, it is merged once.
    const editor = new Api(ctx.instances.a.url, world.editor.token);
    const before = await editor.request('GET', `/api/v1/articles/${story.id}`);
    check(before.status === 200, `GET story: HTTP ${before.status}`);
    const viaApi = `[lưu qua API ${run}]`;
    const body = before.json<{ body: { content: unknown[] } }>().body;
    const patched = await editor.request('PATCH', `/api/v1/articles/${story.id}`, { body: { ...body, content: [...body.content, doc(viaApi).content[0]] } }, { 'If-Match': before.headers.get('etag')! });
    check(patched.status === 200, `PATCH during the session: HTTP ${patched.status} ${patched.text.slice(0, 300)}`);
    await waitFor('the API save in every copy', async () => (all.every((p) => plain(p.document).includes(viaApi)) ? true : undefined), { timeoutMs: 10_000 });
    await converged('copies converge after the API save');
    // Wait past a further round of merges and stores: a second merge would show up as a second copy.
    await sleep(3000);
    for (const t of [viaApi, ...typed]) check(count(plain(e1.document), t) === 1, `after the API save "${t}" appears ${count(plain(e1.document), t)} times (merged more than once?)`);
    note('an API save heard by both servers was merged once; nothing typed was lost or doubled');

    // 3b. The second editor suggests on server 2; the first editor, on server 1, asks "save now" before
    // server 2 checkpoints: server 1's revision holds the other's suggestion (not refused and put back).
    const suggestion = '[gợi ý từ máy 2]';
    const suggestionId = crypto.randomUUID();
    const firstText = () => (e2.document.getXmlFragment(COLLAB_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    firstText().insert(0, suggestion, { insertion: { id: suggestionId, authorId: second!.id, createdAt: new Date().toISOString() } });
    await waitFor('the suggestion on server 1', async () => (plain(e1.document).includes(suggestion) ? true : undefined), { timeoutMs: 5000, intervalMs: 10 });
    appendYParagraph(e1.document, '[máy 1 lưu ngay]');
    typed.push(suggestion, '[máy 1 lưu ngay]');
    const answers: Array<{ id?: string; ok?: boolean; writers?: string[] | null; message?: string }> = [];
    e1.on('stateless', ({ payload }: { payload: string }) => answers.push(JSON.parse(payload) as (typeof answers)[number]));
    e1.sendStateless(JSON.stringify({ type: 'checkpoint', id: 'luu-ngay' }));
    const answer = await waitFor('the "save now" answer', async () => answers.find((a) => a.id === 'luu-ngay'), { timeoutMs: 10_000, intervalMs: 20 });
    check(answer.ok === true, `"save now" on server 1 with a suggestion from server 2 was refused: ${answer.message}`);
    check(answer.writers === null, `the answer names writers ${JSON.stringify(answer.writers)} for a revision holding another server's writing`);
    const [saved] = await db.select({ body: s.revisions.body }).from(s.articles).innerJoin(s.revisions, eq(s.revisions.id, s.articles.currentRevisionId)).where(eq(s.articles.id, story.id));
    check(JSON.stringify(saved!.body).includes(suggestionId), 'the revision made on server 1 lacks the suggestion made on server 2');
    await converged('copies converge after the checkpoint');
    check(plain(e2.document).includes(suggestion), 'the suggestion was put back out of the copies');
    note('a checkpoint on server 1 keeps a suggestion made on server 2 and names no writers for the sign-off');

    // 4. The second server killed with -9 while its editor types; restarted on the same port.
    appendYParagraph(e2.document, '[máy 2 trước khi chết]');
    typed.push('[máy 2 trước khi chết]');
    await sleep(50);
    await signal(servers[1]!, 'SIGKILL');
    appendYParagraph(e2.document, '[máy 2 gõ khi máy chủ đã chết]');
    appendYParagraph(e1.document, '[máy 1 gõ khi máy 2 chết]');
    typed.push('[máy 2 gõ khi máy chủ đã chết]', '[máy 1 gõ khi máy 2 chết]');
    await sleep(500);
    servers[1] = await startCollab(ctx, 'collab-2', port2, env);
    const back = await converged('copies converge after the second server came back', 30_000);
    for (const t of [viaApi, ...typed]) check(count(plain(e1.document), t) === 1, `after kill -9 "${t}" appears ${count(plain(e1.document), t)} times`);
    note(`kill -9 of one server mid-edit: its editor reconnected to the restarted server and all copies converged ${back} ms later, nothing lost`);

    // 5. Everyone leaves: the last checkpoint and the stored state hold every sentence once.
    for (const p of providers.splice(0)) p.destroy();
    await waitFor(
      'the last checkpoint',
      async () => {
        const [row] = await db.select({ body: s.revisions.body }).from(s.articles).innerJoin(s.revisions, eq(s.revisions.id, s.articles.currentRevisionId)).where(eq(s.articles.id, story.id));
        const text = JSON.stringify(row?.body ?? '');
        return typed.every((t) => text.includes(t)) ? text : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    ).then((text) => {
      for (const t of [viaApi, ...typed]) check(count(text, t) === 1, `the last revision holds "${t}" ${count(text, t)} times`);
    });
    const [stored] = await db.select({ state: s.articleCollabStates.state }).from(s.articleCollabStates).where(eq(s.articleCollabStates.articleId, story.id));
    const storedDoc = new Y.Doc();
    Y.applyUpdate(storedDoc, stored!.state);
    for (const t of [viaApi, ...typed]) check(count(plain(storedDoc), t) === 1, `the stored state holds "${t}" ${count(plain(storedDoc), t)} times`);
    note('the last revision and the stored state hold every sentence exactly once');
  } finally {
    for (const p of providers) p.destroy();
    await Promise.all(servers.map((p) => signal(p, 'SIGTERM')));
    await pool.end();
  }
}
