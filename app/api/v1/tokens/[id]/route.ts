import { apiRoute } from '@/lib/auth/api';
import { revokeOwnApiToken } from '@/lib/data/tokens/api-tokens';

/** DELETE /api/v1/tokens/:id: revokes one of the caller's own tokens. */
export const DELETE = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  await revokeOwnApiToken(viewer, params.id, 'api');
  return new Response(null, { status: 204 });
});
