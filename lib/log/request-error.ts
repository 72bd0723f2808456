// The line for an error Next.js reports through instrumentation.ts's onRequestError (a page, route
// handler, server action or proxy threw): the request's id and route, the error as serializeError
// writes it (type, first line, frames; never drizzle's params or Auth.js's details).
import type { Logger } from 'pino';
import { loggablePath } from './access-log';
import { isAcceptableRequestId, REQUEST_ID_HEADER } from './request-id';

export interface ReportedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

export function logRequestError(logger: Logger, error: unknown, request: ReportedRequest, context: { routePath?: string; routeType?: string }): void {
  const raw = request.headers[REQUEST_ID_HEADER];
  const reqId = Array.isArray(raw) ? raw[0] : raw;
  logger.error(
    {
      ...(isAcceptableRequestId(reqId) ? { reqId } : {}),
      method: request.method,
      ...loggablePath(request.path),
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    'request failed',
  );
}
