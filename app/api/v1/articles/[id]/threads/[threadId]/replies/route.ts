import { parseAtDoor, threadReplySchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { addThreadReply } from '@/lib/data/threads/threads';

export const POST = apiRoute<{ id: string; threadId: string }>(async ({ viewer, request, params }) => {
  const input = parseAtDoor(threadReplySchema, await readJson(request));
  return Response.json(await addThreadReply(viewer, params.id, params.threadId, input), { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
