// problem+json (RFC 9457) answers for route handlers: expected failures become their status with a
// message a person can act on; a lost database connection is 503 with Retry-After; anything else is
// a logged 500 without details.
import { DataError, isDatabaseUnavailable, type DataErrorCode } from '@/lib/data/errors';
import { requestLogger } from '@/lib/log/logger';
import type { Viewer } from '@/lib/policy/roles';

const STATUS: Record<DataErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

const TITLES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  409: 'Xung đột dữ liệu',
  413: 'Nội dung quá lớn',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Tạm thời không phục vụ được',
};

/** A problem+json response. `code` is stable for programs; `detail` is for people. */
export function problem(status: number, code: string, detail: string, headers: Record<string, string> = {}, extensions: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ ...extensions, type: 'about:blank', title: TITLES[status] ?? 'Lỗi', status, code, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

const UNAUTHENTICATED_HEADERS = { 'WWW-Authenticate': 'Bearer realm="toa-soan"' };

export function problemFromError(error: unknown, viewer: Viewer): Response {
  // A lost database connection is not the caller's fault and not a bug: say when to try again.
  if (isDatabaseUnavailable(error)) {
    return problem(503, 'unavailable', 'Máy chủ dữ liệu tạm thời không truy cập được; chưa có gì thay đổi. Hãy thử lại sau ít phút.', { 'Retry-After': '30' });
  }
  if (!(error instanceof DataError)) {
    // Type, first message line and stack frames only (lib/log/logger.ts serializeError), under the request's id.
    void requestLogger({ area: 'api' }).then((log) => log.error({ err: error }, 'unexpected error'));
    return problem(500, 'internal', 'Hệ thống gặp lỗi ngoài dự kiến. Xin thử lại sau.');
  }
  // Anonymous callers learn that they must authenticate, not which resource they could not reach.
  if ((error.code === 'forbidden' || error.code === 'unauthenticated') && viewer.kind === 'anonymous') {
    return problem(401, 'unauthenticated', 'Hãy đăng nhập hoặc gửi token API hợp lệ (Authorization: Bearer …).', UNAUTHENTICATED_HEADERS);
  }
  const headers: Record<string, string> = {};
  const retry = error.details?.retryAfterSeconds;
  if (error.code === 'rate_limited' && typeof retry === 'number') headers['Retry-After'] = String(retry);
  return problem(STATUS[error.code], error.code, error.userMessage, headers);
}
