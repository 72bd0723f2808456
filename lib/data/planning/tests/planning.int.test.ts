import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { calendarDocument } from '@/lib/feeds/ical';
import type { Role, Viewer } from '@/lib/policy/roles';
import { toVietnamInput } from '@/lib/time/local-input';
import { getStaffArticle } from '../../articles/read-article';
import { transitionArticle } from '../../articles/transition-article';
import { DataError } from '../../errors';
import { setUserActive } from '../../users/admin';
import { createAssignment, deskPlanning, startAssignment } from '../assignments';
import { calendarFeedItems, calendarFeedStatus, renewCalendarFeed, revokeCalendarFeed } from '../calendar-feed';
import { createEvent, deleteEvent, eventDetail, eventsBetween, updateEvent } from '../events';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
type V = Viewer & { kind: 'user' };
const v = {} as Record<'reporter' | 'editor' | 'leader' | 'admin' | 'other' | 'inactive', V>;
let unitId = '';
let chairId = '';
let guestId = '';

async function user(key: keyof typeof v, roles: Role[], active = true) {
  const [row] = await db.insert(s.users).values({ email: `pl-${key}-${run}@test.vn`, name: `${key} ${run}`, roles, isActive: active }).returning();
  v[key] = { kind: 'user', id: row!.id, roles };
  return row!;
}

beforeAll(async () => {
  await Promise.all([user('reporter', ['reporter']), user('editor', ['editor']), user('leader', ['leader']), user('admin', ['admin']), user('other', ['reporter'])]);
  const [unit] = await db.insert(s.units).values({ slug: `vu-${run}`, name: `Vụ Kinh tế vùng ${run}` }).returning();
  unitId = unit!.id;
  const [chair] = await db.insert(s.people).values({ slug: `chu-tri-${run}`, fullName: `Nguyễn Văn Chủ ${run}` }).returning();
  chairId = chair!.id;
  // Two dated positions: the report must take the one held on the meeting's day.
  await db.insert(s.positions).values([
    { personId: chairId, title: 'Vụ trưởng', startsOn: '2020-01-01', endsOn: '2029-12-31', unitId },
    { personId: chairId, title: 'Phó Trưởng Ban', startsOn: '2030-01-01' },
  ]);
  const [guest] = await db.insert(s.people).values({ slug: `khach-${run}`, fullName: `Trần Thị Khách ${run}` }).returning();
  guestId = guest!.id;
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000);
const eventInput = (over: Record<string, unknown> = {}) => ({
  kind: 'meeting',
  title: `Hội nghị sơ kết ${run}`,
  startsAt: toVietnamInput(hoursFromNow(24)),
  endsAt: toVietnamInput(hoursFromNow(27)),
  location: 'Phòng họp số 1, Hà Nội',
  unitId,
  notes: 'Mời báo chí.',
  people: [
    { personId: chairId, role: 'chair' },
    { personId: guestId, role: 'attending' },
  ],
  ...over,
});

describe('planning events', () => {
  it('lets editors and leaders create and edit; reporters and admins only read', async () => {
    const { id } = await createEvent(v.editor, eventInput());
    const detail = await eventDetail(v.reporter, id);
    expect(detail).toMatchObject({ kind: 'meeting', location: 'Phòng họp số 1, Hà Nội', unitId, people: [{ personId: chairId, role: 'chair' }, { personId: guestId, role: 'attending' }] });
    await updateEvent(v.leader, id, eventInput({ title: `Hội nghị đổi tên ${run}`, people: [{ personId: guestId, role: 'presenter' }] }), 1);
    expect((await eventDetail(v.admin, id)).people).toEqual([{ personId: guestId, name: `Trần Thị Khách ${run}`, role: 'presenter' }]);
    expect((await refusal(createEvent(v.reporter, eventInput()))).code).toBe('forbidden');
    expect((await refusal(updateEvent(v.admin, id, eventInput(), 2))).code).toBe('forbidden');
    expect((await refusal(deleteEvent(v.reporter, id))).code).toBe('forbidden');
    expect((await refusal(eventsBetween({ kind: 'anonymous' }, new Date(), hoursFromNow(24)))).code).toBe('unauthenticated');
  });

  it('refuses bad input in Vietnamese that says what to fix, and saves nothing', async () => {
    const before = await db.$count(s.planningEvents);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ endsAt: toVietnamInput(hoursFromNow(20)) }, /kết thúc phải sau thời gian bắt đầu/],
      [{ endsAt: toVietnamInput(hoursFromNow(24 * 30)) }, /tối đa 14 ngày/],
      [{ title: '   ' }, /Hãy nhập tên sự kiện/],
      [{ title: 'x'.repeat(301) }, /dài quá 300 ký tự/],
      [{ startsAt: 'mai' }, /Thời gian bắt đầu không hợp lệ/],
      [{ kind: 'party' }, /loại sự kiện/],
      [{ people: [{ personId: crypto.randomUUID(), role: 'chair' }] }, /không còn trong danh mục/],
      [{ unitId: crypto.randomUUID() }, /Không tìm thấy đơn vị/],
      [{ people: [{ personId: chairId, role: 'chair' }, { personId: chairId, role: 'attending' }] }, /chọn hai lần/],
      [{ createdBy: v.reporter.id }, /.+/],
    ];
    for (const [over, message] of cases) {
      const error = await refusal(createEvent(v.editor, eventInput(over)));
      expect(error.code).toBe('invalid');
      expect(error.userMessage).toMatch(message);
    }
    expect(await db.$count(s.planningEvents)).toBe(before);
  });

  it('lists the events of a range, bounded', async () => {
    const start = hoursFromNow(24 * 200);
    const { id } = await createEvent(v.editor, eventInput({ startsAt: toVietnamInput(start), endsAt: toVietnamInput(new Date(start.getTime() + 3_600_000)) }));
    const list = await eventsBetween(v.reporter, new Date(start.getTime() - 86_400_000), new Date(start.getTime() + 86_400_000));
    expect(list.map((e) => e.id)).toContain(id);
    expect((await refusal(eventsBetween(v.reporter, start, new Date(start.getTime() + 90 * 86_400_000)))).userMessage).toMatch(/từ 1 đến 43 ngày/);
    await deleteEvent(v.editor, id);
    expect((await refusal(eventDetail(v.reporter, id))).code).toBe('not_found');
  });
});

describe('assignments', () => {
  it('becomes a meeting report with the event facts, once, for its assignee only, and flags overdue', async () => {
    const { id: eventId } = await createEvent(v.editor, eventInput());
    const due = toVietnamInput(hoursFromNow(30));
    const { id } = await createAssignment(v.editor, eventId, { assigneeId: v.reporter.id, dueAt: due, notes: 'Viết 600 chữ.' });
    const [notice] = await db.select().from(s.notifications).where(eq(s.notifications.userId, v.reporter.id));
    expect(notice?.kind).toBe('assignment');

    let desk = await deskPlanning(v.reporter);
    expect(desk.mine.find((a) => a.id === id)).toMatchObject({ notes: 'Viết 600 chữ.', overdue: false, articleId: null });
    expect(desk.overdue).toBeNull(); // reporters do not get everyone's overdue list

    expect((await refusal(startAssignment(v.other, id))).code).toBe('forbidden');
    const started = await startAssignment(v.reporter, id);
    expect(started.created).toBe(true);
    expect(await startAssignment(v.reporter, id)).toEqual({ articleId: started.articleId, created: false });

    const story = await getStaffArticle(v.reporter, started.articleId);
    const [event] = await db.select().from(s.planningEvents).where(eq(s.planningEvents.id, eventId));
    expect(story).toMatchObject({ kind: 'meeting_report', status: 'draft' });
    expect(story.title).toBe(`Hội nghị sơ kết ${run}`);
    expect(story.meeting).toMatchObject({
      startsAt: event!.startsAt.toISOString(),
      location: 'Phòng họp số 1, Hà Nội',
      organiserUnitId: unitId,
      organiserName: `Vụ Kinh tế vùng ${run}`,
      people: [
        { personId: chairId, name: `Nguyễn Văn Chủ ${run}`, title: 'Vụ trưởng', role: 'chair' },
        { personId: guestId, name: `Trần Thị Khách ${run}`, title: '', role: 'attending' },
      ],
    });
    const [link] = await db.select().from(s.assignments).where(eq(s.assignments.id, id));
    expect(link!.articleId).toBe(started.articleId);

    // Overdue: due passed and not submitted -> flagged for the writer and in the editors' list.
    await db.update(s.assignments).set({ dueAt: hoursFromNow(-1) }).where(eq(s.assignments.id, id));
    desk = await deskPlanning(v.reporter);
    expect(desk.mine.find((a) => a.id === id)?.overdue).toBe(true);
    expect((await deskPlanning(v.editor)).overdue!.map((a) => a.id)).toContain(id);
    // Once submitted it is no longer open, late or not.
    await db.update(s.articles).set({ status: 'in_review' }).where(eq(s.articles.id, started.articleId));
    expect((await deskPlanning(v.reporter)).mine.map((a) => a.id)).not.toContain(id);
    expect((await deskPlanning(v.leader)).overdue!.map((a) => a.id)).not.toContain(id);

    // The event now carries a story: it is kept.
    expect((await refusal(deleteEvent(v.editor, eventId))).code).toBe('conflict');
  });

  it('refuses a past due time, an inactive or non-writing assignee, and reporters giving work', async () => {
    const { id: eventId } = await createEvent(v.editor, eventInput());
    const inactive = await user('inactive', ['reporter'], false);
    const before = await db.$count(s.assignments);
    expect((await refusal(createAssignment(v.editor, eventId, { assigneeId: v.reporter.id, dueAt: toVietnamInput(hoursFromNow(-2)) }))).userMessage).toMatch(/Hạn nộp đã qua/);
    expect((await refusal(createAssignment(v.editor, eventId, { assigneeId: v.admin.id, dueAt: toVietnamInput(hoursFromNow(5)) }))).userMessage).toMatch(/có quyền viết bài/);
    expect((await refusal(createAssignment(v.editor, eventId, { assigneeId: inactive.id, dueAt: toVietnamInput(hoursFromNow(5)) }))).userMessage).toMatch(/đang làm việc/);
    expect((await refusal(createAssignment(v.editor, eventId, { assigneeId: crypto.randomUUID(), dueAt: toVietnamInput(hoursFromNow(5)) }))).code).toBe('invalid');
    expect((await refusal(createAssignment(v.reporter, eventId, { assigneeId: v.reporter.id, dueAt: toVietnamInput(hoursFromNow(5)) }))).code).toBe('forbidden');
    expect((await refusal(createAssignment(v.editor, crypto.randomUUID(), { assigneeId: v.reporter.id, dueAt: toVietnamInput(hoursFromNow(5)) }))).code).toBe('not_found');
    expect(await db.$count(s.assignments)).toBe(before);
  });

  it('goes on through the workflow like any story', async () => {
    const { id: eventId } = await createEvent(v.leader, eventInput());
    const { id } = await createAssignment(v.leader, eventId, { assigneeId: v.editor.id, dueAt: toVietnamInput(hoursFromNow(3)) });
    const { articleId } = await startAssignment(v.editor, id);
    const next = await transitionArticle(v.editor, articleId, { event: 'submit' }).then(() => 'submitted', (e: DataError) => e.userMessage);
    // The checklist asks for a sapo and a section before submitting: the prefilled story is a draft to finish.
    expect(next).toMatch(/sapo|chuyên mục/i);
  });
});

describe('the private iCal feed', () => {
  it('serves the assignments and covered events as valid iCalendar; renew and revoke end the old address', async () => {
    const { id: eventId } = await createEvent(v.editor, eventInput({ title: `Làm việc với tỉnh ${run}`, kind: 'visit' }));
    await createAssignment(v.editor, eventId, { assigneeId: v.leader.id, dueAt: toVietnamInput(hoursFromNow(40)), notes: 'Ảnh và tin ngắn.' });
    expect((await calendarFeedStatus(v.leader)).active).toBe(false);
    const { token } = await renewCalendarFeed(v.leader);
    expect((await calendarFeedStatus(v.leader)).active).toBe(true);

    const feed = await calendarFeedItems(token);
    expect(feed).not.toBeNull();
    const text = calendarDocument({ name: feed!.name, host: 'toa-soan.test', items: feed!.items });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const visit = events.find((e) => e.summary === `Làm việc với tỉnh ${run}`);
    const due = events.find((e) => e.summary === `Hạn nộp bài: Làm việc với tỉnh ${run}`);
    expect(visit?.location).toBe('Phòng họp số 1, Hà Nội');
    expect(visit?.uid).toBe(`su-kien-${eventId}@toa-soan.test`);
    const [row] = await db.select().from(s.planningEvents).where(eq(s.planningEvents.id, eventId));
    expect(visit!.startDate.toJSDate().getTime()).toBe(row!.startsAt.getTime());
    expect(due?.description).toBe('Ảnh và tin ngắn.');
    // Nobody else's work is in it.
    expect(events.every((e) => !e.summary.includes('sơ kết'))).toBe(true);

    const renewed = await renewCalendarFeed(v.leader);
    expect(await calendarFeedItems(token)).toBeNull();
    expect(await calendarFeedItems(renewed.token)).not.toBeNull();
    await revokeCalendarFeed(v.leader);
    expect(await calendarFeedItems(renewed.token)).toBeNull();
    expect(await calendarFeedItems('lich_khong-co-that')).toBeNull();
    expect(await calendarFeedItems('not-a-token')).toBeNull();
  });

  it('stops serving a deactivated user', async () => {
    const { token } = await renewCalendarFeed(v.other);
    expect(await calendarFeedItems(token)).not.toBeNull();
    await db.update(s.users).set({ isActive: false }).where(eq(s.users.id, v.other.id));
    expect(await calendarFeedItems(token)).toBeNull();
  });

  it('does not come back when a deactivated user is reactivated: deactivation deletes the feed', async () => {
    const [row] = await db.insert(s.users).values({ email: `pl-cycled-${run}@test.vn`, name: `cycled ${run}`, roles: ['reporter'] }).returning();
    const cycled: V = { kind: 'user', id: row!.id, roles: ['reporter'] };
    const { token } = await renewCalendarFeed(cycled);
    expect(await calendarFeedItems(token)).not.toBeNull();
    await setUserActive(v.admin, { userId: cycled.id, active: false });
    expect(await db.select().from(s.calendarFeeds).where(eq(s.calendarFeeds.userId, cycled.id))).toEqual([]);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, cycled.id), eq(s.auditLog.action, 'user.deactivated')));
    expect(audit).toMatchObject({ action: 'user.deactivated', data: { revokedTokens: 0, removedCalendarFeeds: 1 } });
    await setUserActive(v.admin, { userId: cycled.id, active: true });
    expect(await calendarFeedItems(token)).toBeNull();
    expect((await calendarFeedStatus(cycled)).active).toBe(false);
  });
});
