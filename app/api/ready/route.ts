// Readiness: send traffic here only when the database answers and its migrations are applied.
// 200 or 503 with a small JSON body; nothing secret (no host names, no connection strings).
import { checkReadiness } from '@/lib/data/readiness';
import { requestLogger } from '@/lib/log/logger';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  const headers = { 'Cache-Control': 'no-store' };
  if (readiness.ready) return Response.json({ status: 'ready', migrations: readiness.migrations }, { headers });
  (await requestLogger({ probe: 'ready' })).warn({ reason: readiness.reason, detail: readiness.detail }, 'not ready');
  return Response.json({ status: 'not_ready', reason: readiness.reason, detail: readiness.detail }, { status: 503, headers: { ...headers, 'Retry-After': '5' } });
}
