'use client';

// The live editor keeps each story a staff member co-edits in this browser's IndexedDB, so typing
// survives a lost connection and a reload (use-live-document.ts). On a shared computer those copies
// must not outlive the session: signing out forgets them all.

const PREFIX = 'toa-soan:cung-soan:';

/** The IndexedDB database holding one person's offline copy of one story. */
export const offlineCopyName = (articleId: string, userId: string) => `${PREFIX}${articleId}:${userId}`;

/**
 * Deletes every offline copy of a story in this browser (whoever's it was). Never holds up signing
 * out: gives up waiting after two seconds (a deletion blocked by another open tab goes on once that
 * tab lets go of it). Answers how many copies it asked to delete.
 */
export async function forgetOfflineCopies(): Promise<number> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return 0;
  const work = (async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith(PREFIX));
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
