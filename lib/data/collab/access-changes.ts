import 'server-only';
import pg from 'pg';
import { databaseUrlFromEnv } from '@/db/database-url';
import { isUuid } from '../ids';

/**
 * 'content': the story's current revision changed (migration 0041); 'settings': the live co-editing
 * setting changed (migration 0043), which may change what everyone may do; the others may change who
 * may do what.
 */
export type AccessChange = { kind: 'article' | 'user' | 'content'; id: string } | { kind: 'settings' };

/**
 * Calls `onChange` whenever a story's state, authors or assignee, or a user's roles, activity or
 * session version change, or a story's current revision changes (triggers of migrations 0040 and
 * 0041 NOTIFY 'collab_access' on commit, whatever
 * code path made the change). LISTEN rather than polling: the collaboration server must close a
 * deactivated user's connection at once, and an idle server then costs the database nothing.
 * A lost listening connection is re-opened after a second; since notifications sent meanwhile are
 * lost, `onResync` is called after every (re)connection so the caller re-checks everything it holds.
 */
export function listenForAccessChanges(handlers: { onChange: (change: AccessChange) => void; onResync: () => void; onError?: (error: Error) => void }): { ready: Promise<void>; stop: () => Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void open();
    }, 1_000);
  };

  const open = async () => {
    const c = new pg.Client({ connectionString: databaseUrlFromEnv() });
    client = c;
    c.on('error', (error) => {
      handlers.onError?.(error);
      void c.end().catch(() => {});
      if (client === c) client = null;
      schedule();
    });
    c.on('notification', (message) => {
      const [kind, id] = (message.payload ?? '').split(':');
      if ((kind === 'article' || kind === 'user' || kind === 'content') && isUuid(id)) handlers.onChange({ kind, id });
      else if (kind === 'settings') handlers.onChange({ kind });
    });
    try {
      await c.connect();
      await c.query('LISTEN collab_access');
      if (stopped) return void (await c.end());
      handlers.onResync();
      resolveReady();
    } catch (error) {
      handlers.onError?.(error as Error);
      void c.end().catch(() => {});
      if (client === c) client = null;
      schedule();
    }
  };
  void open();

  return {
    ready,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
