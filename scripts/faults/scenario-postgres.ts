// PostgreSQL crashes (immediate shutdown) and comes back while writers stream saves through an app
// instance. Every acknowledged save must be there afterwards. While the database is down: the
// process stays alive (/api/health), says it is not ready (/api/ready), the editor's save action
// answers with the Vietnamese "database unavailable" message, and nginx (deploy/nginx.conf) keeps
// serving reader pages it had cached. The instance recovers without a restart.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { connect } from '../../db/connect';
import { withDatabase } from '../../db/database-url';
import { ensureDatabase, runMigrations } from '../../db/setup';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../lib/data/errors';
import { BrowserTab, actionId } from './actions';
import { instanceEnv, type FaultContext } from './context';
import { Api, check, freePort, http, sleep, startInstance, stopInstance, waitFor, type Instance } from './harness';
import { startNginx, type Nginx } from './nginx';
import { RestartablePostgres } from './postgres';
import { bringToApproval, createArticle, doc, seedWorld, transition } from './world';

const WRITERS = 3;
const MAX_SAVES_PER_WRITER = 400;
const STREAM_MS = 16_000;
const CRASH_AFTER_MS = 3000;
const DOWN_FOR_MS = 4000;

interface Ack {
  writer: number;
  id: string;
  marker: string;
  version: number;
  at: number;
}

export async function postgresRestartUnderSaves(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  const pgServer = new RestartablePostgres(path.join(process.cwd(), '.data', 'faults-postgres'), await freePort());
  let instance: Instance | undefined;
  let nginx: Nginx | undefined;
  try {
    await pgServer.create();
    await ensureDatabase(pgServer.url(), 'portal');
    const url = withDatabase(pgServer.url(), 'portal');
    await runMigrations(url);
    const world = await seedWorld(url);
    instance = await startInstance({ name: 'C', port: await freePort(), env: instanceEnv(ctx, url, { DATABASE_POOL_SIZE: '5' }), logDir: ctx.logDir });
    const c = instance;

    // A published story for the reader-page checks, and one draft per writer.
    const published = await createArticle(world, c.url, `Tin đã đăng ${Date.now()}`);
    await bringToApproval(world, c.url, published.id, true);
    check((await transition(world.editor, c.url, published.id, 'publish')).status === 200, 'could not publish the reader story');
    const drafts = await Promise.all([...Array(WRITERS).keys()].map((w) => createArticle(world, c.url, `Người viết ${w} ${Date.now()}`)));
    const tab = new BrowserTab(c.url);
    await tab.signIn(world.reporter.email, world.reporter.password);
    const saveAction = actionId(ctx.distDir, 'app/(newsroom)/toa-soan/bai-viet/actions.ts', 'saveArticleAction');

    if (ctx.nginx) {
      nginx = await startNginx(ctx.nginx, path.join(ctx.runDir, 'nginx'), [c.port], await freePort());
      for (const page of ['/', `/bai-viet/${published.slug}`]) {
        const first = await http(`${nginx.url}${page}`);
        check(first.status === 200, `nginx ${page}: HTTP ${first.status}`);
        const second = await http(`${nginx.url}${page}`);
        check(second.headers.get('x-cache-status') === 'HIT', `nginx did not keep ${page} (second request: ${second.headers.get('x-cache-status')}, Cache-Control ${first.headers.get('cache-control')})`);
      }
      const newsroom = await http(`${nginx.url}/toa-soan`);
      check(newsroom.headers.get('x-cache-status') === 'BYPASS', `nginx /toa-soan: cache status ${newsroom.headers.get('x-cache-status')}`);
      note('nginx micro-cache: reader pages HIT on the second request; /toa-soan bypasses the cache');
    }

    // The writers: sequential saves, each based on the version the previous one returned (as the
    // editor's autosave does); after a failure, read the current version and send the same text again.
    const acks: Ack[] = [];
    const failures: number[] = Array(WRITERS).fill(0);
    // At least STREAM_MS, and at least 5 s after the database is back (set below), however long the
    // checks made while it was down took on a busy machine.
    let stopAt = Date.now() + STREAM_MS;
    const writer = async (w: number) => {
      const api = new Api(c.url, world.reporter.token);
      const story = drafts[w]!;
      let etag = story.etag;
      let n = 0;
      for (let attempt = 0; attempt < MAX_SAVES_PER_WRITER * 4 && n < MAX_SAVES_PER_WRITER && Date.now() < stopAt; attempt++) {
        const marker = `luu-${w}-${n}`;
        const res = await api.request('PATCH', `/api/v1/articles/${story.id}`, { body: doc(`Nội dung ${marker}`) }, { 'If-Match': etag }, 5000);
        if (res.status === 200) {
          etag = res.headers.get('etag')!;
          acks.push({ writer: w, id: story.id, marker, version: Number(/\.v(\d+)"$/.exec(etag)![1]), at: Date.now() });
          n++;
          continue;
        }
        failures[w]!++;
        if (res.status === 412) {
          const current = await api.request('GET', `/api/v1/articles/${story.id}`, undefined, {}, 5000);
          if (current.status === 200) etag = current.headers.get('etag')!;
        }
        await sleep(150);
      }
    };
    const writing = Promise.all([...Array(WRITERS).keys()].map(writer));

    await sleep(CRASH_AFTER_MS);
    const acksBeforeCrash = acks.length;
    await pgServer.crash();
    const crashedAt = Date.now();
    note(`PostgreSQL crashed (immediate shutdown) after ${acksBeforeCrash} acknowledged saves`);

    // While it is down.
    const healthDown = await http(`${c.url}/api/health`, { timeoutMs: 3000 });
    check(healthDown.status === 200, `/api/health while the database is down: HTTP ${healthDown.status}`);
    const readyDown = await http(`${c.url}/api/ready`, { timeoutMs: 5000 });
    check(readyDown.status === 503, `/api/ready while the database is down: HTTP ${readyDown.status}`);
    const input = { title: drafts[0]!.title, sapo: 'Sapo.', body: doc('Viết trong lúc mất kết nối'), byline: '', seoTitle: '', seoDescription: '', sectionId: world.sectionId, tags: [], slug: drafts[0]!.slug, meeting: null, baseVersion: 1 };
    const saveDown = await tab.action(saveAction, `/toa-soan/bai-viet/${drafts[0]!.id}`, [drafts[0]!.id, input], 15_000);
    check(
      JSON.stringify(saveDown.result) === JSON.stringify({ ok: false, code: 'unavailable', message: DATABASE_UNAVAILABLE_MESSAGE }),
      `the editor's save while the database is down answered HTTP ${saveDown.status}: ${JSON.stringify(saveDown.result) ?? saveDown.body.slice(0, 300)}`,
    );
    note(`database down: /api/health 200, /api/ready 503, the save action answers “${DATABASE_UNAVAILABLE_MESSAGE.slice(0, 60)}…”`);
    const directPage = await http(`${c.url}/bai-viet/${published.slug}`, { timeoutMs: 10_000 });
    note(`database down: the instance itself answers the story page with HTTP ${directPage.status} (from its own cache when it rendered the page before)`);
    if (nginx) {
      for (const page of ['/', `/bai-viet/${published.slug}`]) {
        const stale = await http(`${nginx.url}${page}`, { timeoutMs: 10_000 });
        check(stale.status === 200 && (page === '/' || stale.text.includes(published.title)), `nginx ${page} while the database is down: HTTP ${stale.status} (${stale.headers.get('x-cache-status')})`);
      }
      // A page nginx never had: the error reaches the reader, but is not kept as the page.
      const never = `/tim-kiem?q=chua-tung-xem-${Date.now()}`;
      const miss1 = await http(`${nginx.url}${never}`, { timeoutMs: 10_000 });
      const miss2 = await http(`${nginx.url}${never}`, { timeoutMs: 10_000 });
      check(miss1.status >= 500 && miss2.headers.get('x-cache-status') !== 'HIT', `nginx kept an error page: ${miss1.status} then ${miss2.status} ${miss2.headers.get('x-cache-status')}`);
      note('database down: nginx still serves the home page and the story from its cache, and never stores an error page');
    }

    await sleep(Math.max(0, DOWN_FOR_MS - (Date.now() - crashedAt)));
    await pgServer.start();
    const restartedAt = Date.now();
    await waitFor('the instance to be ready again on its own', async () => ((await http(`${c.url}/api/ready`, { timeoutMs: 3000 })).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
    note(`PostgreSQL back after ${((restartedAt - crashedAt) / 1000).toFixed(1)} s; /api/ready 200 again ${((Date.now() - restartedAt) / 1000).toFixed(1)} s later, without restarting the app`);
    stopAt = Math.max(stopAt, Date.now() + 5000);

    await writing;
    const afterRestart = acks.filter((a) => a.at > restartedAt);
    for (let w = 0; w < WRITERS; w++) check(afterRestart.some((a) => a.writer === w), `writer ${w} saved nothing after the database came back`);
    note(`${acks.length} saves acknowledged in all (${afterRestart.length} after the restart), ${failures.reduce((x, y) => x + y, 0)} attempts failed and were retried`);

    // Every acknowledged save is in the database, as an immutable revision with its text.
    const { db, pool } = connect(url, { max: 1 });
    try {
      for (const story of drafts) {
        const { rows } = await db.execute<{ body: string; number: number }>(sql`select body::text as body, number from revisions where article_id = ${story.id}::uuid order by number`);
        const texts = rows.map((r) => r.body).join('\n');
        const mine = acks.filter((a) => a.id === story.id);
        const missing = mine.filter((a) => !texts.includes(`Nội dung ${a.marker}"`));
        check(missing.length === 0, `acknowledged saves missing after the restart: ${missing.map((m) => m.marker).join(', ')}`);
        check(rows.every((r, i) => r.number === i + 1), `revision numbers of ${story.id} have gaps`);
        const [article] = (await db.execute<{ version: number; current: string }>(sql`select a.version, r.body::text as current from articles a join revisions r on r.id = a.current_revision_id where a.id = ${story.id}::uuid`)).rows;
        const last = mine.at(-1);
        if (last) {
          check(article!.version >= last.version, `${story.id}: version ${article!.version} is older than the last acknowledged ${last.version}`);
          check(article!.version > last.version || article!.current.includes(`Nội dung ${last.marker}"`), `${story.id}: the last acknowledged save is not the current text`);
        }
      }
    } finally {
      await pool.end();
    }
    note('every acknowledged save is present; revision numbers have no gaps; no article went back to an older version');

    if (nginx) {
      await sleep(6000); // past PUBLIC_S_MAXAGE (5 s in the fault build): the next copy comes from the app again
      await http(`${nginx.url}/`);
      const fresh = await waitFor('nginx to fetch a fresh home page', async () => {
        const res = await http(`${nginx!.url}/`);
        return res.status === 200 && res.headers.get('x-cache-status') === 'HIT' ? res : undefined;
      }, { timeoutMs: 10_000, intervalMs: 500 });
      check(fresh.status === 200, 'nginx did not recover');
    }
  } finally {
    await nginx?.stop();
    if (instance) await stopInstance(instance);
    await pgServer.stop();
    pgServer.remove();
  }
}
