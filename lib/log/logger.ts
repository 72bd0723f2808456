// Structured logs: one JSON object per line on stdout (pino), for journald, Docker or a collector.
// Every line carries `service`; lines written while handling a request carry `reqId`, the same id
// proxy.ts puts on the request and on the response (x-request-id). Secrets never reach a line:
// sensitive keys are redacted wherever they sit, and credentials inside strings (URLs with a
// password, Bearer tokens, API tokens) are masked.
//
//   import { log, requestLogger } from '@/lib/log/logger';
//   log.info({ articleId }, 'published');
//   (await requestLogger()).warn({ err }, 'save failed');
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { REQUEST_ID_HEADER } from './request-id';

const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'authorization',
  'cookie',
  '["set-cookie"]',
  'apiKey',
  'secretAccessKey',
  'sessionToken',
  'databaseUrl',
  'DATABASE_URL',
  'DATABASE_READ_URL',
  'REDIS_URL',
  'AUTH_SECRET',
];

/** Each key at the top level and up to three levels down (pino paths need explicit depth). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const segment = key.startsWith('[') ? key : `.${key}`;
  const top = key.startsWith('[') ? key.slice(2, -2) : key;
  return [top.includes('-') ? key : top, `*${segment}`, `*.*${segment}`, `*.*.*${segment}`];
});

const MASKS: Array<[RegExp, string]> = [
  [/([a-z][a-z0-9+.-]*:\/\/[^:/\s@]*):[^@\s/]+@/gi, '$1:[redacted]@'], // scheme://user:password@
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/\bktw_[A-Za-z0-9_-]+/g, 'ktw_[redacted]'], // personal API tokens (lib/credentials/secret-token.ts)
  [/\blich_[A-Za-z0-9_-]+/g, 'lich_[redacted]'], // private calendar feed tokens (lib/data/planning/calendar-feed.ts)
  [/\b(authjs\.[a-z-]+|__Secure-authjs\.[a-z-]+)=[^;\s]+/gi, '$1=[redacted]'], // session cookies
  [/([?&](?:token|access_token|api_key|key|secret|password|signature|sig)=)[^&#\s"]+/gi, '$1[redacted]'], // credentials in a query
  [/(\/(?:dat-mat-khau|xem-truoc|api\/lich)\/)[^\s/?#"]+/g, '$1[redacted]'], // set-password, preview and calendar feed links (credentials)
];

// Every pattern above needs one of these: text with none of them (most log strings, every plain
// path of the access log) is returned without running the seven patterns.
const MAY_HOLD_SECRET = /[@=]|bearer|basic|ktw_|lich_|authjs|dat-mat-khau|xem-truoc|api\/lich/i;

export function maskSecrets(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of MASKS) out = out.replace(pattern, replacement);
  return out;
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (depth <= 0 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return serializeError(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth - 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth - 1);
  return out;
}

export interface SerializedError {
  type: string;
  message: string;
  code?: string;
  digest?: string;
  /** Stack frames only ("at f (file:line)"): the message line is left out, it is `message` above. */
  stack?: string;
  cause?: SerializedError;
}

const MAX_MESSAGE = 500;
const MAX_FRAMES = 8;

const alreadySerialized = new WeakSet<object>();

/**
 * An error as a log field: its type, its first message line (masked), a pg/Node `code`, Next's
 * `digest`, stack frames without the message, and its cause. Nothing else of the error is copied:
 * drizzle's DrizzleQueryError carries the query's parameters (a password hash, a token hash) in
 * `params` and on its message's second line; pg errors carry row values in `detail`; Auth.js errors
 * carry `{ err, ...details }` in `cause`.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (error && typeof error === 'object' && alreadySerialized.has(error)) return error as SerializedError;
  const out = serializeOnce(error, depth);
  alreadySerialized.add(out);
  return out;
}

function serializeOnce(error: unknown, depth: number): SerializedError {
  if (!(error instanceof Error)) {
    if (error && typeof error === 'object' && 'err' in error) return serializeError((error as { err: unknown }).err, depth);
    return { type: typeof error, message: maskSecrets(String(error)).split('\n')[0]!.slice(0, MAX_MESSAGE) };
  }
  const authType = (error as { type?: unknown }).type;
  const out: SerializedError = {
    type: typeof authType === 'string' && authType !== error.name ? `${error.name}/${authType}` : error.name || error.constructor?.name || 'Error',
    message: maskSecrets(error.message.split('\n')[0] ?? '').slice(0, MAX_MESSAGE),
  };
  const { code, digest } = error as { code?: unknown; digest?: unknown };
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code);
  if (typeof digest === 'string') out.digest = digest;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, MAX_FRAMES);
  if (frames.length > 0) out.stack = maskSecrets(frames.map((f) => f.trim()).join('\n'));
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && cause !== null && depth < 3) {
    // Auth.js wraps the underlying error as cause.err next to details it copied from elsewhere.
    const inner = cause instanceof Error ? cause : typeof cause === 'object' && 'err' in cause ? (cause as { err: unknown }).err : undefined;
    if (inner !== undefined) out.cause = serializeError(inner, depth + 1);
  }
  return out;
}

/**
 * The access log's options (lib/log/access-log.ts): the line shape every logger here writes,
 * without the key redaction, the string scrub and the message hook of loggerOptions(). Those walk
 * every field of every line with ~80 redaction paths and seven patterns, which was about half of the
 * CPU a cached page or a reading beacon costs (CPU profile under load). An access line has fixed
 * fields that accessLine() builds and masks itself, so none of them can carry a secret key.
 */
export function accessLoggerOptions(level = process.env.LOG_LEVEL || 'info'): LoggerOptions {
  return {
    level,
    base: { service: 'portal', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    formatters: { level: (label) => ({ level: label }) },
  };
}

export function loggerOptions(level?: string): LoggerOptions {
  const plain = accessLoggerOptions(level);
  return {
    ...plain,
    formatters: { ...plain.formatters, log: (object) => scrub(object, 4) as Record<string, unknown> },
    serializers: { err: (e: unknown) => serializeError(e), error: (e: unknown) => serializeError(e) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? maskSecrets(a) : a)) as Parameters<typeof method>);
      },
    },
  };
}

export function createLogger(destination?: DestinationStream, level?: string): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

export function createAccessLogger(destination?: DestinationStream, level?: string): Logger {
  return destination ? pino(accessLoggerOptions(level), destination) : pino(accessLoggerOptions(level));
}

// The process-wide logger writes to a sink whose target tests can swap (captureLogs below); in
// the app it is stdout, written synchronously so a line is out before a crash or an exit.
const holder = globalThis as unknown as { portalLogger?: Logger; portalAccessLogger?: Logger; portalLogTarget?: { write(line: string): unknown } };
const sink: DestinationStream = {
  write(line: string) {
    (holder.portalLogTarget ??= pino.destination({ dest: 1, sync: true })).write(line);
  },
};

/** The process-wide logger. */
export const log: Logger = (holder.portalLogger ??= createLogger(sink));

/** The process-wide access log (same sink; see accessLoggerOptions). */
export const accessLog: Logger = (holder.portalAccessLogger ??= createAccessLogger(sink));

/** Test helper: the process-wide logger's lines go to `target` until the returned function is called. */
export function redirectLogs(target: { write(line: string): unknown }): () => void {
  const previous = holder.portalLogTarget;
  holder.portalLogTarget = target;
  return () => {
    holder.portalLogTarget = previous;
  };
}

/**
 * A child logger carrying the current request's id (and `bindings`). Outside a request (the
 * scheduler, a script) it is the plain logger with the bindings.
 */
export async function requestLogger(bindings: Record<string, unknown> = {}): Promise<Logger> {
  let reqId: string | undefined;
  try {
    const { headers } = await import('next/headers');
    reqId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // not inside a request
  }
  return log.child(reqId ? { reqId, ...bindings } : bindings);
}
