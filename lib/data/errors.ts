// Expected failures carry a message a person can act on (Vietnamese in the UI, shown by CLIs too).
export type DataErrorCode = 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'rate_limited';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly userMessage: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(userMessage);
    this.name = 'DataError';
  }
}

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new DataError('forbidden', message);

// --- Database unavailable (added for running through outages; see docs/deploy.md) -------------
// A dropped or refused connection to PostgreSQL is not a bug in the request: the caller should keep
// its input and try again. Server actions turn it into this message (lib/auth/action.ts) instead of
// the generic "unexpected error", and the editor keeps the text in the browser meanwhile.
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Máy chủ dữ liệu tạm thời không truy cập được; nội dung vẫn được giữ trên máy này và sẽ được lưu khi kết nối trở lại.';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
// SQLSTATE: 08xxx connection exception; 57P01-57P03 server shutting down, crashed or starting; 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/** Whether the error (or anything it wraps: Drizzle's cause, an AggregateError) is a lost database connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return true;
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
