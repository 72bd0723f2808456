import { parseAtDoor, threadCreateSchema } from '@/lib/api/schemas';
import { apiRoute, problem, readJson } from '@/lib/auth/api';
import { DataError } from '@/lib/data/errors';
import { createThread, listThreads } from '@/lib/data/threads/threads';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json({ items: await listThreads(viewer, params.id) }, { headers: { 'Cache-Control': 'no-store' } }));

export const POST = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  const input = parseAtDoor(threadCreateSchema, await readJson(request));
  try {
    return Response.json(await createThread(viewer, params.id, input), { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    // The quote is not in the working copy: 422, as the API documents (other refusals keep their status).
    if (error instanceof DataError && error.details?.status === 422) return problem(422, String(error.details.reason), error.userMessage);
    throw error;
  }
});
