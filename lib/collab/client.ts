// The co-editing connection as the editor opens it (components/editor/use-live-document.ts), without
// React or the browser's storage, so `npm run bench` measures exactly what a browser costs the
// server. Not server-only: it runs in the browser.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { removeAwarenessStates } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/**
 * A lone editor must cost the server almost nothing (issue #24: at most 60 messages an hour). Left to
 * themselves, y-protocols renews this person's presence every 15 s and the provider reconnects
 * after 30 s without hearing from the server: hundreds of messages an hour for someone who is only
 * reading. Instead: presence is renewed every 15 s only while someone else has the story open (their
 * copy forgets a presence not renewed for 30 s) and sent again at once to whoever arrives; the
 * connection is kept with a ping every HEARTBEAT_MS that the server answers (lib/collab/server.ts),
 * and the server and the provider give up on a silent peer after well over two heartbeats.
 */
export const HEARTBEAT_MS = 120_000;

/** How many stories one account may hold open on the collaboration server at once (lib/collab/server.ts refuses more). */
export const MAX_CONNECTIONS_PER_USER = 20;
/** How long either end waits for a word from the other before it closes the connection (ms). */
export const SILENT_PEER_MS = 5 * 60_000;
const PRESENCE_RENEW_MS = 15_000;
const PRESENCE_OUTDATED_MS = 30_000;

export function keepPresence(awareness: NonNullable<HocuspocusProvider['awareness']>): () => void {
  // The library's own timer (it renews even when nobody else is there): replaced by the one below.
  clearInterval((awareness as unknown as { _checkInterval: ReturnType<typeof setInterval> })._checkInterval);
  const timer = setInterval(() => {
    // The clock y-protocols stamps presences with (lib0's getUnixTime is Date.now).
    const now = Date.now();
    const others = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
    const outdated = others.filter((id) => now - (awareness.meta.get(id)?.lastUpdated ?? 0) >= PRESENCE_OUTDATED_MS);
    if (outdated.length > 0) removeAwarenessStates(awareness, outdated, 'timeout');
    const mine = awareness.meta.get(awareness.clientID);
    if (others.length > outdated.length && awareness.getLocalState() !== null && mine && now - mine.lastUpdated >= PRESENCE_RENEW_MS) {
      awareness.setLocalState(awareness.getLocalState());
    }
  }, 3_000);
  // Someone arrived: they see this person now, even if the server forgot a presence it had not heard for a while.
  const greet = ({ added }: { added: number[] }) => {
    if (added.some((id) => id !== awareness.clientID) && awareness.getLocalState() !== null) awareness.setLocalState(awareness.getLocalState());
  };
  awareness.on('change', greet);
  return () => {
    clearInterval(timer);
    awareness.off('change', greet);
  };
}

export interface LiveConnection {
  provider: HocuspocusProvider;
  close: () => void;
}

export function openLiveConnection(options: { url: string; articleId: string; document: Y.Doc; token: () => Promise<string>; WebSocketPolyfill?: unknown }): LiveConnection {
  // The provider hands its configuration to the websocket it makes (HocuspocusProviderWebsocket's
  // messageReconnectTimeout and WebSocketPolyfill); the provider's own type does not list them.
  const provider = new HocuspocusProvider({
    url: options.url,
    name: options.articleId,
    document: options.document,
    token: options.token,
    messageReconnectTimeout: SILENT_PEER_MS,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  const stopPresence = provider.awareness ? keepPresence(provider.awareness) : () => {};
  const heartbeat = setInterval(() => {
    if (provider.configuration.websocketProvider.status === 'connected') provider.sendStateless(JSON.stringify({ type: 'ping' }));
  }, HEARTBEAT_MS);
  return {
    provider,
    close: () => {
      clearInterval(heartbeat);
      stopPresence();
      provider.destroy();
    },
  };
}
