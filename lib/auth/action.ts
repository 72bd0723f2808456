// The door for server actions. Every server action is a public POST endpoint, so each one runs
// through runAction(): same-origin proof, the viewer re-read from the database, expected failures
// turned into values. Usage in a 'use server' file:
//
//   export async function changeRolesAction(input: { userId: string; roles: string[] }) {
//     return runAction((viewer) => changeUserRoles(viewer, input));
//   }
//
// The lib/data function asks the policy; runAction only refuses requests that prove nothing.
import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { DATABASE_UNAVAILABLE_MESSAGE, DataError, isDatabaseUnavailable, type DataErrorCode } from '@/lib/data/errors';
import { requestLogger } from '@/lib/log/logger';
import type { Viewer } from '@/lib/policy/roles';
import { formMessage } from './form-message';
import { isSameOrigin } from './http';
import { getViewer } from './viewer';

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  // 'unavailable': the database could not be reached; nothing was saved, try again later.
  | { ok: false; code: DataErrorCode | 'cross_origin' | 'internal' | 'unavailable'; message: string; link?: ActionLink };

/** Where the person can see what the refusal is about (e.g. the diff of what changed meanwhile). */
export interface ActionLink {
  href: string;
  label: string;
}

function linkOf(error: DataError): ActionLink | undefined {
  const link = error.details?.link as Partial<ActionLink> | undefined;
  return link && typeof link.href === 'string' && link.href.startsWith('/toa-soan/') && typeof link.label === 'string' ? { href: link.href, label: link.label } : undefined;
}

export const crossOriginRefusal = {
  ok: false,
  code: 'cross_origin',
  message: 'Yêu cầu bị từ chối vì không đến từ trang tòa soạn. Hãy tải lại trang và thử lại.',
} as const;

/** Server actions must carry a same-origin Origin header; Next.js itself lets a missing one through. */
export async function actionOriginOk(): Promise<boolean> {
  return isSameOrigin(await headers());
}

export function failure(error: unknown): ActionResult<never> {
  if (error instanceof DataError) {
    const link = linkOf(error);
    return { ok: false, code: error.code, message: formMessage(error), ...(link ? { link } : {}) };
  }
  // A database outage is not a bug: say so plainly (the editor keeps the text and retries). Logged
  // under the request's id (lib/log) with the error's type, first line and stack frames only.
  if (isDatabaseUnavailable(error)) {
    void requestLogger({ area: 'action' }).then((log) => log.warn({ err: error }, 'database unavailable'));
    return { ok: false, code: 'unavailable', message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  void requestLogger({ area: 'action' }).then((log) => log.error({ err: error }, 'unexpected error'));
  return { ok: false, code: 'internal', message: 'Hệ thống gặp lỗi ngoài dự kiến. Xin thử lại sau.' };
}

/**
 * Runs a staff action for the current viewer. `allowAnonymous` is for the few actions whose
 * authority is something else the caller holds (a one-time set-password link).
 */
export async function runAction<T>(
  work: (viewer: Viewer) => Promise<T>,
  options: { allowAnonymous?: boolean } = {},
): Promise<ActionResult<T>> {
  if (!(await actionOriginOk())) return crossOriginRefusal;
  let viewer: Viewer;
  try {
    viewer = await getViewer(); // reads the session's user from the database: an outage fails here first
  } catch (error) {
    unstable_rethrow(error);
    return failure(error);
  }
  if (viewer.kind === 'anonymous' && !options.allowAnonymous) {
    return { ok: false, code: 'unauthenticated', message: 'Phiên đăng nhập đã hết hoặc không còn hiệu lực. Hãy đăng nhập lại.' };
  }
  try {
    return { ok: true, data: await work(viewer) };
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and friends are control flow, not failures
    return failure(error);
  }
}
