// Co-editing's cost (issue #24), measured on the real collaboration server (scripts/collab-server.ts
// in its own process, on the benchmark database) with the editor's own connection code
// (lib/collab/client.ts: presence, heartbeat, timeouts as the browser runs them):
//   - a lone editor with a story open and idle: messages on the wire both ways, counted for
//     `minutes` and given per hour (target: at most 60), and the HTTP requests it makes (tickets);
//   - memory per open story: the server's resident memory with `stories` stories open (one
//     watcher each) against none, divided.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HEARTBEAT_MS, MAX_CONNECTIONS_PER_USER, openLiveConnection, type LiveConnection } from '../../lib/collab/client';
import { signCollabTicket } from '../../lib/credentials/collab-ticket';
import { usage } from './proc';
import { freePort, spawnServer } from './server';

export interface CollabResult {
  /** connectMessages: both ways during the first 35 s (sync, presence, the server forgetting the lone presence once). */
  lone: { minutes: number; toServer: number; fromServer: number; tickets: number; perHourToServer: number; perHourBoth: number; connectMessages: number };
  memory: { stories: number; beforeMb: number; afterMb: number; perStoryKb: number; averageStateKb: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Node's ws, counting what goes each way (frames of the Yjs/Hocuspocus protocol). */
function countingSocket(counts: { out: number; in: number }) {
  return class CountingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.addEventListener('message', () => counts.in++);
    }
    override send(data: unknown, ...rest: unknown[]): void {
      counts.out++;
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  };
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export async function measureCoediting(options: { databaseUrl: string; minutes: number; stories: number; log: (line: string) => void }): Promise<CollabResult> {
  const { log } = options;
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  let server: Awaited<ReturnType<typeof spawnServer>> | null = null;
  const open: LiveConnection[] = [];
  try {
    const editor = (await db.query<{ id: string; session_version: number }>(`select id, session_version from users where email = 'bench-bientap@bench.local' limit 1`)).rows[0];
    if (!editor) throw new Error('no bench editor account');
    const stories = (await db.query<{ id: string }>(`select id from articles order by created_at desc limit $1`, [options.stories + 1])).rows.map((r) => r.id);
    if (stories.length < 2) throw new Error('not enough stories');
    // Live co-editing on, as a site that uses it has it (off, every connection only watches).
    await db.query(`insert into site_settings (id, agency_name, site_title, live_coediting) values (1, 'Cơ quan', 'Cổng thông tin', true) on conflict (id) do update set live_coediting = true`);
    // The server lets one account hold MAX_CONNECTIONS_PER_USER stories open: the stories are opened by
    // as many editors as that takes (the bench database's own accounts, made here when missing).
    const editors = [editor];
    for (let k = 1; k < Math.ceil(options.stories / MAX_CONNECTIONS_PER_USER); k++) {
      const email = `bench-cungsoan-${k}@bench.local`;
      await db.query(`insert into users (email, name, roles) select $1, $2, '{editor}' where not exists (select 1 from users where lower(email) = $1)`, [email, `Biên tập viên cùng soạn ${k}`]);
      editors.push((await db.query<{ id: string; session_version: number }>(`select id, session_version from users where email = $1`, [email])).rows[0]!);
    }
    // The tickets are signed here with the secret the server checks them with.
    const secret = randomBytes(32).toString('base64url');
    const previousSecret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = secret;
    const port = await freePort();
    server = await spawnServer('collab', process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(process.cwd(), 'scripts', 'collab-server.ts')], {
      env: { ...process.env, DATABASE_URL: options.databaseUrl, AUTH_SECRET: secret, COLLAB_PORT: String(port), LOG_LEVEL: 'warn' },
      port,
      readyPath: '/',
      timeoutMs: 30_000,
    });
    const url = `ws://127.0.0.1:${port}/collab`;
    let tickets = 0;
    const connect = (articleId: string, counts: { out: number; in: number }, as = editor) =>
      openLiveConnection({
        url,
        articleId,
        document: new Y.Doc(),
        token: async () => {
          tickets++;
          return signCollabTicket({ userId: as.id, articleId, sessionVersion: as.session_version })!.ticket;
        },
        WebSocketPolyfill: countingSocket(counts),
      });

    // A lone editor, idle.
    const lone = { out: 0, in: 0 };
    const first = connect(stories[0]!, lone);
    open.push(first);
    first.provider.setAwarenessField('user', { id: editor.id, name: 'Biên tập viên', color: '#1d4ed8' });
    await waitFor(() => first.provider.isSynced, 30_000, 'the lone editor to sync');
    // Counted with the connection: the server forgets a presence nobody renews after 30 s and says so
    // once (a lone editor does not renew it: lib/collab/client.ts). The idle window starts after that.
    await sleep(35_000);
    const connectMessages = lone.out + lone.in;
    lone.out = 0;
    lone.in = 0;
    log(`  lone editor: connected with ${connectMessages} messages; idle for ${options.minutes} min (heartbeat every ${HEARTBEAT_MS / 1000} s)...`);
    const ticketsAtStart = tickets;
    await sleep(options.minutes * 60_000);
    const perHour = 60 / options.minutes;
    const loneResult = {
      minutes: options.minutes,
      toServer: lone.out,
      fromServer: lone.in,
      tickets: tickets - ticketsAtStart,
      perHourToServer: lone.out * perHour,
      perHourBoth: (lone.out + lone.in) * perHour,
      connectMessages,
    };
    first.close();
    open.length = 0;
    await sleep(3_000);

    // Memory per open story: the server with none open, then with `stories` open.
    const before = usage(server.pid)?.rssBytes ?? 0;
    const counts = { out: 0, in: 0 };
    for (const [i, id] of stories.slice(1, options.stories + 1).entries()) open.push(connect(id, counts, editors[Math.floor(i / MAX_CONNECTIONS_PER_USER)]));
    await waitFor(() => open.every((c) => c.provider.isSynced), 120_000, 'every story to open');
    await sleep(2_000);
    const after = usage(server.pid)?.rssBytes ?? 0;
    const sizes = (await db.query<{ bytes: string }>(`select octet_length(state)::text as bytes from article_collab_states where article_id = any($1::uuid[])`, [stories.slice(1, options.stories + 1)])).rows.map((r) => Number(r.bytes));
    const memory = {
      stories: open.length,
      beforeMb: before / 1_048_576,
      afterMb: after / 1_048_576,
      perStoryKb: (after - before) / open.length / 1024,
      averageStateKb: sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024 : 0,
    };
    if (previousSecret === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = previousSecret;
    return { lone: loneResult, memory };
  } finally {
    for (const c of open) c.close();
    await server?.stop();
    await db.end();
  }
}
