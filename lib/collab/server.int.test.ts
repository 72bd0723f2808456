// The co-editing server against real PostgreSQL, a real websocket server on a random port and real
// HocuspocusProvider clients (ws as the WebSocket of Node 20).
import { HocuspocusProvider } from '@hocuspocus/provider';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { appendYParagraph, COLLAB_FRAGMENT, contentFromYDoc } from '@/lib/content/ydoc';
import { signCollabTicket } from '@/lib/credentials/collab-ticket';
import { createArticle } from '@/lib/data/articles/create-article';
import { saveArticle } from '@/lib/data/articles/save-article';
import { transitionArticle } from '@/lib/data/articles/transition-article';
import { setUserActive } from '@/lib/data/users/admin';
import type { Role, Viewer } from '@/lib/policy/roles';
import { startCollabServer, TOO_MANY_CONNECTIONS, type CollabServer } from './server';

process.env.AUTH_SECRET ||= 'collab-int-test-secret';
const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
const run = crypto.randomUUID().slice(0, 8);
const quiet = pino({ level: process.env.COLLAB_LOG ?? 'silent' });
let sectionId = '';
const servers: CollabServer[] = [];
const providers: HocuspocusProvider[] = [];
const WAIT = { timeout: 20_000, interval: 20 };

async function user(roles: Role[]): Promise<Viewer & { kind: 'user' }> {
  const [u] = await db.insert(s.users).values({ email: `${roles.join('-')}-${crypto.randomUUID().slice(0, 8)}-${run}@collab.test`, name: `Người ${run}`, roles }).returning();
  return { kind: 'user', id: u!.id, roles };
}

const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) });

async function story(author: Viewer, text = 'Nội dung ban đầu.') {
  return createArticle(author, { title: `Bài cùng soạn ${run} ${crypto.randomUUID().slice(0, 6)}`, sapo: 'Sapo.', sectionId, body: doc(text) });
}

/** A real ticket as the app signs it: the user's current session version. */
async function ticket(userId: string, articleId: string, options: { now?: number; secret?: string } = {}): Promise<string> {
  const [row] = await db.select({ v: s.users.sessionVersion }).from(s.users).where(eq(s.users.id, userId));
  return signCollabTicket({ userId, articleId, sessionVersion: row!.v }, options)!.ticket;
}

async function server(options: { maxStateBytes?: number; maxConnectionsPerUser?: number; debounceMs?: number; maxDebounceMs?: number } = {}): Promise<CollabServer> {
  const started = await startCollabServer({ port: 0, log: quiet, debounceMs: 50, ...options });
  servers.push(started);
  return started;
}

function client(srv: CollabServer, articleId: string, token: () => Promise<string>) {
  const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${srv.port}/collab`, name: articleId, token, document: new Y.Doc(), WebSocketPolyfill: WebSocket } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  providers.push(provider);
  const result = {
    provider,
    doc: provider.document,
    failures: [] as string[],
    closes: [] as number[],
    reasons: [] as string[],
    scope: null as string | null,
  };
  provider.on('authenticated', ({ scope }: { scope: string }) => (result.scope = scope));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => result.failures.push(reason));
  provider.on('close', ({ event }: { event: { code: number; reason: string } }) => {
    result.closes.push(event.code);
    result.reasons.push(event.reason);
  });
  return result;
}

const text = (d: Y.Doc) => d.getXmlFragment(COLLAB_FRAGMENT).toJSON();
const plain = (d: Y.Doc) => JSON.stringify(contentFromYDoc(d)).match(/"text":"[^"]*"/g)?.join('') ?? '';

async function synced(c: { provider: HocuspocusProvider }) {
  await vi.waitFor(() => expect(c.provider.isSynced).toBe(true), WAIT);
}

function storedState(articleId: string) {
  return db.select({ state: s.articleCollabStates.state }).from(s.articleCollabStates).where(eq(s.articleCollabStates.articleId, articleId));
}

/** The story's current revision (the working copy) and version. */
async function current(articleId: string) {
  const [row] = await db
    .select({ version: s.articles.version, title: s.revisions.title, sapo: s.revisions.sapo, body: s.revisions.body, authorId: s.revisions.authorId, origin: s.revisions.origin })
    .from(s.articles)
    .innerJoin(s.revisions, eq(s.revisions.id, s.articles.currentRevisionId))
    .where(eq(s.articles.id, articleId));
  return row!;
}

async function revisionCount(articleId: string): Promise<number> {
  return (await db.select({ id: s.revisions.id }).from(s.revisions).where(eq(s.revisions.articleId, articleId))).length;
}

async function storedText(articleId: string): Promise<string> {
  const [row] = await storedState(articleId);
  if (!row) return '';
  const d = new Y.Doc();
  Y.applyUpdate(d, row.state);
  return plain(d);
}

/** Turns the site setting "Cùng soạn trực tiếp" on or off (inserting the one settings row if there is none). */
async function setLiveCoediting(on: boolean) {
  await db.insert(s.siteSettings).values({ id: 1, agencyName: `Cơ quan ${run}`, siteTitle: `Cổng ${run}`, liveCoediting: on }).onConflictDoUpdate({ target: s.siteSettings.id, set: { liveCoediting: on } });
}

// The settings row is shared with the other integration files: put back exactly what was there.
let settingsBefore: { liveCoediting: boolean } | undefined;
/** An editor alone on a new story, on a server that never checkpoints on a pause (only on request), and the stateless answers it gets. */
async function aloneWithoutPauses() {
  const writer = await user(['editor']);
  const ref = await story(writer, 'Bản đầu.');
  const srv = await server({ debounceMs: 60_000, maxDebounceMs: 60_000 });
  const a = client(srv, ref.id, () => ticket(writer.id, ref.id));
  await synced(a);
  const answers: Array<{ type: string; id?: string; ok?: boolean; version?: number }> = [];
  a.provider.on('stateless', ({ payload }: { payload: string }) => answers.push(JSON.parse(payload) as (typeof answers)[number]));
  return { writer, ref, srv, a, answers };
}

/** Two editors on a story in review (both may write), on a server that never checkpoints on a pause (only on request). */
async function twoEditorsInReview() {
  const reporter = await user(['reporter']);
  const [e1, e2] = [await user(['editor']), await user(['editor'])];
  const ref = await story(reporter, 'Khai mạc hội nghị.');
  await transitionArticle(reporter, ref.id, { event: 'submit' });
  const srv = await server({ debounceMs: 60_000, maxDebounceMs: 60_000 });
  const a = client(srv, ref.id, () => ticket(e1.id, ref.id));
  const b = client(srv, ref.id, () => ticket(e2.id, ref.id));
  await synced(a);
  await synced(b);
  return { e1, e2, ref, a, b };
}

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `collab-ws-${run}`, name: `Cùng soạn ${run}` }).returning();
  sectionId = section!.id;
  [settingsBefore] = await db.select({ liveCoediting: s.siteSettings.liveCoediting }).from(s.siteSettings).where(eq(s.siteSettings.id, 1));
  await setLiveCoediting(true);
});
afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  for (const srv of servers.splice(0)) await srv.stop();
});
afterAll(async () => {
  if (settingsBefore) await db.update(s.siteSettings).set({ liveCoediting: settingsBefore.liveCoediting }).where(eq(s.siteSettings.id, 1));
  else await db.delete(s.siteSettings).where(eq(s.siteSettings.id, 1));
  await pool.end();
});

describe('collaboration server', () => {
  it('ten clients making random concurrent edits converge, and the server stores the same document', async () => {
    const writer = await user(['editor']);
    const srv = await server();
    const op = fc.record({ client: fc.nat(9), kind: fc.constantFrom('insert', 'insert', 'delete', 'paragraph'), at: fc.double({ min: 0, max: 1, noNaN: true }), where: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ minLength: 1, maxLength: 6 }), length: fc.integer({ min: 1, max: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 30, maxLength: 80 }), async (ops) => {
        const ref = await story(writer);
        const clients = Array.from({ length: 10 }, () => client(srv, ref.id, () => ticket(writer.id, ref.id)));
        for (const c of clients) await synced(c);
        for (const [i, o] of ops.entries()) {
          const d = clients[o.client]!.doc;
          const fragment = d.getXmlFragment(COLLAB_FRAGMENT);
          if (o.kind === 'paragraph' || fragment.length === 0) {
            appendYParagraph(d, o.text);
          } else {
            const p = fragment.get(Math.min(fragment.length - 1, Math.floor(o.where * fragment.length))) as Y.XmlElement;
            let t = p.get(0);
            if (!(t instanceof Y.XmlText)) {
              t = new Y.XmlText();
              p.insert(0, [t]);
            }
            const xt = t as Y.XmlText;
            const at = Math.floor(o.at * xt.length);
            if (o.kind === 'insert') xt.insert(at, o.text);
            else if (xt.length > 0) xt.delete(Math.min(at, xt.length - 1), Math.min(o.length, xt.length - Math.min(at, xt.length - 1)));
          }
          // Let the sockets interleave now and then, so edits cross on the wire.
          if (i % 7 === 0) await new Promise((r) => setImmediate(r));
        }
        await vi.waitFor(() => {
          const first = JSON.stringify(text(clients[0]!.doc));
          for (const c of clients) expect(JSON.stringify(text(c.doc))).toBe(first);
          const live = srv.server.hocuspocus.documents.get(ref.id)!;
          expect(JSON.stringify(text(live))).toBe(first);
        }, WAIT);
        await vi.waitFor(async () => expect(await storedText(ref.id)).toBe(plain(clients[0]!.doc)), WAIT);
        for (const c of clients) c.provider.destroy();
      }),
      { numRuns: 4, seed: 2026 },
    );
  });

  it('the first open builds the document from the current revision and stores it; without a ticket for this story nobody gets in', async () => {
    const reporter = await user(['reporter']);
    const ref = await story(reporter, 'Bản đầu.');
    await saveArticle(reporter, ref.id, { title: `Bài cùng soạn ${run} mới`, sapo: 'Sapo.', sectionId, body: doc('Bản hiện hành.', 'Đoạn hai.'), baseVersion: ref.version });
    const other = await story(reporter);
    const srv = await server();

    const ok = client(srv, ref.id, () => ticket(reporter.id, ref.id));
    await synced(ok);
    expect(plain(ok.doc)).toBe('"text":"Bản hiện hành.""text":"Đoạn hai."');
    expect(ok.scope).toBe('read-write');
    // Stored at once: every later open (and a browser holding it offline) meets this same Yjs history,
    // not a new one built again from the same words.
    const [stored] = await storedState(ref.id);
    const kept = new Y.Doc();
    Y.applyUpdate(kept, stored!.state);
    expect(Y.encodeStateVector(kept)).toEqual(Y.encodeStateVector(ok.doc));

    const refused = [
      client(srv, ref.id, async () => 'v1.bm90IGEgdGlja2V0.c2lnbmF0dXJl'),
      client(srv, ref.id, () => ticket(reporter.id, ref.id, { now: Date.now() - 120_000 })),
      client(srv, ref.id, () => ticket(reporter.id, other.id)),
      client(srv, ref.id, () => ticket(reporter.id, ref.id, { secret: 'another-secret' })),
    ];
    await vi.waitFor(() => {
      for (const c of refused) expect(c.failures[0]).toBe('Vé cùng soạn không hợp lệ hoặc đã hết hạn.');
    }, WAIT);
    for (const c of refused) expect(c.provider.isSynced).toBe(false);
  });

  it('a reporter only watches a story in review: their edits reach neither the others nor the store', async () => {
    const reporter = await user(['reporter']);
    const editor = await user(['editor']);
    const ref = await story(reporter, 'Gửi biên tập.');
    await transitionArticle(reporter, ref.id, { event: 'submit' });
    const srv = await server();
    const ed = client(srv, ref.id, () => ticket(editor.id, ref.id));
    const rep = client(srv, ref.id, () => ticket(reporter.id, ref.id));
    await synced(ed);
    await synced(rep);
    expect(rep.scope).toBe('readonly');

    appendYParagraph(ed.doc, 'Biên tập viên sửa.');
    await vi.waitFor(() => expect(plain(rep.doc)).toContain('Biên tập viên sửa.'), WAIT);

    appendYParagraph(rep.doc, 'Phóng viên chen vào.');
    // Awareness goes through the same connection after the update: once the editor sees it, the
    // server has already handled (and refused) the reporter's update.
    rep.provider.setAwarenessField('marker', 'after-edit');
    await vi.waitFor(() => expect([...ed.provider.awareness!.getStates().values()].some((st) => st.marker === 'after-edit')).toBe(true), WAIT);
    expect(plain(ed.doc)).not.toContain('Phóng viên chen vào.');
    expect(plain(srv.server.hocuspocus.documents.get(ref.id)!)).not.toContain('Phóng viên chen vào.');
    await vi.waitFor(async () => expect(await storedText(ref.id)).toContain('Biên tập viên sửa.'), WAIT);
    expect(await storedText(ref.id)).not.toContain('Phóng viên chen vào.');
  });

  it('while the site setting is off, a writer with a ticket only watches; turning it off cuts a writer to watching at once', async () => {
    const reporter = await user(['reporter']);
    const ref = await story(reporter, 'Bản nháp khi tắt cùng soạn.');
    const srv = await server();
    try {
      await setLiveCoediting(false);
      const off = client(srv, ref.id, () => ticket(reporter.id, ref.id));
      await synced(off);
      expect(off.scope).toBe('readonly');
      appendYParagraph(off.doc, 'Sửa khi đang tắt.');
      off.provider.setAwarenessField('marker', 'sent');
      // The server handles the update before the awareness message that follows it.
      await vi.waitFor(() => expect(srv.server.hocuspocus.documents.get(ref.id)?.awareness.getStates().size ?? 0).toBeGreaterThan(0), WAIT);
      await vi.waitFor(() => expect([...srv.server.hocuspocus.documents.get(ref.id)!.awareness.getStates().values()].some((st) => st.marker === 'sent')).toBe(true), WAIT);
      expect(plain(srv.server.hocuspocus.documents.get(ref.id)!)).not.toContain('Sửa khi đang tắt.');
      expect(await revisionCount(ref.id)).toBe(1);
      off.provider.destroy();

      await setLiveCoediting(true);
      const on = client(srv, ref.id, () => ticket(reporter.id, ref.id));
      await synced(on);
      expect(on.scope).toBe('read-write');
      await setLiveCoediting(false);
      // The setting's trigger tells the server, which re-checks everyone: closed, back as a watcher.
      await vi.waitFor(() => expect(on.closes).toContain(4403), WAIT);
      await vi.waitFor(() => expect(on.scope).toBe('readonly'), WAIT);
    } finally {
      await setLiveCoediting(true);
    }
  });

  it('a story returned to review in the middle of a session stops the reporter writing at once', async () => {
    const reporter = await user(['reporter']);
    const ref = await story(reporter, 'Bản nháp.');
    const srv = await server();
    const rep = client(srv, ref.id, () => ticket(reporter.id, ref.id));
    await synced(rep);
    expect(rep.scope).toBe('read-write');
    await transitionArticle(reporter, ref.id, { event: 'submit' });
    // Disconnected, then back with a fresh ticket as a read-only watcher.
    await vi.waitFor(() => expect(rep.closes).toContain(4403), WAIT);
    await vi.waitFor(() => expect(rep.scope).toBe('readonly'), WAIT);
  });

  it('a deactivated user is disconnected at once and refused when the provider reconnects', async () => {
    const admin = await user(['admin']);
    const editor = await user(['editor']);
    const reporter = await user(['reporter']);
    const ref = await story(reporter);
    await transitionArticle(reporter, ref.id, { event: 'submit' });
    const srv = await server();
    const ed = client(srv, ref.id, () => ticket(editor.id, ref.id));
    await synced(ed);
    expect(ed.scope).toBe('read-write');

    await setUserActive(admin, { userId: editor.id, active: false });
    await vi.waitFor(() => expect(ed.closes).toContain(4403), WAIT);
    await vi.waitFor(() => expect(ed.failures).toContain('Tài khoản không còn hoạt động.'), WAIT);
    expect(srv.server.hocuspocus.documents.get(ref.id)?.getConnectionsCount() ?? 0).toBe(0);
  });

  it('the state survives a restart of the server', async () => {
    const writer = await user(['editor']);
    const ref = await story(writer, 'Trước khi khởi động lại.');
    const first = await server();
    const a = client(first, ref.id, () => ticket(writer.id, ref.id));
    await synced(a);
    appendYParagraph(a.doc, 'Gõ trong phiên đầu.');
    await vi.waitFor(async () => expect(await storedText(ref.id)).toContain('Gõ trong phiên đầu.'), WAIT);
    a.provider.destroy();
    await first.stop();
    servers.splice(servers.indexOf(first), 1);

    const second = await server();
    const b = client(second, ref.id, () => ticket(writer.id, ref.id));
    await synced(b);
    expect(plain(b.doc)).toBe('"text":"Trước khi khởi động lại.""text":"Gõ trong phiên đầu."');
  });

  it('an update that would make the story larger than the limit is refused and the connection closed', async () => {
    const writer = await user(['editor']);
    const ref = await story(writer, 'Ngắn.');
    const srv = await server({ maxStateBytes: 20_000 });
    const a = client(srv, ref.id, () => ticket(writer.id, ref.id));
    await synced(a);
    appendYParagraph(a.doc, 'Vừa đủ.');
    await vi.waitFor(async () => expect(await storedText(ref.id)).toContain('Vừa đủ.'), WAIT);
    appendYParagraph(a.doc, 'x'.repeat(30_000));
    await vi.waitFor(() => expect(a.reasons).toContain('Bài viết vượt giới hạn dung lượng'), WAIT);
    // The refused update never reached the document: what is stored (also when the now empty
    // document is unloaded) is the state before it.
    await vi.waitFor(() => expect(srv.server.hocuspocus.documents.has(ref.id)).toBe(false), WAIT);
    expect(await storedText(ref.id)).not.toContain('xxxx');
    expect(await storedText(ref.id)).toContain('Vừa đủ.');
  });

  it('one account holds at most the limit of open stories; a closed one frees its place; others are not affected', async () => {
    const writer = await user(['editor']);
    const colleague = await user(['editor']);
    const stories = [await story(writer), await story(writer), await story(writer)];
    const srv = await server({ maxConnectionsPerUser: 2 });
    const first = client(srv, stories[0]!.id, () => ticket(writer.id, stories[0]!.id));
    const second = client(srv, stories[1]!.id, () => ticket(writer.id, stories[1]!.id));
    await synced(first);
    await synced(second);
    const third = client(srv, stories[2]!.id, () => ticket(writer.id, stories[2]!.id));
    await vi.waitFor(() => expect(third.failures[0]).toBe(TOO_MANY_CONNECTIONS), WAIT);
    expect(third.provider.isSynced).toBe(false);
    expect(srv.server.hocuspocus.documents.has(stories[2]!.id)).toBe(false);
    // Another person is counted on their own.
    const other = client(srv, stories[2]!.id, () => ticket(colleague.id, stories[2]!.id));
    await synced(other);
    // Closing one story frees a place.
    first.provider.destroy();
    await vi.waitFor(() => expect(srv.server.hocuspocus.documents.has(stories[0]!.id)).toBe(false), WAIT);
    await synced(client(srv, stories[2]!.id, () => ticket(writer.id, stories[2]!.id)));
  });

  it('a pause in co-editing becomes a revision in the writer\'s name; a body the save refuses is put back', async () => {
    const writer = await user(['editor']);
    const ref = await story(writer, 'Khai mạc hội nghị.');
    const srv = await server();
    const a = client(srv, ref.id, () => ticket(writer.id, ref.id));
    await synced(a);
    appendYParagraph(a.doc, 'Đoạn do biên tập viên gõ khi cùng soạn.');
    await vi.waitFor(async () => expect(JSON.stringify((await current(ref.id)).body)).toContain('Đoạn do biên tập viên gõ khi cùng soạn.'), WAIT);
    const saved = await current(ref.id);
    expect(saved.authorId).toBe(writer.id);
    expect(saved.origin).toBe('autosave');
    // A client forcing a node the editor does not have into the document: not a revision, and gone from everyone's copy.
    const revisionsBefore = await revisionCount(ref.id);
    a.doc.getXmlFragment(COLLAB_FRAGMENT).push([new Y.XmlElement('script')]);
    await vi.waitFor(() => expect(JSON.stringify(a.doc.getXmlFragment(COLLAB_FRAGMENT).toJSON())).not.toContain('script'), WAIT);
    expect(await revisionCount(ref.id)).toBe(revisionsBefore);
    expect(plain(a.doc)).toContain('Đoạn do biên tập viên gõ khi cùng soạn.');
  });

  it('of several people who wrote since the last checkpoint, the last one saves it', async () => {
    const { e1, ref, a, b } = await twoEditorsInReview();
    appendYParagraph(a.doc, 'Một viết trước.');
    await vi.waitFor(() => expect(plain(b.doc)).toContain('Một viết trước.'), WAIT);
    appendYParagraph(b.doc, 'Hai viết sau.');
    await vi.waitFor(() => expect(plain(a.doc)).toContain('Hai viết sau.'), WAIT);
    appendYParagraph(a.doc, 'Một viết sau cùng.');
    const answers: Array<{ id?: string; ok?: boolean }> = [];
    a.provider.on('stateless', ({ payload }: { payload: string }) => answers.push(JSON.parse(payload) as (typeof answers)[number]));
    a.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id: 'cuoi' }));
    await vi.waitFor(() => expect(answers.find((x) => x.id === 'cuoi')).toMatchObject({ ok: true }), WAIT);
    const saved = await current(ref.id);
    expect(JSON.stringify(saved.body)).toContain('Một viết sau cùng.');
    expect(saved.authorId).toBe(e1.id);
  });

  it('a save through the API while someone types is merged into the live document: neither side loses a word', async () => {
    const writer = await user(['editor']);
    // Watches only (a draft is its writer's): sees the merge too.
    const watcher = await user(['editor']);
    const ref = await story(writer, 'Khai mạc hội nghị.');
    // No checkpoint during the test's waits: what is typed is not a revision when the API saves, and
    // the merge can only come from the database's notice of the save.
    const srv = await server({ debounceMs: 60_000, maxDebounceMs: 60_000 });
    const a = client(srv, ref.id, () => ticket(writer.id, ref.id));
    const b = client(srv, ref.id, () => ticket(watcher.id, ref.id));
    await synced(a);
    await synced(b);
    appendYParagraph(a.doc, 'Gõ trong lúc API lưu.');
    await vi.waitFor(() => expect(plain(b.doc)).toContain('Gõ trong lúc API lưu.'), WAIT);
    const before = await current(ref.id);
    expect(JSON.stringify(before.body)).not.toContain('Gõ trong lúc API lưu.');
    // The writer's script saves through the API (same data function), based on the last revision.
    await saveArticle(writer, ref.id, { title: before.title, sapo: before.sapo, body: doc('Khai mạc hội nghị đã sửa qua API.'), baseVersion: before.version });
    for (const c of [a, b]) {
      await vi.waitFor(() => expect(plain(c.doc)).toContain('Khai mạc hội nghị đã sửa qua API.'), WAIT);
      expect(plain(c.doc)).toContain('Gõ trong lúc API lưu.');
    }
    expect(plain(a.doc)).not.toContain('Khai mạc hội nghị.');
    // The next checkpoint (here: the last writer leaving) holds both.
    a.provider.destroy();
    b.provider.destroy();
    await vi.waitFor(async () => expect(JSON.stringify((await current(ref.id)).body)).toContain('Gõ trong lúc API lưu.'), WAIT);
    expect(JSON.stringify((await current(ref.id)).body)).toContain('Khai mạc hội nghị đã sửa qua API.');
  });

  it('a save made while nobody has the story open is in the document at the next open', async () => {
    const writer = await user(['editor']);
    const ref = await story(writer, 'Bản đầu.');
    const srv = await server();
    const a = client(srv, ref.id, () => ticket(writer.id, ref.id));
    await synced(a);
    appendYParagraph(a.doc, 'Gõ khi cùng soạn.');
    a.provider.destroy();
    await vi.waitFor(() => expect(srv.server.hocuspocus.documents.has(ref.id)).toBe(false), WAIT);
    expect(await storedText(ref.id)).toContain('Gõ khi cùng soạn.');
    const before = await current(ref.id);
    expect(JSON.stringify(before.body)).toContain('Gõ khi cùng soạn.');
    await saveArticle(writer, ref.id, { title: before.title, sapo: before.sapo, body: doc('Bản đầu.', 'Gõ khi cùng soạn.', 'Thêm qua API khi không ai mở bài.'), baseVersion: before.version });
    const again = client(srv, ref.id, () => ticket(writer.id, ref.id));
    await synced(again);
    expect(plain(again.doc)).toContain('Thêm qua API khi không ai mở bài.');
    expect(plain(again.doc).match(/Gõ khi cùng soạn\./g)).toHaveLength(1);
  });

  it('a stateless message that is not a request (bad JSON, null, a number, a wrong id) is ignored and the connection goes on', async () => {
    const { ref, a, answers } = await aloneWithoutPauses();
    for (const bad of ['{', 'null', '42', '"checkpoint"', '[]', JSON.stringify({ type: 'checkpoint', id: 7 }), JSON.stringify({ type: 'checkpoint', id: 'x'.repeat(65) }), JSON.stringify({ type: 'unknown' })]) {
      a.provider.sendStateless(bad);
    }
    a.provider.sendStateless(JSON.stringify({ type: 'ping' }));
    await vi.waitFor(() => expect(answers.map((x) => x.type)).toContain('pong'), WAIT);
    expect(answers).toEqual([{ type: 'pong' }]);
    expect(a.closes).toEqual([]);
    expect(await revisionCount(ref.id)).toBe(1);
    appendYParagraph(a.doc, 'Vẫn gõ được.');
    a.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id: 'sau' }));
    await vi.waitFor(() => expect(answers.find((x) => x.id === 'sau')).toMatchObject({ ok: true }), WAIT);
  });

  it('"save now" makes a revision of what was sent before it and answers with the version; asked again with nothing new, it writes nothing', async () => {
    const { ref, a, answers } = await aloneWithoutPauses();
    appendYParagraph(a.doc, 'Gõ rồi bấm gửi ngay.');
    a.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id: 'mot' }));
    await vi.waitFor(() => expect(answers.find((x) => x.id === 'mot')).toBeDefined(), WAIT);
    const saved = await current(ref.id);
    expect(answers.find((x) => x.id === 'mot')).toMatchObject({ ok: true, version: saved.version });
    expect(JSON.stringify(saved.body)).toContain('Gõ rồi bấm gửi ngay.');
    const [before] = await db.select({ at: s.articleCollabStates.updatedAt }).from(s.articleCollabStates).where(eq(s.articleCollabStates.articleId, ref.id));
    const revisions = await revisionCount(ref.id);
    for (const id of ['hai', 'ba', 'bon']) a.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id }));
    await vi.waitFor(() => expect(answers.filter((x) => x.ok && x.version === saved.version)).toHaveLength(4), WAIT);
    const [after] = await db.select({ at: s.articleCollabStates.updatedAt }).from(s.articleCollabStates).where(eq(s.articleCollabStates.articleId, ref.id));
    expect(after!.at).toEqual(before!.at);
    expect(await revisionCount(ref.id)).toBe(revisions);
  });
  it('a "save now" answer names everyone whose writing the current revision holds, and nobody for a save made elsewhere', async () => {
    // An editor's screen signs only a version holding its own person's writing (components/editor/article-editor.tsx).
    const { e1, e2, ref, a, b } = await twoEditorsInReview();
    const answers: Array<{ id?: string; ok?: boolean; version?: number; writers?: string[] | null }> = [];
    a.provider.on('stateless', ({ payload }: { payload: string }) => answers.push(JSON.parse(payload) as (typeof answers)[number]));
    const ask = async (id: string) => {
      a.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id }));
      await vi.waitFor(() => expect(answers.find((x) => x.id === id)).toBeDefined(), WAIT);
      return answers.find((x) => x.id === id)!;
    };

    appendYParagraph(b.doc, 'Biên tập hai viết.');
    await vi.waitFor(() => expect(plain(a.doc)).toContain('Biên tập hai viết.'), WAIT);
    appendYParagraph(a.doc, 'Biên tập một viết.');
    const both = await ask('ca-hai');
    expect(both).toMatchObject({ ok: true, version: (await current(ref.id)).version });
    expect([...both.writers!].sort()).toEqual([e1.id, e2.id].sort());

    appendYParagraph(a.doc, 'Chỉ biên tập một.');
    expect(await ask('mot-minh')).toMatchObject({ ok: true, writers: [e1.id] });

    // A save through the API (or a thread's anchor): the collaboration server cannot say whose it is.
    const before = await current(ref.id);
    await saveArticle(e2, ref.id, { title: `${before.title} (sửa qua API)`, sapo: before.sapo, body: before.body, baseVersion: before.version });
    expect(await ask('sau-api')).toMatchObject({ ok: true, version: before.version + 1, writers: null });
  });
});
