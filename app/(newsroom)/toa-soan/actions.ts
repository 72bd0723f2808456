'use server';

import { auth, signOut } from '@/lib/auth/config';
import { actionOriginOk } from '@/lib/auth/action';
import { endSession } from '@/lib/data/sessions/user-sessions';

/**
 * Ends the session on the server (so a copy of the cookie is worthless on every instance), then
 * clears the cookie. A cross-site request changes nothing. Ending it here rather than only in
 * Auth.js's signOut event means a failure to reach the database is an error, not a silent no-op.
 */
export async function signOutAction(): Promise<void> {
  if (!(await actionOriginOk())) return;
  const session = await auth();
  if (session?.sid) await endSession(session.sid, 'sign_out');
  await signOut({ redirectTo: '/toa-soan/dang-nhap?thong-bao=da-dang-xuat' });
}
