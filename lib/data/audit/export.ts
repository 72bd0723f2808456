import 'server-only';
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, users, workflowEvents } from '@/db/schema';
import { toCsv } from '@/lib/csv/to-csv';
import type { Viewer } from '@/lib/policy/roles';
import { canExportAudit } from '@/lib/policy/workflow';
import { formatDateTime } from '@/lib/time/format';
import { DataError } from '../errors';

const MAX_ROWS = 200_000;

/** The editorial audit trail (every workflow event) as CSV, optionally for one period. */
export async function exportWorkflowEventsCsv(viewer: Viewer, range: { from?: string; to?: string } = {}): Promise<string> {
  const decision = canExportAudit(viewer);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
  const bound = (value: string | undefined, name: string) => {
    if (!value) return undefined;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new DataError('invalid', `${name} không phải ngày hợp lệ (ví dụ 2026-01-31).`);
    return date;
  };
  const from = bound(range.from, 'from');
  const to = bound(range.to, 'to');
  const conditions: SQL[] = [];
  if (from) conditions.push(gte(workflowEvents.createdAt, from));
  if (to) conditions.push(lte(workflowEvents.createdAt, to));
  const rows = await db
    .select({
      id: workflowEvents.id,
      at: workflowEvents.createdAt,
      articleId: workflowEvents.articleId,
      slug: articles.slug,
      event: workflowEvents.event,
      from: workflowEvents.fromStatus,
      to: workflowEvents.toStatus,
      actor: users.name,
      actorEmail: users.email,
      note: workflowEvents.note,
      revisionId: workflowEvents.revisionId,
      data: workflowEvents.data,
    })
    .from(workflowEvents)
    .innerJoin(articles, eq(articles.id, workflowEvents.articleId))
    .leftJoin(users, eq(users.id, workflowEvents.actorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(workflowEvents.id))
    .limit(MAX_ROWS + 1);
  if (rows.length > MAX_ROWS) throw new DataError('invalid', `Quá ${MAX_ROWS.toLocaleString('vi-VN')} dòng; hãy chọn khoảng thời gian ngắn hơn (from, to).`);
  return toCsv(
    ['id', 'thoi_gian_utc', 'thoi_gian_vn', 'bai_viet_id', 'duong_dan', 'thao_tac', 'tu_trang_thai', 'den_trang_thai', 'nguoi_thuc_hien', 'email', 'ghi_chu', 'phien_ban_id', 'du_lieu'],
    rows.map((r) => [r.id, r.at, formatDateTime(r.at), r.articleId, r.slug, r.event, r.from, r.to, r.actor ?? 'hệ thống', r.actorEmail, r.note, r.revisionId, r.data]),
  );
}
