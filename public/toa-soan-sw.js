// The newsroom's service worker (issue #24): a story being co-edited can be reloaded without a
// connection. Registered by the live editor only (components/editor/offline-copies.ts), scope
// /toa-soan/. It keeps exactly two kinds of response:
// - the story editor's page (/toa-soan/bai-viet/<id>): always asked of the network first, kept as
//   the copy to show when the network cannot answer (the text itself comes from IndexedDB, where the
//   editor keeps what was typed offline);
// - the framework's build files (/_next/static/…): named by their content, so a kept copy is never
//   stale.
// Everything else (other pages, the API, server actions, the collaboration websocket) goes to the
// network untouched. Signing out deletes the cache (components/editor/offline-copies.ts).
const CACHE = 'toa-soan-ngoai-tuyen-v1';
const EDITOR_PAGE = /^\/toa-soan\/bai-viet\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Kept at most: a day's stories and the files of a release or two. */
const MAX_PAGES = 30;
const MAX_FILES = 400;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function keep(request, response, limit, pattern) {
  if (!response.ok || response.type !== 'basic' || response.redirected) return;
  const cache = await caches.open(CACHE);
  await cache.put(request, response);
  const kept = (await cache.keys()).filter((r) => pattern(new URL(r.url).pathname));
  for (const old of kept.slice(0, Math.max(0, kept.length - limit))) await cache.delete(old);
}

const isEditorPage = (path) => EDITOR_PAGE.test(path);
const isBuildFile = (path) => path.startsWith('/_next/static/');

async function editorPage(request) {
  try {
    const response = await fetch(request);
    // Only the editor itself: a redirect to the sign-in page or an error page is not kept.
    if (isEditorPage(new URL(response.url || request.url).pathname)) await keep(new Request(request.url), response.clone(), MAX_PAGES, isEditorPage);
    return response;
  } catch (error) {
    const kept = await caches.match(request.url, { cacheName: CACHE, ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

async function buildFile(request) {
  const kept = await caches.match(request, { cacheName: CACHE, ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  await keep(request, response.clone(), MAX_FILES, isBuildFile).catch(() => {});
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && isEditorPage(url.pathname) && !url.search) return event.respondWith(editorPage(request));
  if (isBuildFile(url.pathname)) return event.respondWith(buildFile(request));
});

// The page that registered this worker was loaded before it: it sends its own address and the build
// files it loaded, to be kept now (otherwise the first reload without a connection would find nothing).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.files)) return;
  event.waitUntil(
    (async () => {
      const page = typeof data.page === 'string' ? new URL(data.page, self.location.origin) : null;
      if (page && page.origin === self.location.origin && isEditorPage(page.pathname)) {
        const response = await fetch(page.href, { credentials: 'same-origin' }).catch(() => null);
        if (response && isEditorPage(new URL(response.url || page.href).pathname)) await keep(new Request(page.href), response, MAX_PAGES, isEditorPage);
      }
      for (const file of data.files.slice(0, MAX_FILES)) {
        if (typeof file !== 'string') continue;
        const url = new URL(file, self.location.origin);
        if (url.origin !== self.location.origin || !isBuildFile(url.pathname)) continue;
        if (await caches.match(url.href, { cacheName: CACHE })) continue;
        const response = await fetch(url.href).catch(() => null);
        if (response) await keep(new Request(url.href), response, MAX_FILES, isBuildFile).catch(() => {});
      }
    })(),
  );
});
