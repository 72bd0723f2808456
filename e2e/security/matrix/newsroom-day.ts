// Rows for the newsroom's day (issue #20, second pass): editing and cancelling assignments, and the
// header badge's unread count.
import * as s from '../../../db/schema';
import { withE2eDb } from '../../fixtures/db';
import { createTestUser } from '../../fixtures/users';
import { only, staff, type MatrixEntry } from './types';

const PLANNING = 'app/(newsroom)/toa-soan/lich/actions.ts';
/** "2026-12-10T09:00" in Vietnam's time, hours from now. */
const local = (hours: number) => new Date(Date.now() + hours * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);

/** A fresh event with one assignment (version 1) to a fresh reporter, written straight into the database. */
async function assignment(): Promise<{ id: string; assigneeId: string }> {
  const assignee = await createTestUser({ roles: ['reporter'] });
  const start = new Date(Date.now() + 86_400_000);
  return withE2eDb(async (db) => {
    const [event] = await db.insert(s.planningEvents).values({ title: 'Sự kiện ma trận (sửa việc giao)', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) }).returning();
    const [row] = await db.insert(s.assignments).values({ eventId: event!.id, assigneeId: assignee.id, dueAt: new Date(Date.now() + 2 * 86_400_000) }).returning();
    return { id: row!.id, assigneeId: assignee.id };
  });
}

export const newsroomDayEntries: MatrixEntry[] = [
  // Who may give assignments may change and cancel them.
  {
    kind: 'action',
    file: PLANNING,
    name: 'updateAssignmentAction',
    access: only('editor', 'leader'),
    args: async () => {
      const a = await assignment();
      return [a.id, { assigneeId: a.assigneeId, dueAt: local(40), notes: 'Sửa trong ma trận.', version: 1 }];
    },
  },
  { kind: 'action', file: PLANNING, name: 'cancelAssignmentAction', access: only('editor', 'leader'), args: async () => [(await assignment()).id, { version: 1 }] },
  // The header badge's count and "opening a story reads its notices": the caller's own, any staff.
  { kind: 'api', method: 'GET', route: '/toa-soan/thong-bao/chua-doc', access: staff, call: async () => ({ path: '/toa-soan/thong-bao/chua-doc' }) },
  { kind: 'action', file: 'app/(newsroom)/toa-soan/thong-bao/actions.ts', name: 'markStoryNotificationsReadAction', access: staff, args: async () => [crypto.randomUUID()] },
];
