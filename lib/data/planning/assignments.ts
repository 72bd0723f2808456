import 'server-only';
import { and, arrayOverlaps, asc, count, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, assignments, auditLog, notifications, people, planningEventPeople, planningEvents, positions, units, users, type Meeting, type MeetingPerson } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { CREATE_ROLES } from '@/lib/policy/workflow';
import { vietnamDay } from '@/lib/time/format';
import { createArticleIn } from '../articles/create-article';
import { DataError } from '../errors';
import { assertPlanning } from './events';
import { assignmentInputSchema, MAX_ASSIGNMENTS_PER_EVENT, parseInput } from './input';

/** Active staff who can write a story: the people an assignment may go to. */
export async function assignableStaff(viewer: Viewer): Promise<Array<{ id: string; name: string }>> {
  assertPlanning(viewer, 'planning.manage');
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.isActive, true), arrayOverlaps(users.roles, [...CREATE_ROLES])))
    .orderBy(asc(users.name))
    .limit(500);
}

export async function createAssignment(viewer: Viewer, eventId: string, input: unknown, now = new Date()): Promise<{ id: string }> {
  assertPlanning(viewer, 'planning.manage');
  const parsed = parseInput(assignmentInputSchema, input);
  if (parsed.dueAt.getTime() <= now.getTime()) throw new DataError('invalid', 'Hạn nộp đã qua: hãy chọn thời điểm sau bây giờ.');
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ id: planningEvents.id, title: planningEvents.title }).from(planningEvents).where(eq(planningEvents.id, eventId)).for('update').limit(1);
    if (!event) throw new DataError('not_found', 'Không tìm thấy sự kiện: có thể nó đã bị xóa.');
    const [assignee] = await tx.select({ id: users.id, roles: users.roles, isActive: users.isActive }).from(users).where(eq(users.id, parsed.assigneeId)).limit(1);
    if (!assignee || !assignee.isActive || !assignee.roles.some((r) => CREATE_ROLES.includes(r))) {
      throw new DataError('invalid', 'Người được giao phải là nhân viên đang làm việc và có quyền viết bài: hãy chọn lại.');
    }
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(assignments).where(eq(assignments.eventId, eventId));
    if (n >= MAX_ASSIGNMENTS_PER_EVENT) throw new DataError('invalid', `Một sự kiện có tối đa ${MAX_ASSIGNMENTS_PER_EVENT} lượt giao viết bài.`);
    const [row] = await tx.insert(assignments).values({ eventId, assigneeId: assignee.id, assignedBy: viewer.id, dueAt: parsed.dueAt, notes: parsed.notes }).returning({ id: assignments.id });
    await tx.insert(notifications).values({ userId: assignee.id, kind: 'assignment', message: `Bạn được giao viết bài: ${event.title.slice(0, 200)}.` });
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'planning.assigned', targetType: 'assignment', targetId: row!.id, data: { eventId, assigneeId: assignee.id } });
    return { id: row!.id };
  });
}

export interface DeskAssignment {
  id: string;
  eventId: string;
  eventTitle: string;
  eventStartsAt: Date;
  assigneeName: string;
  dueAt: Date;
  notes: string;
  articleId: string | null;
  articleStatus: string | null;
  overdue: boolean;
}

/** Not done: not cancelled, and no story yet or its story not yet submitted (still a draft). */
const open = () => and(isNull(assignments.cancelledAt), or(isNull(assignments.articleId), eq(articles.status, 'draft')));

function deskRows(where: ReturnType<typeof and>, now: Date, limit: number) {
  return db
    .select({
      id: assignments.id,
      eventId: planningEvents.id,
      eventTitle: planningEvents.title,
      eventStartsAt: planningEvents.startsAt,
      assigneeName: users.name,
      dueAt: assignments.dueAt,
      notes: assignments.notes,
      articleId: assignments.articleId,
      articleStatus: articles.status,
      overdue: sql<boolean>`${assignments.dueAt} <= ${now.toISOString()}::timestamptz`,
    })
    .from(assignments)
    .innerJoin(planningEvents, eq(planningEvents.id, assignments.eventId))
    .innerJoin(users, eq(users.id, assignments.assigneeId))
    .leftJoin(articles, eq(articles.id, assignments.articleId))
    .where(where)
    .orderBy(asc(assignments.dueAt))
    .limit(limit);
}

/** The viewer's open assignments, soonest due first (the desk's "Việc được giao"). */
export async function myAssignments(viewer: Viewer, now = new Date()): Promise<DeskAssignment[]> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  return deskRows(and(eq(assignments.assigneeId, viewer.id), open()), now, 50);
}

/** Everyone's overdue assignments, for editors and leaders who gave them. */
export async function overdueAssignments(viewer: Viewer, now = new Date()): Promise<DeskAssignment[]> {
  assertPlanning(viewer, 'planning.manage');
  return deskRows(and(lte(assignments.dueAt, now), open()), now, 50);
}

/** The registry title a person held on a day (the meeting report records it, as the editor's panel does). */
async function titlesOn(personIds: string[], day: string, tx: Pick<typeof db, 'select'>): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({ personId: positions.personId, title: positions.title })
    .from(positions)
    .where(and(inArray(positions.personId, personIds), lte(positions.startsOn, day), or(isNull(positions.endsOn), sql`${positions.endsOn} >= ${day}`)))
    .orderBy(asc(positions.startsOn));
  const map = new Map<string, string>();
  for (const r of rows) map.set(r.personId, r.title); // the latest-started position that day wins
  return map;
}

/** "Bắt đầu viết": the assignee's story, a meeting report with the event's facts; started once. */
export async function startAssignment(viewer: Viewer, id: string): Promise<{ articleId: string; created: boolean }> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(assignments).where(eq(assignments.id, id)).for('update').limit(1);
    if (!row) throw new DataError('not_found', 'Không tìm thấy việc được giao: có thể sự kiện đã bị xóa.');
    if (!can(viewer, 'assignment.start')) throw new DataError('forbidden', 'Bạn không có quyền viết bài.');
    if (!can(viewer, 'assignment.start', { userId: row.assigneeId })) throw new DataError('forbidden', 'Chỉ người được giao mới bắt đầu viết bài này.');
    if (row.cancelledAt) throw new DataError('conflict', 'Việc giao này đã bị hủy: không cần viết bài này nữa.');
    if (row.articleId) return { articleId: row.articleId, created: false };
    const [event] = await tx.select({ event: planningEvents, unitName: units.name }).from(planningEvents).leftJoin(units, eq(units.id, planningEvents.unitId)).where(eq(planningEvents.id, row.eventId)).limit(1);
    if (!event) throw new DataError('not_found', 'Không tìm thấy sự kiện của việc được giao.');
    const personRows = await tx
      .select({ personId: planningEventPeople.personId, name: people.fullName, role: planningEventPeople.role })
      .from(planningEventPeople)
      .innerJoin(people, eq(people.id, planningEventPeople.personId))
      .where(eq(planningEventPeople.eventId, row.eventId))
      .orderBy(asc(planningEventPeople.ordinal));
    const titles = await titlesOn(personRows.map((p) => p.personId), vietnamDay(event.event.startsAt), tx);
    const meeting: Meeting = {
      startsAt: event.event.startsAt.toISOString(),
      location: event.event.location,
      ...(event.event.unitId ? { organiserUnitId: event.event.unitId } : {}),
      organiserName: event.unitName ?? '',
      people: personRows.map((p): MeetingPerson => ({ personId: p.personId, name: p.name, title: titles.get(p.personId) ?? '', role: p.role as MeetingPerson['role'] })),
      participants: '',
      conclusions: '',
    };
    const article = await createArticleIn(tx, viewer, { title: event.event.title, kind: 'meeting_report', meeting });
    await tx.update(assignments).set({ articleId: article.id }).where(eq(assignments.id, id));
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'planning.assignment_started', targetType: 'assignment', targetId: id, data: { articleId: article.id } });
    return { articleId: article.id, created: true };
  });
}

/** For the iCal feed: a user's assignments in a window, with their events. */
export async function assignmentsForFeed(userId: string, from: Date, limit: number) {
  return db
    .select({
      id: assignments.id,
      dueAt: assignments.dueAt,
      notes: assignments.notes,
      articleId: assignments.articleId,
      version: assignments.version,
      cancelledAt: assignments.cancelledAt,
      updatedAt: assignments.updatedAt,
      event: { id: planningEvents.id, kind: planningEvents.kind, title: planningEvents.title, startsAt: planningEvents.startsAt, endsAt: planningEvents.endsAt, location: planningEvents.location, notes: planningEvents.notes, updatedAt: planningEvents.updatedAt, version: planningEvents.version },
    })
    .from(assignments)
    .innerJoin(planningEvents, eq(planningEvents.id, assignments.eventId))
    .where(and(eq(assignments.assigneeId, userId), or(gt(assignments.dueAt, from), gt(planningEvents.endsAt, from))))
    .orderBy(asc(assignments.dueAt))
    .limit(limit);
}

/** The desk's planning section: my open assignments; everyone's overdue ones for editors and leaders. */
export async function deskPlanning(viewer: Viewer, now = new Date()): Promise<{ mine: DeskAssignment[]; overdue: DeskAssignment[] | null }> {
  const [mine, overdue] = await Promise.all([myAssignments(viewer, now), can(viewer, 'planning.manage') ? overdueAssignments(viewer, now) : Promise.resolve(null)]);
  return { mine, overdue };
}
