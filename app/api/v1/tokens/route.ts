import { parseAtDoor, tokenCreateSchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { createApiToken, listOwnApiTokens } from '@/lib/data/tokens/api-tokens';
import { forbidden } from '@/lib/data/errors';

/** GET /api/v1/tokens: the caller's own tokens (never the secrets). */
export const GET = apiRoute(async ({ viewer }) => ({ tokens: await listOwnApiTokens(viewer) }));

/** POST /api/v1/tokens {name, expiresInDays?: 30|90|365|null}: a new token for the caller, returned once. */
export const POST = apiRoute(async ({ viewer, request }) => {
  if (viewer.kind !== 'user') throw forbidden();
  const body = parseAtDoor(tokenCreateSchema, await readJson(request));
  const created = await createApiToken(viewer, { userId: viewer.id, ...body }, 'api');
  return Response.json(created, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
