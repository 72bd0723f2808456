import { apiRoute, readJson } from '@/lib/auth/api';
import { DataError } from '@/lib/data/errors';
import { createPreviewLink, listPreviewLinks } from '@/lib/data/preview-links';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => ({ items: await listPreviewLinks(viewer, params.id) }));

export const POST = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const { hours, revisionId } = await readJson(request);
  if (hours !== undefined && typeof hours !== 'number') throw new DataError('invalid', 'hours phải là số giờ (1 đến 720).');
  if (revisionId !== undefined && typeof revisionId !== 'string') throw new DataError('invalid', 'revisionId không hợp lệ.');
  const link = await createPreviewLink(viewer, params.id, { hours, revisionId });
  return Response.json(link, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
