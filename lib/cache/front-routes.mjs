// Routes the server answers in front of Next.js (scripts/serve.mjs), for requests that arrive as
// often as cached reader pages and must cost as little (the reading beacon). The app registers them
// when it starts (instrumentation.ts): the handler is the app's own code, with the app's rules, and
// the server only dispatches to it. Until one is registered (or under `next dev`), the request goes
// to Next.js's own route for the same address, which applies the same rules.
// Plain JavaScript (like front-cache.mjs): serve.mjs runs without a TypeScript step.

const HOLDER = Symbol.for('portal.frontRoutes');

/** @returns {Map<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>>} */
function routes() {
  const holder = /** @type {any} */ (globalThis);
  return (holder[HOLDER] ??= new Map());
}

/** Registers the handler for exactly this method and path (no query). */
export function registerFrontRoute(method, path, handler) {
  routes().set(`${method} ${path}`, handler);
}

/** The handler for this request, if one is registered for its exact method and address. */
export function frontRoute(req) {
  const map = routes();
  return map.size === 0 ? undefined : map.get(`${req.method} ${req.url}`);
}
