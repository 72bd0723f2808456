import 'server-only';
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, assignments, auditLog, people, planningEventPeople, planningEvents, units, users } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import type { Tx } from '../articles/tx';
import { assignmentOverdue, assignmentState, type AssignmentState } from './assignment-state';
import { eventInputSchema, eventVersionSchema, parseInput, type EventKind, type ParsedEvent } from './input';

/** At most this many events in one calendar view (a month is ~31 days; a busy one stays far below). */
export const MAX_EVENTS_PER_VIEW = 500;
/** A view spans at most this many days (a month view shows six weeks). */
const MAX_RANGE_DAYS = 43;

export type StaffViewer = Viewer & { kind: 'user' };

export function assertPlanning(viewer: Viewer, action: 'planning.view' | 'planning.manage'): asserts viewer is StaffViewer {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, action)) {
    throw new DataError('forbidden', action === 'planning.manage' ? 'Chỉ biên tập viên và lãnh đạo được thêm, sửa, xóa sự kiện và giao viết bài.' : 'Bạn không có quyền xem lịch công tác.');
  }
}

export interface CalendarEvent {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  unitName: string | null;
}

/** Events overlapping [from, to), by start time. */
export async function eventsBetween(viewer: Viewer, from: Date, to: Date): Promise<CalendarEvent[]> {
  assertPlanning(viewer, 'planning.view');
  if (!(to > from) || to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new DataError('invalid', `Khoảng ngày xem lịch phải từ 1 đến ${MAX_RANGE_DAYS} ngày.`);
  return db
    .select({ id: planningEvents.id, kind: planningEvents.kind, title: planningEvents.title, startsAt: planningEvents.startsAt, endsAt: planningEvents.endsAt, location: planningEvents.location, unitName: units.name })
    .from(planningEvents)
    .leftJoin(units, eq(units.id, planningEvents.unitId))
    .where(and(lt(planningEvents.startsAt, to), gte(planningEvents.endsAt, from)))
    .orderBy(asc(planningEvents.startsAt), asc(planningEvents.id))
    .limit(MAX_EVENTS_PER_VIEW);
}

export interface EventDetail extends CalendarEvent {
  unitId: string | null;
  notes: string;
  /** The version shown: an edit sends it back and is refused if someone saved in between. */
  version: number;
  people: Array<{ personId: string; name: string; role: 'chair' | 'presenter' | 'attending' }>;
  assignments: Array<{ id: string; assigneeId: string; assigneeName: string; dueAt: Date; notes: string; articleId: string | null; version: number; cancelledAt: Date | null; state: AssignmentState; overdue: boolean }>;
}

export async function eventDetail(viewer: Viewer, id: string, now = new Date()): Promise<EventDetail> {
  assertPlanning(viewer, 'planning.view');
  const [row] = await db
    .select({ event: planningEvents, unitName: units.name })
    .from(planningEvents)
    .leftJoin(units, eq(units.id, planningEvents.unitId))
    .where(eq(planningEvents.id, id))
    .limit(1);
  if (!row) throw new DataError('not_found', 'Không tìm thấy sự kiện: có thể nó đã bị xóa.');
  const [personRows, assignmentRows] = await Promise.all([
    db
      .select({ personId: planningEventPeople.personId, name: people.fullName, role: planningEventPeople.role })
      .from(planningEventPeople)
      .innerJoin(people, eq(people.id, planningEventPeople.personId))
      .where(eq(planningEventPeople.eventId, id))
      .orderBy(asc(planningEventPeople.ordinal)),
    db
      .select({ id: assignments.id, assigneeId: assignments.assigneeId, assigneeName: users.name, dueAt: assignments.dueAt, notes: assignments.notes, articleId: assignments.articleId, version: assignments.version, cancelledAt: assignments.cancelledAt, articleStatus: articles.status })
      .from(assignments)
      .innerJoin(users, eq(users.id, assignments.assigneeId))
      .leftJoin(articles, eq(articles.id, assignments.articleId))
      .where(eq(assignments.eventId, id))
      .orderBy(asc(assignments.dueAt)),
  ]);
  const e = row.event;
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    location: e.location,
    unitId: e.unitId,
    unitName: row.unitName,
    notes: e.notes,
    version: e.version,
    people: personRows.map((p) => ({ ...p, role: p.role as 'chair' | 'presenter' | 'attending' })),
    assignments: assignmentRows.map(({ articleStatus, ...a }) => {
      const state = assignmentState({ ...a, articleStatus });
      return { ...a, state, overdue: assignmentOverdue(state, a.dueAt, now) };
    }),
  };
}

/** Unknown units and people are refused by name of what to fix, not by a foreign-key error. */
async function checkReferences(tx: Tx, input: ParsedEvent) {
  if (input.unitId) {
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, input.unitId)).limit(1);
    if (!unit) throw new DataError('invalid', 'Không tìm thấy đơn vị đã chọn trong danh mục: hãy chọn lại.');
  }
  if (input.people.length > 0) {
    const ids = input.people.map((p) => p.personId);
    const found = await tx.select({ id: people.id }).from(people).where(inArray(people.id, ids));
    if (found.length !== new Set(ids).size) throw new DataError('invalid', 'Có nhân vật không còn trong danh mục: hãy chọn lại người dự.');
  }
}

async function writePeople(tx: Tx, eventId: string, input: ParsedEvent) {
  await tx.delete(planningEventPeople).where(eq(planningEventPeople.eventId, eventId));
  if (input.people.length > 0) await tx.insert(planningEventPeople).values(input.people.map((p, ordinal) => ({ eventId, personId: p.personId, role: p.role, ordinal })));
}

const columns = (e: ParsedEvent) => ({ kind: e.kind, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, location: e.location, unitId: e.unitId, notes: e.notes });

export async function createEvent(viewer: Viewer, input: unknown): Promise<{ id: string }> {
  assertPlanning(viewer, 'planning.manage');
  const parsed = parseInput(eventInputSchema, input);
  return db.transaction(async (tx) => {
    await checkReferences(tx, parsed);
    const [row] = await tx.insert(planningEvents).values({ ...columns(parsed), createdBy: viewer.id }).returning({ id: planningEvents.id });
    await writePeople(tx, row!.id, parsed);
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'planning.event_created', targetType: 'planning_event', targetId: row!.id, data: { title: parsed.title } });
    return { id: row!.id };
  });
}

const NOT_FOUND = 'Không tìm thấy sự kiện: có thể nó đã bị xóa.';

/**
 * Saves an edited event on the version the editor saw (a stale edit is refused, nothing merged) and
 * bumps it, so subscribed calendars replace the event and its assignments' reminders (SEQUENCE).
 */
export async function updateEvent(viewer: Viewer, id: string, input: unknown, seenVersion: unknown): Promise<{ id: string; version: number }> {
  assertPlanning(viewer, 'planning.manage');
  const parsed = parseInput(eventInputSchema, input);
  const version = parseInput(eventVersionSchema, seenVersion);
  return db.transaction(async (tx) => {
    await checkReferences(tx, parsed);
    const [row] = await tx
      .update(planningEvents)
      .set({ ...columns(parsed), version: sql`${planningEvents.version} + 1`, updatedAt: new Date() })
      .where(and(eq(planningEvents.id, id), eq(planningEvents.version, version)))
      .returning({ id: planningEvents.id, version: planningEvents.version });
    if (!row) {
      const [exists] = await tx.select({ id: planningEvents.id }).from(planningEvents).where(eq(planningEvents.id, id)).limit(1);
      if (!exists) throw new DataError('not_found', NOT_FOUND);
      throw new DataError('conflict', 'Sự kiện vừa được người khác sửa: hãy tải lại trang để xem bản mới rồi sửa lại (những gì bạn nhập chưa được lưu).');
    }
    await writePeople(tx, id, parsed);
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'planning.event_updated', targetType: 'planning_event', targetId: id, data: { title: parsed.title, version: row.version } });
    return row;
  });
}

/** Why an event cannot be deleted now, shown next to its delete button as well as on refusal. */
export const DELETE_REFUSED_STARTED = 'Không xóa được: đã có bài viết bắt đầu từ sự kiện này, sự kiện được giữ làm hồ sơ của bài. Hãy sửa sự kiện thay vì xóa.';
export const DELETE_REFUSED_OPEN = 'Không xóa được: sự kiện còn việc giao viết bài chưa hủy. Hãy hủy từng việc giao (người được giao sẽ được báo) rồi xóa sự kiện.';

/**
 * Deleting never touches a story: it is refused while a story was started from the event (the event
 * stays as that report's record) or while an assignment is still on (its writer must be told by
 * cancelling it first). Cancelled, never-started assignments go with the event, and so leave the
 * writers' calendar feeds.
 */
export async function deleteEvent(viewer: Viewer, id: string): Promise<void> {
  assertPlanning(viewer, 'planning.manage');
  await db.transaction(async (tx) => {
    const [event] = await tx.select({ id: planningEvents.id, title: planningEvents.title }).from(planningEvents).where(eq(planningEvents.id, id)).for('update').limit(1);
    if (!event) throw new DataError('not_found', NOT_FOUND);
    const [started] = await tx.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.eventId, id), isNotNull(assignments.articleId))).limit(1);
    if (started) throw new DataError('conflict', DELETE_REFUSED_STARTED);
    const [open] = await tx.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.eventId, id), isNull(assignments.cancelledAt))).limit(1);
    if (open) throw new DataError('conflict', DELETE_REFUSED_OPEN);
    const removed = await tx.delete(assignments).where(eq(assignments.eventId, id)).returning({ id: assignments.id });
    await tx.delete(planningEvents).where(eq(planningEvents.id, id));
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'planning.event_deleted', targetType: 'planning_event', targetId: id, data: { title: event.title, removedCancelledAssignments: removed.length } });
  });
}

/** What the calendar's buttons may offer (the actions check again). */
export function planningAbilities(viewer: Viewer): { canManage: boolean } {
  assertPlanning(viewer, 'planning.view');
  return { canManage: can(viewer, 'planning.manage') };
}
