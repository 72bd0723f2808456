import { apiRoute } from '@/lib/auth/api';
import { clearSignInLock } from '@/lib/data/sessions/sign-in';
import { userDetail } from '@/lib/data/users/admin';

/** POST /api/v1/users/:id/unlock (admins): lifts the account's sign-in lock. */
export const POST = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  const user = await userDetail(viewer, params.id);
  await clearSignInLock(viewer, { email: user.email });
  return { ok: true };
});
