// The door for route handlers (app/api/v1/**): who is calling, and expected failures as
// problem+json (RFC 9457) with a Vietnamese message. Usage:
//
//   export const GET = apiRoute(async ({ viewer }) => listUsers(viewer));
//   export const PATCH = apiRoute<{ id: string }>(async ({ viewer, request, params }) =>
//     changeUserRoles(viewer, { userId: params.id, ...(await readJson(request)) }));
//
// A handler returns a Response, or any JSON-serialisable value (sent as 200 JSON). Throwing a
// DataError (lib/data/errors.ts) becomes the matching 4xx; anything else is a logged 500 without
// details for the caller.
import 'server-only';
import { DataError } from '@/lib/data/errors';
import { problem, problemFromError } from './problem';
import { userForApiToken } from '@/lib/data/sessions/sessions';
import { ANONYMOUS, type Viewer } from '@/lib/policy/roles';
import { isSameOrigin, SAFE_METHODS } from './http';
import { getViewer } from './viewer';

export interface RequestAuth {
  viewer: Viewer;
  /** Why a credential that was present was not accepted. */
  refused?: 'cross_origin' | 'bad_token';
  /** What proved who the viewer is: a personal API token or the session cookie (absent for anonymous). */
  via?: 'token' | 'session';
}

/**
 * Authenticates a route handler request. With `Authorization: Bearer ktw_…` the personal API token
 * decides (hashed, looked up, must be live, its owner active) and cookies are ignored; a malformed
 * or unknown token is anonymous, never a fallback to the cookie. Otherwise the session cookie
 * decides, and for unsafe methods only with a same-origin `Origin` header (CSRF).
 */
export async function authenticateRequest(request: Request): Promise<RequestAuth> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const user = match ? await userForApiToken(match[1]!) : null;
    return user ? { viewer: { kind: 'user', id: user.id, roles: user.roles }, via: 'token' } : { viewer: ANONYMOUS, refused: 'bad_token' };
  }
  const viewer = await getViewer();
  if (viewer.kind === 'user' && !SAFE_METHODS.has(request.method.toUpperCase()) && !isSameOrigin(request.headers, new URL(request.url).protocol)) {
    return { viewer: ANONYMOUS, refused: 'cross_origin' };
  }
  return viewer.kind === 'user' ? { viewer, via: 'session' } : { viewer };
}

/** The viewer of an API request (see authenticateRequest): a user, or anonymous when nothing valid was presented. */
export async function viewerFromRequest(request: Request): Promise<Viewer> {
  return (await authenticateRequest(request)).viewer;
}

// problem+json answers live in ./problem (no Auth.js import there, so they are unit-tested).
export { problem, problemFromError } from './problem';

const MAX_JSON_BYTES = 256 * 1024;

/** The request body as JSON, or a DataError('invalid') with a message a person can act on. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new DataError('invalid', 'Nội dung yêu cầu quá lớn.');
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new DataError('invalid', 'Nội dung yêu cầu phải là một đối tượng JSON.');
}

export interface ApiContext<P> {
  request: Request;
  viewer: Viewer;
  params: P;
  /** How the viewer signed this request (see RequestAuth.via). */
  via?: 'token' | 'session';
}

/** Wraps a route handler: authenticates, runs it, turns expected failures into problem+json. */
export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const { viewer, refused, via } = await authenticateRequest(request);
    if (refused === 'cross_origin') {
      return problem(403, 'cross_origin', 'Yêu cầu thay đổi dữ liệu phải đến từ chính trang tòa soạn (thiếu hoặc sai tiêu đề Origin).');
    }
    try {
      const result = await handler({ request, viewer, via, params: await context.params });
      if (result instanceof Response) return result;
      return Response.json(result ?? { ok: true }, { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      return problemFromError(error, viewer);
    }
  };
}
