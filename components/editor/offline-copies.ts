'use client';

// The live editor keeps each story a staff member co-edits in this browser's IndexedDB, so typing
// survives a lost connection and a reload (use-live-document.ts), and the newsroom's service worker
// (public/toa-soan-sw.js) keeps the editor's page and build files so that a reload without a
// connection still opens the editor. On a shared computer none of it may outlive the session:
// signing out forgets it all.

const PREFIX = 'toa-soan:cung-soan:';
/** The service worker's cache (the name is also in public/toa-soan-sw.js). */
const PAGE_CACHE = 'toa-soan-ngoai-tuyen-v1';

/**
 * Registers the newsroom's service worker (scope /toa-soan/) and asks it to keep this editor page and
 * the build files it loaded, which it could not see since they were fetched before it existed.
 * Best effort: without service workers (or with them blocked) the editor works as before, only a
 * reload without a connection fails.
 */
export async function keepEditorForOffline(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/toa-soan-sw.js', { scope: '/toa-soan/' });
    const registration = await navigator.serviceWorker.ready;
    const files = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
    registration.active?.postMessage({ type: 'keep', page: location.pathname, files });
  } catch {
    // Refused (private mode, policy): nothing is kept.
  }
}

/** The IndexedDB database holding one person's offline copy of one story. */
export const offlineCopyName = (articleId: string, userId: string) => `${PREFIX}${articleId}:${userId}`;

export interface ForgetOptions {
  /**
   * Keep this account's copies (a person back after their session expired keeps unsent typing) and
   * the kept pages: a signed-in browser reached its session through the sign-in page, which deleted
   * the pages kept before, so the ones there now are this person's.
   */
  exceptUser?: string;
  /** Delete only the pages the service worker kept, no copy. */
  pagesOnly?: boolean;
}

/**
 * Deletes the offline copies of stories in this browser (by default everyone's) and the pages the
 * service worker kept (unless `exceptUser` is given). Never holds up signing out: gives up waiting after two seconds (a deletion
 * blocked by another open tab goes on once that tab lets go of it). Answers how many copies it
 * asked to delete.
 */
export async function forgetOfflineCopies(options: ForgetOptions = {}): Promise<number> {
  const work = (async () => {
    if (!options.exceptUser && typeof caches !== 'undefined') await caches.delete(PAGE_CACHE).catch(() => false);
    if (options.pagesOnly || typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return 0;
    const others = options.exceptUser ? `:${options.exceptUser}` : null;
    const names = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((name) => name.startsWith(PREFIX) && !(others && name.endsWith(others)));
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
    return names.length;
  })();
  return Promise.race([work.catch(() => 0), new Promise<number>((resolve) => setTimeout(() => resolve(0), 2_000))]);
}
