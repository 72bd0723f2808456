// The portal's HTTP server: Next.js's own request handler (a "custom server", next() + prepare())
// with the front cache in front of it (lib/cache/front-cache.mjs: a reader page asked for again
// within a second is answered from memory without entering the framework) and the few routes the
// app registers to be answered there too (lib/cache/front-routes.mjs: the reading beacon). Everything else, the
// websocket upgrade of /collab included, is Next.js's handler exactly as under `next start`.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0] [--keepAliveTimeout 65000]
//
// Started by scripts/start.ts (npm start), the e2e suite, the benchmark, the fault tests and the
// systemd unit (deploy/portal@.service), so every one of them runs what readers get.
// PUBLIC_FRONT_CACHE_MS sets the copies' lifetime (default 1000, 0 turns the front cache off);
// PUBLIC_FRONT_CACHE_MB its memory (default 32); HEAP_GROWTH_PERCENT how far the JavaScript heap
// may grow past what the last full collection kept (default 50, see below).
// Plain JavaScript: it runs with `node` alone, like `next start`.
import http from 'node:http';
import process from 'node:process';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { createFrontCache, registerFrontCache } from '../lib/cache/front-cache.mjs';
import { frontRoute } from '../lib/cache/front-routes.mjs';

process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function numberFrom(text, fallback, min, max, what) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${what} must be a whole number from ${min} to ${max} (got "${text}").`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    keepAliveTimeout: { type: 'string' },
  },
});
// Memory. Left to itself V8 lets the heap grow to two or three times what survives a full collection
// before it collects again (trace-gc under the benchmark's mixed load: 86 MB live, 240-270 MB held),
// and keeps what it grew; rendering makes a lot of short-lived garbage, so the server sat near 550 MB
// with 90 MB of live objects. Collecting when the heap is 1.5 times the live size keeps it near 400 MB
// for about 5 % fewer renders a second. It bounds growth, not size: an import or a large page may
// still take what it needs (no --max-old-space-size, which would end the process instead). Read by
// V8 at every collection, so it can be set here rather than on the command line of every launcher.
const heapGrowthPercent = numberFrom(process.env.HEAP_GROWTH_PERCENT, 50, 0, 1000, 'HEAP_GROWTH_PERCENT');
if (heapGrowthPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowthPercent}`);

const port = numberFrom(values.port ?? process.env.PORT, 3000, 1, 65535, 'The port');
const hostname = values.hostname;
const keepAliveTimeout = numberFrom(values.keepAliveTimeout, 0, 0, 3_600_000, 'The keep-alive timeout (ms)');
const ttlMs = numberFrom(process.env.PUBLIC_FRONT_CACHE_MS, 1000, 0, 60_000, 'PUBLIC_FRONT_CACHE_MS');
const maxMb = numberFrom(process.env.PUBLIC_FRONT_CACHE_MB, 32, 0, 4096, 'PUBLIC_FRONT_CACHE_MB');

// What `next start` tells the app about itself: the port (SITE_URL's default, http://localhost:PORT,
// and the instance's own address for revalidation from jobs, lib/data/public/revalidate.ts) and
// its origin.
process.env.PORT = String(port);
const shownHost = !hostname || hostname === '0.0.0.0' ? 'localhost' : hostname === '::' ? '[::1]' : hostname.includes(':') ? `[${hostname}]` : hostname;
process.env.__NEXT_PRIVATE_ORIGIN = `http://${shownHost}:${port}`;

// Imported after NODE_ENV is set: Next.js reads it while loading.
const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
const frontCache = createFrontCache({ ttlMs, maxBytes: maxMb * 1024 * 1024 });
registerFrontCache(frontCache);

const nextHandler = async (req, res) => {
  try {
    await handle(req, res);
  } catch (error) {
    console.error(`Failed to handle request for ${req.url}`, error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end('Internal Server Error');
    } else res.destroy();
  }
};

const server = http.createServer((req, res) => {
  // The few routes the app answers in front of the framework (lib/cache/front-routes.mjs).
  const route = frontRoute(req);
  if (route) {
    route(req, res).catch((error) => {
      console.error(`Failed to handle request for ${req.url}`, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else res.destroy();
    });
    return;
  }
  frontCache.handle(req, res, nextHandler);
});
if (keepAliveTimeout > 0) server.keepAliveTimeout = keepAliveTimeout;
// Websocket upgrades (the /collab rewrite) go to Next.js's upgrade handler from the first request
// on; the wrapper would otherwise attach it only when an ordinary request has arrived first.
app.setupWebSocketHandler(server);

server.on('error', (error) => {
  console.error('The server could not start:', error.message);
  process.exit(1);
});
server.listen(port, hostname, () => {
  // A start-up banner in the framework's own style (the fault tests allow those lines before the JSON log).
  console.log(`✓ Ready on ${process.env.__NEXT_PRIVATE_ORIGIN}`);
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  // Stop accepting, let requests in flight finish (idle keep-alive sockets are closed), then let
  // Next.js close; a stuck connection cannot hold the process beyond 10 s.
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 10_000).unref();
  server.close(async () => {
    await app.close?.().catch(() => {});
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
  server.closeIdleConnections();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
