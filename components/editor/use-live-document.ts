'use client';

// The story's live document for co-editing (issue #24): a Yjs document kept in this browser's
// IndexedDB (typing goes on without a connection and survives a reload) and synchronised through the
// collaboration server (Hocuspocus, same origin at /collab/<story id>) with a fresh one-minute ticket from the
// app on every (re)connection. The server decides write or watch, and turns pauses into revisions;
// "save now" asks it to do so at once (before a workflow step or a comment's anchor).
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { openLiveConnection } from '@/lib/collab/client';
import { collabPath } from '@/lib/collab/port';
import { keepEditorForOffline, offlineCopyName } from './offline-copies';

export type LiveStatus =
  | { kind: 'connecting' }
  | { kind: 'online' }
  /** Lost the connection: typing goes on and is kept in this browser. */
  | { kind: 'offline' }
  | { kind: 'refused'; message: string };

export interface Person {
  id: string;
  name: string;
  color: string;
}

/**
 * `writers`: everyone whose writing the story's current revision holds, when the collaboration
 * server made it (null when it cannot say: a save from elsewhere, or an earlier server process).
 */
export type CheckpointAnswer = { ok: true; version: number | null; writers: string[] | null } | { ok: false; message: string };

/** Caret colours with enough contrast for the name label's white text. */
const COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0f766e', '#4338ca'];

export function colorFor(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length]!;
}

export const OFFLINE_MESSAGE = 'Mất kết nối — đang lưu trên máy này';
const CHECKPOINT_TIMEOUT_MS = 15_000;

/** Close codes of lib/collab/server.ts. */
/** Where the offline copy remembers what the server last let this person do ('read-write' or 'readonly'). */
const SCOPE_KEY = 'scope';

const CLOSE_MESSAGES: Record<number, string> = {
  4403: 'Quyền của bạn với bài này vừa thay đổi (bài chuyển bước, đổi vai trò…); đang kết nối lại để nhận quyền mới.',
  4413: 'Bài viết vượt giới hạn dung lượng: thay đổi vừa rồi không được lưu. Hãy bớt nội dung (ví dụ bảng hoặc đoạn dán quá dài).',
};

async function fetchTicket(articleId: string): Promise<string> {
  const response = await fetch(`/api/v1/articles/${articleId}/collab-ticket`, { credentials: 'same-origin', cache: 'no-store' });
  const data = (await response.json().catch(() => null)) as { ticket?: string; error?: { message?: string }; message?: string } | null;
  if (!response.ok || !data?.ticket) throw new Error(data?.error?.message ?? data?.message ?? 'Không lấy được vé cùng soạn.');
  return data.ticket;
}

interface Live {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  persistence: IndexeddbPersistence;
  close: () => void;
}

function openLive(articleId: string, userId: string): Live {
  const doc = new Y.Doc();
  // Per person and story: another account on this browser never sees this one's offline text.
  const persistence = new IndexeddbPersistence(offlineCopyName(articleId, userId), doc);
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${collabPath(articleId)}`;
  const connection = openLiveConnection({ url, articleId, document: doc, token: () => fetchTicket(articleId) });
  return {
    doc,
    provider: connection.provider,
    persistence,
    close: () => {
      connection.close();
      void persistence.destroy();
    },
  };
}

export interface LiveDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  status: LiveStatus;
  /** The document holds the story (from the server, or from this browser while offline). */
  ready: boolean;
  /** The server lets this person write (false: watching only, or not yet told). */
  canWrite: boolean;
  people: Person[];
  /** Asks the server to make a revision of everything sent so far; answers with the story's version. */
  checkpoint: () => Promise<CheckpointAnswer>;
  /** A message about the connection (refusal, access change, size limit), or null. */
  notice: string | null;
}

/** `onResync`: called when a reconnection has synchronised (not at the first synchronisation). */
export function useLiveDocument(options: { articleId: string; userId: string; name: string; onResync?: { current: () => void } } | null): LiveDocument | null {
  const onResync = options?.onResync;
  const [live] = useState<Live | null>(() => (options ? openLive(options.articleId, options.userId) : null));
  const [status, setStatus] = useState<LiveStatus>({ kind: 'connecting' });
  const [ready, setReady] = useState(false);
  const [canWrite, setCanWrite] = useState(false);
  const [people, setPeople] = useState<Person[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const waiting = useRef(new Map<string, (answer: CheckpointAnswer) => void>());
  const online = useRef(false);

  // A reload without a connection must still open this editor (the text is in IndexedDB).
  useEffect(() => {
    if (live) void keepEditorForOffline();
  }, [live]);

  useEffect(() => {
    if (!live) return;
    const { provider, persistence, doc } = live;
    const hasContent = () => doc.getXmlFragment('default').length > 0;
    const onStatus = ({ status: s }: { status: string }) => {
      online.current = s === 'connected';
      if (s === 'connected') setStatus((prev) => (prev.kind === 'refused' ? prev : { kind: 'online' }));
      else if (s === 'disconnected') {
        setStatus((prev) => (prev.kind === 'refused' ? prev : { kind: 'offline' }));
        // Nobody answers a "save now" without a connection.
        for (const [id, resolve] of waiting.current) {
          waiting.current.delete(id);
          resolve({ ok: false, message: `${OFFLINE_MESSAGE}: sẽ lưu lên máy chủ khi có mạng lại.` });
        }
      }
    };
    let synced = 0;
    const onSynced = () => {
      setReady(true);
      if (++synced > 1) onResync?.current();
      setNotice(null);
    };
    const onAuthenticated = ({ scope }: { scope: string }) => {
      setCanWrite(scope === 'read-write');
      setStatus({ kind: 'online' });
      // Kept with this person's offline copy (deleted with it), for a reload without a connection.
      void persistence.set(SCOPE_KEY, scope).catch(() => {});
    };
    const onFailed = ({ reason }: { reason: string }) => {
      setCanWrite(false);
      setStatus({ kind: 'refused', message: reason || 'Máy chủ cùng soạn không cho mở bài này.' });
    };
    const onClose = ({ event }: { event: { code: number } }) => {
      const message = CLOSE_MESSAGES[event.code];
      if (message) setNotice(message);
    };
    const onStateless = ({ payload }: { payload: string }) => {
      let answer: { type?: string; id?: string; ok?: boolean; version?: number | null; writers?: unknown; message?: string };
      try {
        answer = JSON.parse(payload) as typeof answer;
      } catch {
        return;
      }
      if (answer.type !== 'checkpoint' || !answer.id) return;
      const resolve = waiting.current.get(answer.id);
      waiting.current.delete(answer.id);
      const writers = Array.isArray(answer.writers) && answer.writers.every((w) => typeof w === 'string') ? (answer.writers as string[]) : null;
      resolve?.(answer.ok ? { ok: true, version: answer.version ?? null, writers } : { ok: false, message: answer.message ?? 'Máy chủ chưa lưu được bài.' });
    };
    const onAwareness = () => {
      const seen = new Map<string, Person>();
      for (const state of provider.awareness?.getStates().values() ?? []) {
        const user = (state as { user?: Partial<Person> }).user;
        if (user?.id && user.name && !seen.has(user.id)) seen.set(user.id, { id: user.id, name: user.name, color: user.color ?? colorFor(user.id) });
      }
      setPeople([...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')));
    };
    // Offline and reloaded: what this browser kept is the document until the server answers.
    const onLocal = () => hasContent() && setReady(true);
    // The browser says the network is gone (or back): do not wait for the socket to time out.
    const goneOffline = () => {
      provider.disconnect();
      onStatus({ status: 'disconnected' });
    };
    const backOnline = () => void provider.connect();
    window.addEventListener('offline', goneOffline);
    window.addEventListener('online', backOnline);
    const events = { status: onStatus, synced: onSynced, authenticated: onAuthenticated, authenticationFailed: onFailed, close: onClose, stateless: onStateless } as Record<string, (payload: never) => void>;
    for (const [name, handler] of Object.entries(events)) provider.on(name, handler);
    provider.awareness?.on('change', onAwareness);
    persistence.on('synced', onLocal);
    // The provider started connecting when the page rendered: what happened before these listeners
    // were attached (a fast connection on a busy page) is read from its state.
    if (persistence.synced) onLocal();
    if (provider.configuration.websocketProvider.status === 'connected') onStatus({ status: 'connected' });
    if (provider.isAuthenticated && provider.authorizedScope) onAuthenticated({ scope: provider.authorizedScope });
    if (provider.isSynced) onSynced();
    // Opened without a network (a reload offline, served by the service worker): say so at once,
    // and let the person go on typing if the server let them write when last connected (the page
    // itself was rendered for someone who may edit it). The server decides again on reconnection,
    // and refuses the typing of a connection it makes read-only.
    if (!navigator.onLine) {
      goneOffline();
      void persistence
        .get(SCOPE_KEY)
        .then((scope) => {
          if (scope === 'read-write' && !provider.isAuthenticated) setCanWrite(true);
        })
        .catch(() => {});
    }
    onAwareness();
    return () => {
      window.removeEventListener('offline', goneOffline);
      window.removeEventListener('online', backOnline);
      for (const [name, handler] of Object.entries(events)) provider.off(name, handler);
      provider.awareness?.off('change', onAwareness);
    };
  }, [live, onResync]);

  // Closed with the page (React's development double effects must not close it, so not in the effect above).
  useEffect(() => {
    if (!live) return;
    window.addEventListener('pagehide', live.close);
    return () => window.removeEventListener('pagehide', live.close);
  }, [live]);

  const checkpoint = useCallback((): Promise<CheckpointAnswer> => {
    if (!live) return Promise.resolve({ ok: true, version: null, writers: null });
    if (!online.current) return Promise.resolve({ ok: false, message: `${OFFLINE_MESSAGE}: sẽ lưu lên máy chủ khi có mạng lại.` });
    return new Promise((resolve) => {
      const id = crypto.randomUUID();
      waiting.current.set(id, resolve);
      live.provider.sendStateless(JSON.stringify({ type: 'checkpoint', id }));
      setTimeout(() => {
        if (!waiting.current.delete(id)) return;
        resolve({ ok: false, message: 'Máy chủ cùng soạn chưa trả lời; nội dung vẫn ở đây, hãy thử lại sau ít phút.' });
      }, CHECKPOINT_TIMEOUT_MS);
    });
  }, [live]);

  if (!live) return null;
  return { doc: live.doc, provider: live.provider, status, ready, canWrite, people, checkpoint, notice };
}
