import { auditQuerySchema, parseQuery } from '@/lib/api/schemas';
import { apiRoute } from '@/lib/auth/api';
import { exportWorkflowEventsCsv } from '@/lib/data/audit/export';

export const GET = apiRoute(async ({ viewer, request }) => {
  const csv = await exportWorkflowEventsCsv(viewer, parseQuery(auditQuerySchema, request));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-bien-tap-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
