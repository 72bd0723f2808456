// Liveness for a process manager or load balancer: this process is up and serving. Touches no
// database and no Redis, so a database outage never makes a healthy instance look dead (that is
// /api/ready's question). See docs/deploy.md.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json(
    { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
