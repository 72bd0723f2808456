import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, auditLog, notifications, planningEvents, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { CREATE_ROLES } from '@/lib/policy/workflow';
import { formatDayAndTime } from '@/lib/time/format';
import type { Tx } from '../articles/tx';
import { DataError } from '../errors';
import { assertPlanning } from './events';
import { assignmentCancelSchema, assignmentUpdateSchema, parseInput } from './input';

// Editing and cancelling an assignment. Whoever may give assignments (planning.manage) may change
// them; each change is a guarded UPDATE on the version the editor saw, audited in the same
// transaction, and the assignee is told (the old one too, when it moves to someone else).

const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
const STALE = 'Việc giao này vừa được người khác sửa hoặc hủy sau khi bạn mở trang: hãy tải lại trang để xem bản mới rồi sửa lại.';

async function lockAssignment(tx: Tx, id: string, version: number) {
  const [row] = await tx
    .select({ a: assignments, eventTitle: planningEvents.title })
    .from(assignments)
    .innerJoin(planningEvents, eq(planningEvents.id, assignments.eventId))
    .where(eq(assignments.id, id))
    .for('update', { of: assignments })
    .limit(1);
  if (!row) throw new DataError('not_found', 'Không tìm thấy việc giao viết bài: có thể sự kiện đã bị xóa.');
  if (row.a.version !== version) throw new DataError('conflict', STALE);
  if (row.a.cancelledAt) throw new DataError('conflict', 'Việc giao này đã bị hủy: không sửa được nữa. Hãy giao việc mới nếu cần.');
  return row;
}

async function notify(tx: Tx, actorId: string, rows: Array<{ userId: string; message: string }>) {
  const told = rows.filter((r) => r.userId !== actorId);
  if (told.length > 0) await tx.insert(notifications).values(told.map((r) => ({ userId: r.userId, kind: 'assignment', message: r.message })));
}

/** Changes who writes, the due time and the notes. A past due time is refused unless it is the one already set. */
export async function updateAssignment(viewer: Viewer, id: string, input: unknown, now = new Date()): Promise<{ id: string; version: number }> {
  assertPlanning(viewer, 'planning.manage');
  const parsed = parseInput(assignmentUpdateSchema, input);
  return db.transaction(async (tx) => {
    const { a, eventTitle } = await lockAssignment(tx, id, parsed.version);
    const changed = {
      assignee: a.assigneeId !== parsed.assigneeId,
      dueAt: minute(a.dueAt) !== minute(parsed.dueAt),
      notes: a.notes !== parsed.notes,
    };
    if (!changed.assignee && !changed.dueAt && !changed.notes) return { id, version: a.version };
    if (changed.dueAt && parsed.dueAt.getTime() <= now.getTime()) throw new DataError('invalid', 'Hạn nộp đã qua: hãy chọn thời điểm sau bây giờ.');
    if (changed.assignee) {
      if (a.articleId) throw new DataError('conflict', 'Người viết đã bắt đầu viết bài này: không đổi được người viết. Hạn nộp và ghi chú vẫn sửa được.');
      const [assignee] = await tx.select({ id: users.id, roles: users.roles, isActive: users.isActive }).from(users).where(eq(users.id, parsed.assigneeId)).limit(1);
      if (!assignee || !assignee.isActive || !assignee.roles.some((r) => CREATE_ROLES.includes(r))) {
        throw new DataError('invalid', 'Người được giao phải là nhân viên đang làm việc và có quyền viết bài: hãy chọn lại.');
      }
    }
    const [row] = await tx
      .update(assignments)
      .set({ assigneeId: parsed.assigneeId, dueAt: changed.dueAt ? parsed.dueAt : a.dueAt, notes: parsed.notes, version: a.version + 1, updatedAt: now })
      .where(and(eq(assignments.id, id), eq(assignments.version, a.version)))
      .returning({ version: assignments.version });
    if (!row) throw new DataError('conflict', STALE);
    const title = eventTitle.slice(0, 200);
    const due = formatDayAndTime(changed.dueAt ? parsed.dueAt : a.dueAt);
    if (changed.assignee) {
      await notify(tx, viewer.id, [
        { userId: a.assigneeId, message: `Việc giao viết bài «${title}» đã chuyển cho người khác: bạn không cần viết bài này nữa.` },
        { userId: parsed.assigneeId, message: `Bạn được giao viết bài: ${title}. Hạn nộp ${due}.` },
      ]);
    } else {
      const what = [changed.dueAt ? `hạn nộp mới ${due}` : '', changed.notes ? 'ghi chú mới' : ''].filter(Boolean).join(', ');
      await notify(tx, viewer.id, [{ userId: a.assigneeId, message: `Việc giao viết bài «${title}» đã thay đổi: ${what}.` }]);
    }
    await tx.insert(auditLog).values({
      actorId: viewer.id,
      action: 'planning.assignment_updated',
      targetType: 'assignment',
      targetId: id,
      data: { version: row.version, changed: Object.keys(changed).filter((k) => changed[k as keyof typeof changed]), ...(changed.assignee ? { from: a.assigneeId, to: parsed.assigneeId } : {}) },
    });
    return { id, version: row.version };
  });
}

/** Cancels an assignment not yet started; it stays on record (and in the feed as cancelled). */
export async function cancelAssignment(viewer: Viewer, id: string, input: unknown, now = new Date()): Promise<{ id: string; version: number }> {
  assertPlanning(viewer, 'planning.manage');
  const { version } = parseInput(assignmentCancelSchema, input);
  return db.transaction(async (tx) => {
    const { a, eventTitle } = await lockAssignment(tx, id, version);
    if (a.articleId) throw new DataError('conflict', 'Người viết đã bắt đầu viết bài này: không hủy được việc giao. Hãy trao đổi với người viết về bài đang viết.');
    const [row] = await tx
      .update(assignments)
      .set({ cancelledAt: now, cancelledBy: viewer.id, version: a.version + 1, updatedAt: now })
      .where(and(eq(assignments.id, id), eq(assignments.version, a.version)))
      .returning({ version: assignments.version });
    if (!row) throw new DataError('conflict', STALE);
    await notify(tx, viewer.id, [{ userId: a.assigneeId, message: `Việc giao viết bài «${eventTitle.slice(0, 200)}» đã bị hủy: bạn không cần viết bài này nữa.` }]);
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'planning.assignment_cancelled', targetType: 'assignment', targetId: id, data: { version: row.version, assigneeId: a.assigneeId } });
    return { id, version: row.version };
  });
}
