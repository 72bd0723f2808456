import { commentCreateSchema, parseAtDoor } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { addComment, listComments } from '@/lib/data/comments/comments';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => ({ items: await listComments(viewer, params.id) }));

export const POST = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const { body } = parseAtDoor(commentCreateSchema, await readJson(request));
  return Response.json(await addComment(viewer, params.id, body), { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
