// The co-editing server (issue #24): Hocuspocus (the Yjs sync protocol, awareness and debounced
// storage, a maintained library rather than our own protocol code) with the portal's rules around
// it. A door like the API: it decides nothing itself, it asks lib/data (which asks lib/policy).
//   - onAuthenticate: the ticket the app signed (lib/credentials/collab-ticket) for this story, then
//     collabAccess() with fresh data: write, read-only (Hocuspocus then refuses the client's
//     updates) or refused.
//   - Every access change the database announces (story state, authors, assignee; a user's roles,
//     activity, session version) re-checks the affected connections at once; whoever's access
//     changed is disconnected and their provider reconnects with a fresh ticket and gets the new
//     decision (refused for a deactivated user).
//   - The Database extension loads/stores the Yjs state through lib/data; a message that would make
//     a story's state larger than the limit is refused and the connection closed.
//   - Revisions stay the record: each store (a pause: debounced, at most every 10 s while typing
//     goes on) first checkpoints the live document into a revision through the ordinary save, in
//     the name of whoever wrote since the last one; a body the save refuses is put back to the
//     current revision. A revision made elsewhere (the API, a thread's anchor, an accepted
//     suggestion) is merged into the live document as a concurrent edit when the database announces
//     it, so neither side's words are lost. Per story these steps run one at a time.
//   - Several servers (COLLAB_REDIS_URL): Hocuspocus's Redis extension keeps each story's copies on
//     the servers in step; the steps above take a lock in Redis, and the base the live document is in
//     step with is shared in PostgreSQL, so a save from elsewhere is merged once, by the first server
//     that takes it, and the others adopt that merge (Yjs applies the same items once) instead of
//     merging the same words again. Writing that arrives from another server is not this server's to
//     attribute: a checkpoint holding it names no writers in its "save now" answer (a sign-off then
//     asks for a reload), is made only when someone on this server wrote too, and counts everyone
//     who wrote to the story through any server lately (a set in Redis, written before a message is
//     applied) as its co-editors, so their suggestions are not refused as someone else's.
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { isTransactionOrigin, Server, type Connection, type Document } from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { MAX_CONNECTIONS_PER_USER } from './client';
import { applyContentToYDoc, changeFromBase, contentFromYDoc } from '@/lib/content/ydoc';
import { verifyCollabTicket } from '@/lib/credentials/collab-ticket';
import { collabAccess } from '@/lib/data/collab/access';
import { listenForAccessChanges, type AccessChange } from '@/lib/data/collab/access-changes';
import { checkpointLiveDocument } from '@/lib/data/collab/checkpoint';
import { COLLAB_STATE_TOO_LARGE, currentRevisionBody, currentVersion, loadCollabState, MAX_COLLAB_STATE_BYTES, movedCollabBase, storeCollabState, type LiveBase } from '@/lib/data/collab/state';

export interface CollabContext {
  userId: string;
  articleId: string;
  sessionVersion: number;
  access: 'write' | 'read';
}

export interface CollabServerOptions {
  port: number;
  host?: string;
  log: Logger;
  maxStateBytes?: number;
  /** Store (and checkpoint) this long after the last change (ms)… */
  debounceMs?: number;
  /** …but at least this often while changes keep coming (ms). */
  maxDebounceMs?: number;
  /** Open stories per user at once (each loads a document into this server's memory). */
  maxConnectionsPerUser?: number;
  /** Redis shared by several collaboration servers (COLLAB_REDIS_URL); unset for one server. */
  redis?: { url: string; prefix?: string };
}

/** The Redis extension's connection settings from a redis:// URL (checked by collabRedisUrl; the extension makes its own ioredis clients). */
function redisSettings(url: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1) || 0);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

/** The story database extension runs before the Redis extension's store lock (which would skip it while another server stores): every server's checkpoints are serialised by the story lock instead. */
class StoryDatabase extends Database {
  priority = 1100;
}

/** A writer-list entry for writing that came from another server (not this server's to attribute). */
const FROM_ANOTHER_SERVER = '';

/** A person edits a handful of stories at once; 20 leaves room for many tabs and bounds the memory one account can take. */
export { MAX_CONNECTIONS_PER_USER };
export const TOO_MANY_CONNECTIONS = `Bạn đang mở quá nhiều bài cùng soạn cùng lúc (tối đa ${MAX_CONNECTIONS_PER_USER}). Hãy đóng bớt các thẻ bài viết rồi tải lại trang.`;

/** Close codes in the application range; reasons are short (a close frame carries at most 123 bytes). */
export const CLOSE_ACCESS_CHANGED = 4403;
export const CLOSE_TOO_LARGE = 4413;
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface CollabServer {
  server: Server<CollabContext>;
  port: number;
  /** Re-check every open connection now (also done after every reconnection of the listener). */
  recheckAll: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const { log } = options;
  const maxStateBytes = options.maxStateBytes ?? MAX_COLLAB_STATE_BYTES;
  const maxPerUser = options.maxConnectionsPerUser ?? MAX_CONNECTIONS_PER_USER;
  const open = new Map<Connection<CollabContext>, CollabContext>();
  const pendingChecks = new Map<Connection<CollabContext>, number>();
  /** The re-check under way for a connection (its messages wait for it). */
  const checking = new Map<Connection<CollabContext>, Promise<void>>();
  const sizes = new WeakMap<Document, number>();
  /** Per loaded story: the Yjs state its current revision corresponds to, and that revision. */
  const bases = new Map<string, LiveBase>();
  /** Per loaded story: who wrote to it since the last checkpoint, in order (the last one saves; FROM_ANOTHER_SERVER for writing from another server). */
  const writers = new Map<string, string[]>();
  /**
   * Per loaded story: the last revision this server checkpointed and everyone whose writing it holds.
   * A "save now" answer names them, so an editor can tell a version that holds only its own person's
   * writing from one that also holds someone else's (which a sign-off must not take unseen).
   */
  const checkpointed = new Map<string, { revisionId: string; writers: string[] | null }>();
  /**
   * Per loaded story: the base revision this server last read from or wrote to the shared row. The
   * row holding another one means another server moved it; the row merely lagging behind this
   * server (a store that failed) is not a reason to go back.
   */
  const seen = new Map<string, string | null>();
  const queues = new Map<string, Promise<unknown>>();
  /** Stories changed since their state was last stored (a "save now" with nothing new writes nothing). */
  const unstored = new Set<string>();
  const redis = options.redis
    ? new Redis({ ...redisSettings(options.redis.url), prefix: options.redis.prefix ?? 'portal-collab', identifier: `collab-${process.pid}-${crypto.randomUUID()}` })
    : null;
  /** Everyone who wrote to a story lately through any server (Redis set, a day after the last entry). */
  const writersKey = (name: string) => `${redis!.configuration.prefix}:writers:${name}`;
  /** Per loaded story: when this server last put each of its writers in that set (renewed at most once a minute). */
  const announced = new Map<string, Map<string, number>>();
  async function announceWriter(name: string, userId: string): Promise<void> {
    if (!redis) return;
    const mine = announced.get(name) ?? new Map<string, number>();
    announced.set(name, mine);
    if ((mine.get(userId) ?? 0) > Date.now() - 60_000) return;
    try {
      await redis.pub.multi().sadd(writersKey(name), userId).expire(writersKey(name), 24 * 3600).exec();
      mine.set(userId, Date.now());
    } catch (error) {
      // Redis away: the servers are not in step either; a checkpoint elsewhere may then refuse this person's suggestions.
      log.warn({ err: error, articleId: name, userId }, 'Không ghi được người viết vào Redis');
    }
  }
  /**
   * Runs the steps on one story's live document one at a time (load, checkpoint, merge): in this
   * process, and with several servers also under the story's lock in Redis (extended while the step
   * runs; a step waits up to about 30 s for another server's, then fails and is tried again later).
   */
  const serial = <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const locked = redis ? () => redis.redlock.using([`${redis.configuration.prefix}:step:${name}`], 10_000, { retryCount: 300, retryDelay: 100, retryJitter: 50 }, step) : step;
    const next = (queues.get(name) ?? Promise.resolve()).then(locked, locked);
    const settled = next.catch(() => {});
    queues.set(name, settled);
    void settled.then(() => queues.get(name) === settled && queues.delete(name));
    return next;
  };
  const MERGED = Symbol('revision merged');
  const REVERTED = Symbol('refused change reverted');
  const ADOPTED = Symbol('base adopted from another server');

  /**
   * Another server may have moved the story's base (a checkpoint, a merge, a revert): take it. Its
   * state holds the items of that step, so applying it adds only what this copy has not yet heard
   * through Redis, and the same save is never merged twice.
   */
  async function adoptSharedBase(document: Document): Promise<void> {
    const local = bases.get(document.name);
    // One server: nobody else moves the base, and this costs no query.
    if (!redis || !local) return;
    const shared = await movedCollabBase(document.name, seen.get(document.name) ?? null);
    if (!shared) return;
    seen.set(document.name, shared.revisionId);
    if (shared.revisionId === local.revisionId) return;
    Y.applyUpdate(document, shared.state, ADOPTED);
    bases.set(document.name, shared);
  }

  /** Stores the whole document and its base, so the other servers (and the next load) start from here. */
  async function store(document: Document): Promise<void> {
    const state = Y.encodeStateAsUpdate(document);
    const base = bases.get(document.name)!;
    try {
      await storeCollabState(document.name, state, base, maxStateBytes);
      seen.set(document.name, base.revisionId);
    } catch (error) {
      unstored.add(document.name);
      log.error({ err: error, articleId: document.name, bytes: state.byteLength }, 'Không lưu được trạng thái cùng soạn của bài viết');
      throw error;
    }
  }

  /** Merges the story's current revision into the live document when it is not the one the document is in step with. */
  async function mergeCurrentRevision(document: Document): Promise<void> {
    await adoptSharedBase(document);
    const base = bases.get(document.name);
    if (!base) return;
    const current = await currentRevisionBody(document.name);
    if (!current || current.revisionId === base.revisionId) return;
    const change = changeFromBase(base.state, current.body);
    bases.set(document.name, { state: change.state, revisionId: current.revisionId });
    Y.applyUpdate(document, change.update, MERGED);
    // At once: another server hearing of the same save adopts this merge instead of making its own.
    await store(document);
    log.info({ articleId: document.name, revisionId: current.revisionId }, 'Đã hòa bản lưu mới của bài vào bản đang cùng soạn');
  }

  /**
   * A pause: the live document becomes a revision (when someone wrote), then its state is stored.
   * Returns the refusal's message when the text was put back, else null.
   */
  async function checkpointAndStore(document: Document): Promise<string | null> {
    const name = document.name;
    let refusal: string | null = null;
    let moved = false;
    await adoptSharedBase(document);
    // Writing heard only from another server is that server's to checkpoint (it knows who wrote it).
    for (let attempt = 0; attempt < 3 && (writers.get(name) ?? []).some((id) => id !== FROM_ANOTHER_SERVER); attempt++) {
      const pending = writers.get(name)!;
      writers.set(name, []);
      // Read at the same instant as the body: the state this revision will correspond to.
      const snapshot = Y.encodeStateAsUpdate(document);
      const body = contentFromYDoc(document);
      let result: Awaited<ReturnType<typeof checkpointLiveDocument>>;
      try {
        // Writing from another server: its writers (known to Redis) are co-editors too; this server's last writer saves.
        const local = pending.filter((id) => id !== FROM_ANOTHER_SERVER);
        const others = redis && local.length < pending.length ? (await redis.pub.smembers(writersKey(name))).filter((id) => !local.includes(id)) : [];
        result = await checkpointLiveDocument(name, body, [...others, ...local], bases.get(name)?.revisionId ?? null);
      } catch (error) {
        writers.set(name, [...pending, ...(writers.get(name) ?? [])]);
        throw error;
      }
      if (result.kind === 'gone') return null;
      if (result.kind === 'behind') {
        // A save landed meanwhile: merge it, then checkpoint the merged document.
        writers.set(name, [...pending, ...(writers.get(name) ?? [])]);
        await mergeCurrentRevision(document);
        continue;
      }
      moved = true;
      if (result.kind === 'refused') {
        log.warn({ articleId: name, writers: pending, reason: result.message }, 'Thay đổi khi cùng soạn không lưu được thành phiên bản; đưa bài về bản đang có');
        applyContentToYDoc(document, result.body, REVERTED);
        refusal = result.message;
        bases.set(name, { state: Y.encodeStateAsUpdate(document), revisionId: result.revisionId });
      } else {
        bases.set(name, { state: snapshot, revisionId: result.revisionId });
        // Who wrote this revision, unless some of it came from another server (unknown here).
        const known = pending.includes(FROM_ANOTHER_SERVER) ? null : [...new Set(pending)];
        if (result.kind === 'saved') checkpointed.set(name, { revisionId: result.revisionId, writers: known });
      }
      break;
    }
    if (!unstored.delete(name) && !moved) return refusal;
    await store(document);
    return refusal;
  }

  const server = new Server<CollabContext>({
    name: 'portal-collab',
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    // The launcher (scripts/start.ts, systemd) owns the signals and calls stop().
    stopOnSignals: false,
    // A connection silent this long is closed: well over two of the editor's 2-minute heartbeats.
    timeout: 5 * 60_000,
    debounce: options.debounceMs ?? 2_000,
    maxDebounce: options.maxDebounceMs ?? 10_000,
    // Bound one websocket frame: a bigger one could never pass the state limit anyway.
    websocketOptions: { maxPayload: Math.min(MAX_MESSAGE_BYTES, maxStateBytes + 64 * 1024) },
    extensions: [
      new StoryDatabase({
        fetch: async ({ documentName }) => {
          const live = await serial(documentName, () => loadCollabState(documentName));
          if (!live) return null;
          bases.set(documentName, live.base);
          seen.set(documentName, live.base.revisionId);
          return live.state;
        },
        store: async ({ document }) => void (await serial(document.name, () => checkpointAndStore(document))),
      }),
      ...(redis ? [redis] : []),
    ],

    // "Save now" from an editor (before a workflow step, a comment's anchor, or a pause in its own
    // typing): everything this connection sent before the request has been applied (one queue per
    // connection), so the revision written here holds it. The answer says which version that is.
    async onStateless({ connection, document, payload }) {
      let request: { type?: unknown; id?: unknown };
      try {
        request = JSON.parse(payload) as typeof request;
      } catch {
        return;
      }
      // Any JSON may come from a hand-made client ('null', a number, an array): only objects are requests.
      if (typeof request !== 'object' || request === null) return;
      // The editor's heartbeat (components/editor/use-live-document.ts): answered, so both ends know the other is there.
      if (request.type === 'ping') return connection.sendStateless(JSON.stringify({ type: 'pong' }));
      if (request.type !== 'checkpoint' || typeof request.id !== 'string' || request.id.length > 64) return;
      const answer = (data: Record<string, unknown>) => connection.sendStateless(JSON.stringify({ type: 'checkpoint', id: request.id, ...data }));
      if (connection.readOnly) return answer({ ok: false, message: 'Bạn chỉ được xem bài này.' });
      try {
        const refusal = await serial(document.name, () => checkpointAndStore(document));
        const current = await currentVersion(document.name);
        // Who wrote the current revision, when this server made it (null: an earlier process, or a save
        // from elsewhere: the API, a thread's anchor, a restore).
        const made = checkpointed.get(document.name);
        const writersOfCurrent = made && current && made.revisionId === current.revisionId ? made.writers : null;
        answer(refusal ? { ok: false, message: refusal } : { ok: true, version: current?.version ?? null, revisionId: current?.revisionId ?? null, writers: writersOfCurrent });
      } catch (error) {
        log.error({ err: error, articleId: document.name }, 'Không lưu được bản cùng soạn theo yêu cầu');
        answer({ ok: false, message: 'Máy chủ chưa lưu được bài; đang thử lại.' });
      }
    },

    async onChange({ documentName, connection, context, transactionOrigin }) {
      unstored.add(documentName);
      if (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis') {
        const list = writers.get(documentName) ?? [];
        if (list.at(-1) !== FROM_ANOTHER_SERVER) list.push(FROM_ANOTHER_SERVER);
        writers.set(documentName, list);
        return;
      }
      // Only what a connection with write access sent counts as someone's writing (merges and reverts do not).
      if (!connection || connection.readOnly || !context?.userId) return;
      const list = writers.get(documentName) ?? [];
      if (list.at(-1) !== context.userId) list.push(context.userId);
      writers.set(documentName, list);
    },

    async afterUnloadDocument({ documentName }) {
      bases.delete(documentName);
      announced.delete(documentName);
      seen.delete(documentName);
      checkpointed.delete(documentName);
      writers.delete(documentName);
      unstored.delete(documentName);
    },

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const claims = verifyCollabTicket(token, documentName);
      if (!claims) {
        log.info({ articleId: documentName }, 'Từ chối kết nối cùng soạn: vé không hợp lệ, hết hạn hoặc của bài khác');
        throw { reason: 'Vé cùng soạn không hợp lệ hoặc đã hết hạn.' };
      }
      // Checked before any document is loaded: a signed-in account cannot fill this server's memory by
      // opening every story it may read. (Handshakes racing each other may pass together; each still
      // needs its own ticket from the app.)
      const held = [...open.values()].filter((c) => c.userId === claims.userId).length;
      if (held >= maxPerUser) {
        log.warn({ articleId: documentName, userId: claims.userId, held }, 'Từ chối kết nối cùng soạn: quá nhiều bài mở cùng lúc');
        throw { reason: TOO_MANY_CONNECTIONS };
      }
      const decision = await collabAccess(claims);
      if (decision.access === 'none') {
        log.info({ articleId: documentName, userId: claims.userId }, `Từ chối kết nối cùng soạn: ${decision.message}`);
        throw { reason: decision.message };
      }
      connectionConfig.readOnly = decision.access === 'read';
      return { userId: claims.userId, articleId: claims.articleId, sessionVersion: claims.sessionVersion, access: decision.access } satisfies CollabContext;
    },

    async connected({ connection, context }) {
      open.set(connection, context);
      connection.onClose(() => {
        open.delete(connection);
        pendingChecks.delete(connection);
      });
    },

    async beforeHandleMessage({ connection, document, update, context }) {
      // Hocuspocus handles a connection's messages one at a time, after this hook: a message that
      // arrives while the sender's access is being re-checked waits for the answer (read-only meanwhile,
      // so nothing slips in) instead of being dropped as a read-only connection's would be.
      for (let check = checking.get(connection); check; check = checking.get(connection)) await check;
      if (connection.readOnly) return;
      // Known to every server before any of them can hold what this message writes.
      await announceWriter(document.name, context.userId);
      let size = sizes.get(document);
      if (size === undefined || size + update.byteLength > maxStateBytes) {
        // The running sum over-counts (merged updates, awareness); measure exactly before refusing.
        size = Y.encodeStateAsUpdate(document).byteLength;
        sizes.set(document, size);
      }
      if (size + update.byteLength > maxStateBytes) {
        log.warn({ articleId: document.name, userId: context.userId, stateBytes: size, messageBytes: update.byteLength, limit: maxStateBytes }, COLLAB_STATE_TOO_LARGE);
        throw { code: CLOSE_TOO_LARGE, reason: 'Bài viết vượt giới hạn dung lượng' };
      }
      sizes.set(document, size + update.byteLength);
    },
  });

  async function recheck(connections: [Connection<CollabContext>, CollabContext][]): Promise<void> {
    // No write may slip in while the database is asked: read-only first, restored if nothing changed.
    for (const [connection] of connections) {
      connection.readOnly = true;
      pendingChecks.set(connection, (pendingChecks.get(connection) ?? 0) + 1);
    }
    await Promise.all(
      connections.map(([connection, context]) => {
        // Waits for any earlier re-check of the connection too: its messages wait until all have answered.
        const check: Promise<void> = Promise.all([checking.get(connection), recheckOne(connection, context)])
          .then(() => undefined)
          .finally(() => checking.get(connection) === check && checking.delete(connection));
        checking.set(connection, check);
        return check;
      }),
    );
  }

  async function recheckOne(connection: Connection<CollabContext>, context: CollabContext): Promise<void> {
    let decision: Awaited<ReturnType<typeof collabAccess>>;
    try {
      decision = await collabAccess(context);
    } catch (error) {
      log.error({ err: error, articleId: context.articleId, userId: context.userId }, 'Không kiểm tra lại được quyền cùng soạn; ngắt kết nối để kết nối lại');
      decision = { access: 'none', message: 'Không kiểm tra được quyền.' };
    }
    const left = (pendingChecks.get(connection) ?? 1) - 1;
    if (left > 0) pendingChecks.set(connection, left);
    else pendingChecks.delete(connection);
    if (decision.access === context.access) {
      if (left === 0) connection.readOnly = context.access === 'read';
      return;
    }
    log.info({ articleId: context.articleId, userId: context.userId, from: context.access, to: decision.access }, 'Quyền cùng soạn đã thay đổi; ngắt kết nối');
    // The whole socket: the provider reconnects with a fresh ticket and gets the new decision.
    connection.webSocket.close(CLOSE_ACCESS_CHANGED, 'Quyền truy cập đã thay đổi');
  }

  const mergeInto = (name: string) => {
    const document = server.hocuspocus.documents.get(name);
    if (!document) return;
    serial(name, () => mergeCurrentRevision(document)).catch((error) => log.error({ err: error, articleId: name }, 'Không hòa được bản lưu mới vào bản đang cùng soạn'));
  };
  const onChange = (change: AccessChange) => {
    if (change.kind === 'content') return mergeInto(change.id);
    if (change.kind === 'settings') return void recheckAll();
    const affected = [...open].filter(([, c]) => (change.kind === 'article' ? c.articleId === change.id : c.userId === change.id));
    if (affected.length > 0) void recheck(affected);
  };
  const recheckAll = () => recheck([...open]);
  const listener = listenForAccessChanges({
    onChange,
    onResync: () => {
      void recheckAll();
      // Saves announced while the listener was away were not heard: merge whatever is current.
      for (const name of server.hocuspocus.documents.keys()) mergeInto(name);
    },
    onError: (error) => log.warn({ err: error }, 'Mất kết nối lắng nghe thay đổi quyền; đang kết nối lại'),
  });
  await listener.ready;
  await server.listen();
  const port = server.address.port;
  log.info({ port }, 'Máy chủ cùng soạn đang chạy');

  return {
    server,
    port,
    recheckAll,
    stop: async () => {
      await listener.stop();
      await server.destroy();
    },
  };
}
