// The access log: one JSON line per HTTP request the Next.js server answered, written when the
// response has finished, so it carries the real status and duration. proxy.ts cannot do this (it
// runs before the page and never sees the final status), so the line comes from Node's own
// diagnostics channels for its HTTP server (`http.server.request.start`, then the response's 'close'), which
// see every request `next start` serves without patching Next.js. Started once by instrumentation.ts.
//
//   {"level":"info","msg":"request","reqId":"…","method":"GET","path":"/bai-viet/hoi-nghi","status":200,"durationMs":12.4,…}
//
// The path is logged without the query's values (a search, a callback URL, a token could be in
// them): only the parameter names are kept. Path segments that are credentials (set-password and
// preview links, the private calendar feed's address) are masked. Build assets (/_next/static,
// /_next/image) and accepted reading beacons are logged at debug level.
import type { IncomingMessage, ServerResponse } from 'node:http';
import diagnostics from 'node:diagnostics_channel';
import type { Logger } from 'pino';
import { maskSecrets } from './logger';
import { isAcceptableRequestId, REQUEST_ID_HEADER } from './request-id';

/** Routes whose segment after the prefix is a credential (one-time links, the private calendar feed). */
const SECRET_SEGMENTS = [
  /^(\/toa-soan\/dat-mat-khau\/)[^/]+/,
  /^(\/xem-truoc\/)[^/]+/,
  /^(\/en\/xem-truoc\/)[^/]+/,
  /^(\/api\/lich\/)[^/]+/,
];

/** The path to log for a request URL: no query values, credential segments masked. */
export function loggablePath(url: string | undefined): { path: string; query?: string[] } {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  let path = q === -1 ? raw : raw.slice(0, q);
  for (const pattern of SECRET_SEGMENTS) path = path.replace(pattern, '$1[redacted]');
  if (path.length > 300) path = `${path.slice(0, 300)}…`;
  // The access logger does not scrub its lines (lib/log/logger.ts accessLoggerOptions): a token
  // pasted into an address ("/x/ktw_…", "?ktw_…" as a parameter name) is masked here.
  path = maskSecrets(path);
  if (q === -1) return { path };
  const names = [...new Set([...new URLSearchParams(raw.slice(q + 1)).keys()])].map((k) => maskSecrets(k.slice(0, 40))).slice(0, 20);
  return names.length > 0 ? { path, query: names } : { path };
}

function headerValue(value: number | string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value === undefined ? undefined : String(value);
}

export function accessLine(request: IncomingMessage, response: ServerResponse, durationMs: number | undefined): Record<string, unknown> {
  // The id proxy.ts put on the response (it matches the one handlers logged with); static files,
  // which proxy.ts does not see, have none.
  const reqId = headerValue(response.getHeader(REQUEST_ID_HEADER));
  return {
    ...(isAcceptableRequestId(reqId) ? { reqId } : {}),
    method: request.method,
    ...loggablePath(request.url),
    status: response.statusCode,
    ...(durationMs !== undefined ? { durationMs: Math.round(durationMs * 10) / 10 } : {}),
    ...(response.writableFinished ? {} : { aborted: true }),
  };
}

// The reading beacon: one per story page read, which has its own line. Logged at info only when refused.
const QUIET_PATHS: ReadonlySet<string> = new Set(['/api/v1/public/views']);

const holder = globalThis as unknown as { portalAccessLog?: () => void };

/** Subscribes the access log once per process; returns a function that unsubscribes (tests). */
export function startAccessLog(logger: Logger): () => void {
  if (holder.portalAccessLog) return holder.portalAccessLog;
  const onStart = (message: unknown) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const begin = process.hrtime.bigint();
    // 'close' comes after 'finish', and also when the client went away before the end (aborted).
    response.once('close', () => {
      try {
        const line = accessLine(request, response, Number(process.hrtime.bigint() - begin) / 1e6);
        const quiet = response.statusCode < 400 && typeof line.path === 'string' && (line.path.startsWith('/_next/') || QUIET_PATHS.has(line.path));
        logger[quiet ? 'debug' : 'info'](line, 'request');
      } catch {
        // a log line must never break a response
      }
    });
  };
  diagnostics.subscribe('http.server.request.start', onStart);
  holder.portalAccessLog = () => {
    diagnostics.unsubscribe('http.server.request.start', onStart);
    holder.portalAccessLog = undefined;
  };
  return holder.portalAccessLog;
}
