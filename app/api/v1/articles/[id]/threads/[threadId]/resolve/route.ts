import { apiRoute } from '@/lib/auth/api';
import { resolveThread } from '@/lib/data/threads/threads';

export const POST = apiRoute<{ id: string; threadId: string }>(async ({ viewer, params }) => Response.json(await resolveThread(viewer, params.id, params.threadId), { headers: { 'Cache-Control': 'no-store' } }));
