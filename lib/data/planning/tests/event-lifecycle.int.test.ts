// An event after it is made: edited on the version seen (the feed's SEQUENCE follows), deleted only
// when no story or live assignment hangs on it, and its assignments marked done once their story is
// published.
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { calendarDocument } from '@/lib/feeds/ical';
import type { Role, Viewer } from '@/lib/policy/roles';
import { toVietnamInput } from '@/lib/time/local-input';
import { DataError } from '../../errors';
import { createAssignment, deskPlanning, startAssignment } from '../assignments';
import { calendarFeedItems, renewCalendarFeed } from '../calendar-feed';
import { cancelAssignment } from '../edit-assignment';
import { createEvent, deleteEvent, eventDetail, updateEvent } from '../events';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
type V = Viewer & { kind: 'user' };
const v = {} as Record<'reporter' | 'editor' | 'leader' | 'admin', V>;
async function user(key: keyof typeof v, roles: Role[]) {
  const [row] = await db.insert(s.users).values({ email: `el-${key}-${run}@test.vn`, name: `${key} ${run}`, roles }).returning();
  v[key] = { kind: 'user', id: row!.id, roles };
}
beforeAll(async () => {
  await Promise.all([user('reporter', ['reporter']), user('editor', ['editor']), user('leader', ['leader']), user('admin', ['admin'])]);
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}
const due = (h: number) => toVietnamInput(new Date(Date.now() + h * 3_600_000));
let n = 0;
const input = (over: Record<string, unknown> = {}) => ({ kind: 'meeting', title: `Họp chuyên đề ${run} ${++n}`, startsAt: due(24), endsAt: due(26), location: 'Phòng 2', ...over });
const audits = async (id: string) => (await db.select().from(s.auditLog).where(and(eq(s.auditLog.targetType, 'planning_event'), eq(s.auditLog.targetId, id)))).map((x) => x.action);

async function feedOf(token: string) {
  const feed = await calendarFeedItems(token);
  const calendar = new ICAL.Component(ICAL.parse(calendarDocument({ name: feed!.name, host: 'toa-soan.test', items: feed!.items })));
  return calendar.getAllSubcomponents('vevent').map((c) => ({ uid: String(c.getFirstPropertyValue('uid')), summary: c.getFirstPropertyValue('summary'), location: c.getFirstPropertyValue('location'), sequence: c.getFirstPropertyValue('sequence') }));
}

describe('editing an event', () => {
  it('saves time, place, title on the version seen; bumps the feed SEQUENCE of the event and its reminder; audits', async () => {
    const { id } = await createEvent(v.editor, input());
    const { id: assignmentId } = await createAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(40) });
    const { token } = await renewCalendarFeed(v.reporter);
    const before = await feedOf(token);
    expect(before.find((e) => e.uid === `su-kien-${id}@toa-soan.test`)).toMatchObject({ sequence: 0, location: 'Phòng 2' });

    const title = `Họp chuyên đề đổi giờ ${run}`;
    expect(await updateEvent(v.leader, id, input({ title, startsAt: due(48), endsAt: due(50), location: 'Hội trường B' }), 1)).toEqual({ id, version: 2 });
    const detail = await eventDetail(v.reporter, id);
    expect(detail).toMatchObject({ title, location: 'Hội trường B', version: 2 });
    const after = await feedOf(token);
    expect(after.find((e) => e.uid === `su-kien-${id}@toa-soan.test`)).toMatchObject({ summary: title, location: 'Hội trường B', sequence: 1 });
    expect(after.find((e) => e.uid === `giao-viet-${assignmentId}@toa-soan.test`)).toMatchObject({ summary: `Hạn nộp bài: ${title}`, sequence: 1 });
    expect(await audits(id)).toEqual(expect.arrayContaining(['planning.event_created', 'planning.event_updated']));
  });

  it('refuses a stale edit, an end before the start and the wrong people in Vietnamese, and keeps what was saved', async () => {
    const { id } = await createEvent(v.editor, input({ title: `Giữ nguyên ${run}` }));
    await updateEvent(v.editor, id, input({ title: `Bản thứ hai ${run}` }), 1);
    const stale = await refusal(updateEvent(v.leader, id, input({ title: `Bản cũ ${run}` }), 1));
    expect(stale.code).toBe('conflict');
    expect(stale.userMessage).toMatch(/vừa được người khác sửa/);
    const backwards = await refusal(updateEvent(v.editor, id, input({ startsAt: due(30), endsAt: due(29) }), 2));
    expect(backwards.userMessage).toBe('Thời gian kết thúc phải sau thời gian bắt đầu.');
    expect((await refusal(updateEvent(v.editor, id, input(), 'hai'))).userMessage).toMatch(/phiên bản của sự kiện/i);
    expect((await refusal(updateEvent(v.reporter, id, input(), 2))).code).toBe('forbidden');
    expect((await refusal(updateEvent(v.admin, id, input(), 2))).code).toBe('forbidden');
    expect((await refusal(updateEvent(v.editor, crypto.randomUUID(), input(), 1))).code).toBe('not_found');
    expect(await eventDetail(v.reporter, id)).toMatchObject({ title: `Bản thứ hai ${run}`, version: 2 });
  });
});

describe('deleting an event', () => {
  it('is refused while an assignment is on, says why in Vietnamese, then goes once it is cancelled, leaving the feed', async () => {
    const { id } = await createEvent(v.editor, input());
    const { id: assignmentId } = await createAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(40) });
    const { token } = await renewCalendarFeed(v.reporter);
    const open = await refusal(deleteEvent(v.leader, id));
    expect(open.code).toBe('conflict');
    expect(open.userMessage).toMatch(/còn việc giao viết bài chưa hủy/);
    expect((await refusal(deleteEvent(v.reporter, id))).code).toBe('forbidden');
    expect((await refusal(deleteEvent(v.admin, id))).code).toBe('forbidden');

    await cancelAssignment(v.editor, assignmentId, { version: 1 });
    expect((await feedOf(token)).map((e) => e.uid)).toContain(`su-kien-${id}@toa-soan.test`);
    await deleteEvent(v.leader, id);
    expect((await refusal(eventDetail(v.reporter, id))).code).toBe('not_found');
    expect((await feedOf(token)).map((e) => e.uid)).not.toEqual(expect.arrayContaining([`su-kien-${id}@toa-soan.test`, `giao-viet-${assignmentId}@toa-soan.test`]));
    expect((await feedOf(token)).some((e) => e.uid.includes(id) || e.uid.includes(assignmentId))).toBe(false);
    expect(await audits(id)).toContain('planning.event_deleted');
  });

  it('is refused once a story was started from it, and the story stays', async () => {
    const { id } = await createEvent(v.editor, input());
    const { id: assignmentId } = await createAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(40) });
    const { articleId } = await startAssignment(v.reporter, assignmentId);
    expect((await refusal(deleteEvent(v.editor, id))).userMessage).toMatch(/đã có bài viết bắt đầu từ sự kiện này/);
    expect(await db.$count(s.articles, eq(s.articles.id, articleId))).toBe(1);
    expect(await db.$count(s.assignments, eq(s.assignments.id, assignmentId))).toBe(1);
  });
});

describe('an assignment whose story is published', () => {
  it('is marked done ("Đã hoàn thành") and no longer flagged overdue, on the event and the desk', async () => {
    const { id } = await createEvent(v.editor, input());
    const { id: assignmentId } = await createAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(40) });
    expect((await eventDetail(v.editor, id)).assignments[0]).toMatchObject({ state: 'not_started', overdue: false });
    const { articleId } = await startAssignment(v.reporter, assignmentId);
    await db.update(s.assignments).set({ dueAt: new Date(Date.now() - 3_600_000) }).where(eq(s.assignments.id, assignmentId));
    expect((await eventDetail(v.editor, id)).assignments[0]).toMatchObject({ state: 'writing', overdue: true });
    await db.update(s.articles).set({ status: 'in_review' }).where(eq(s.articles.id, articleId));
    expect((await eventDetail(v.editor, id)).assignments[0]).toMatchObject({ state: 'in_workflow', overdue: false });
    await db.update(s.articles).set({ status: 'published', publishedAt: new Date() }).where(eq(s.articles.id, articleId));
    expect((await eventDetail(v.editor, id)).assignments[0]).toMatchObject({ state: 'done', overdue: false });
    expect((await deskPlanning(v.editor)).overdue!.map((a) => a.id)).not.toContain(assignmentId);
    expect((await deskPlanning(v.reporter)).mine.map((a) => a.id)).not.toContain(assignmentId);
  });
});
