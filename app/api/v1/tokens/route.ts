import { parseAtDoor, tokenCreateSchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { createApiToken, listOwnApiTokens } from '@/lib/data/tokens/api-tokens';
import { forbidden } from '@/lib/data/errors';

/** GET /api/v1/tokens: the caller's own tokens (never the secrets). */
export const GET = apiRoute(async ({ viewer }) => ({ tokens: await listOwnApiTokens(viewer) }));

/**
 * POST /api/v1/tokens {name, expiresInDays?: 30|90|365|null}: a new token for the caller, returned once.
 * Only a signed-in session may mint one: a token minting its successor would let a leaked token
 * outlive its own expiry and the owner's revocation of it.
 */
export const POST = apiRoute(async ({ viewer, request, via }) => {
  if (viewer.kind !== 'user') throw forbidden();
  if (via === 'token') throw forbidden('Không tạo được token API bằng một token API. Hãy đăng nhập tòa soạn rồi tạo token ở trang Tài khoản.');
  const body = parseAtDoor(tokenCreateSchema, await readJson(request));
  const created = await createApiToken(viewer, { userId: viewer.id, ...body }, 'api');
  return Response.json(created, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
