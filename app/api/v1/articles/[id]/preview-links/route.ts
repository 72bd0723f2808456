import { parseAtDoor, previewLinkCreateSchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { createPreviewLink, listPreviewLinks } from '@/lib/data/tokens/preview-links';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => ({ items: await listPreviewLinks(viewer, params.id) }));

export const POST = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const { hours, revisionId } = parseAtDoor(previewLinkCreateSchema, await readJson(request));
  const link = await createPreviewLink(viewer, params.id, { hours, revisionId });
  return Response.json(link, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
