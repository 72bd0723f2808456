import { parseAtDoor, userPatchSchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { changeUserRoles, setUserActive, userDetail } from '@/lib/data/users/admin';

type Params = { id: string };

/** GET /api/v1/users/:id (admins): the account, its lock state and recent security events. */
export const GET = apiRoute<Params>(async ({ viewer, params }) => userDetail(viewer, params.id));

/** PATCH /api/v1/users/:id {roles?, active?} (admins). Both changes end the user's sessions. */
export const PATCH = apiRoute<Params>(async ({ viewer, params, request }) => {
  const body = parseAtDoor(userPatchSchema, await readJson(request));
  const result: { roles?: unknown; isActive?: boolean } = {};
  if (body.roles !== undefined) result.roles = (await changeUserRoles(viewer, { userId: params.id, roles: body.roles })).roles;
  if (body.active !== undefined) result.isActive = (await setUserActive(viewer, { userId: params.id, active: body.active })).isActive;
  return result;
});
