// Who is asking, for pages, server actions and route handlers. Re-read from the database on every
// request: a deactivated account, a role change or a password change counts from the next request.
import 'server-only';
import { cache } from 'react';
import { userForSession, type SessionUser } from '@/lib/data/sessions/sessions';
import { ANONYMOUS, type Viewer } from '@/lib/policy/roles';
import { auth } from './config';

/**
 * The signed-in user behind the session cookie, or null. Null when there is no valid cookie, when
 * its server-side session was ended (sign-out, sign out everywhere, password change) or passed its
 * absolute lifetime, or when the account was deactivated, deleted, or its session version moved on
 * since sign-in. Cached for the duration of one request (React `cache`), so several callers cost
 * one query.
 */
export const currentUser = cache(async (): Promise<(SessionUser & { sessionId: string }) | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sv = session?.sv;
  const sid = session?.sid;
  if (!id || typeof sv !== 'number' || !sid) return null;
  return userForSession(sid, id, sv);
});

/**
 * The viewer of the current request from the session cookie: `{ kind: 'user', id, roles }` or
 * `{ kind: 'anonymous' }`. Pass it to lib/data, which asks lib/policy. Never decide access here.
 * Route handlers should use viewerFromRequest() instead (API tokens, cross-origin checks).
 */
export async function getViewer(): Promise<Viewer> {
  const user = await currentUser();
  return user ? { kind: 'user', id: user.id, roles: user.roles, sessionId: user.sessionId } : ANONYMOUS;
}
