import { apiRoute } from '@/lib/auth/api';
import { revokePreviewLink } from '@/lib/data/tokens/preview-links';

export const DELETE = apiRoute<{ id: string; linkId: string }>(async ({ viewer, params }) => {
  await revokePreviewLink(viewer, params.id, params.linkId);
  return new Response(null, { status: 204 });
});
