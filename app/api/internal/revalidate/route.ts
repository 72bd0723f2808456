import { z } from 'zod';
import { viewerFromRequest } from '@/lib/auth/api';
import { isInternalRevalidateToken } from '@/lib/data/public/revalidate-token';
import { revalidateCachePaths } from '@/lib/data/public/revalidate';

// Revalidation for code that runs outside a request (the scheduler's jobs in this process, or
// `npm run worker`): revalidatePath() needs a request to work in, so they POST here
// (lib/data/public/revalidate.ts). Authorised by a token derived from AUTH_SECRET; it can only make
// pages render again, never change what they show.
export const dynamic = 'force-dynamic';

const CACHE_PATH = z.string().regex(/^\/[a-z0-9/._-]{0,300}$/);
const body = z.union([z.object({ all: z.literal(true) }).strict(), z.object({ paths: z.array(CACHE_PATH).max(2000) }).strict()]);

export async function POST(request: Request) {
  if (!isInternalRevalidateToken(request.headers.get('authorization'))) {
    // No staff member may call it either: 403 for a valid session or API token, 401 otherwise.
    const viewer = await viewerFromRequest(request);
    return new Response(null, { status: viewer.kind === 'user' ? 403 : 401 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400 });
  const ok = 'all' in parsed.data ? await revalidateCachePaths([], true) : await revalidateCachePaths(parsed.data.paths, false);
  return new Response(null, { status: ok ? 204 : 500, headers: { 'Cache-Control': 'no-store' } });
}
