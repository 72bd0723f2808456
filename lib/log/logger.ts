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
  [/\bktw_[A-Za-z0-9_-]+/g, 'ktw_[redacted]'], // personal API tokens (lib/auth/secret-token.ts)
  [/\b(authjs\.[a-z-]+|__Secure-authjs\.[a-z-]+)=[^;\s]+/gi, '$1=[redacted]'], // session cookies
];

export function maskSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of MASKS) out = out.replace(pattern, replacement);
  return out;
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (depth <= 0 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value; // the err serializer below scrubs it
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth - 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth - 1);
  return out;
}

function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  return scrub(serialized, 4);
}

export function loggerOptions(level = process.env.LOG_LEVEL || 'info'): LoggerOptions {
  return {
    level,
    base: { service: 'portal', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrub(object, 4) as Record<string, unknown>,
    },
    serializers: { err: serializeError, error: serializeError },
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

const holder = globalThis as unknown as { portalLogger?: Logger };

/** The process-wide logger. */
export const log: Logger = (holder.portalLogger ??= createLogger());

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
