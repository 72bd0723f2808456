import { apiRoute, readJson } from '@/lib/auth/api';
import { DataError } from '@/lib/data/errors';
import { changeUserRoles, setUserActive, userDetail } from '@/lib/data/user-admin';

type Params = { id: string };

/** GET /api/v1/users/:id (admins): the account, its lock state and recent security events. */
export const GET = apiRoute<Params>(async ({ viewer, params }) => userDetail(viewer, params.id));

/** PATCH /api/v1/users/:id {roles?, active?} (admins). Both changes end the user's sessions. */
export const PATCH = apiRoute<Params>(async ({ viewer, params, request }) => {
  const body = await readJson(request);
  if (body.roles === undefined && body.active === undefined) throw new DataError('invalid', 'Hãy gửi roles hoặc active.');
  const result: { roles?: unknown; isActive?: boolean } = {};
  if (body.roles !== undefined) result.roles = (await changeUserRoles(viewer, { userId: params.id, roles: body.roles })).roles;
  if (body.active !== undefined) result.isActive = (await setUserActive(viewer, { userId: params.id, active: body.active })).isActive;
  return result;
});
