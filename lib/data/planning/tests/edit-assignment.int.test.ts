import { and, desc, eq } from 'drizzle-orm';
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
import { cancelAssignment, updateAssignment } from '../edit-assignment';
import { createEvent, eventDetail } from '../events';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
type V = Viewer & { kind: 'user' };
const v = {} as Record<'reporter' | 'reporter2' | 'editor' | 'leader' | 'admin', V>;

async function user(key: keyof typeof v, roles: Role[]) {
  const [row] = await db.insert(s.users).values({ email: `ea-${key}-${run}@test.vn`, name: `${key} ${run}`, roles }).returning();
  v[key] = { kind: 'user', id: row!.id, roles };
}
beforeAll(async () => {
  await Promise.all([user('reporter', ['reporter']), user('reporter2', ['reporter']), user('editor', ['editor']), user('leader', ['leader']), user('admin', ['admin'])]);
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000);
const due = (h: number) => toVietnamInput(hoursFromNow(h));
let n = 0;
async function assigned(assignee: V = v.reporter) {
  const title = `Họp giao ban ${run} ${++n}`;
  const { id: eventId } = await createEvent(v.editor, { kind: 'meeting', title, startsAt: due(24), endsAt: due(26), location: 'Phòng 1' });
  const { id } = await createAssignment(v.editor, eventId, { assigneeId: assignee.id, dueAt: due(30), notes: 'Tin ngắn.' });
  return { id, eventId, title };
}
const row = async (id: string) => (await db.select().from(s.assignments).where(eq(s.assignments.id, id)))[0]!;
const inbox = async (userId: string) => (await db.select().from(s.notifications).where(eq(s.notifications.userId, userId)).orderBy(desc(s.notifications.createdAt))).map((x) => x.message);
const audits = async (id: string) => (await db.select().from(s.auditLog).where(and(eq(s.auditLog.targetType, 'assignment'), eq(s.auditLog.targetId, id)))).map((x) => x.action);

describe('editing an assignment', () => {
  it('changes the writer, due time and notes on the version seen; tells the old and new writer; audits', async () => {
    const { id, eventId, title } = await assigned();
    const result = await updateAssignment(v.leader, id, { assigneeId: v.reporter2.id, dueAt: due(48), notes: 'Tin 800 chữ.', version: 1 });
    expect(result).toEqual({ id, version: 2 });
    expect(await row(id)).toMatchObject({ assigneeId: v.reporter2.id, notes: 'Tin 800 chữ.', version: 2 });
    expect((await inbox(v.reporter.id))[0]).toBe(`Việc giao viết bài «${title}» đã chuyển cho người khác: bạn không cần viết bài này nữa.`);
    expect((await inbox(v.reporter2.id))[0]).toMatch(new RegExp(`^Bạn được giao viết bài: ${title}\\. Hạn nộp \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\.$`));
    expect(await audits(id)).toEqual(expect.arrayContaining(['planning.assigned', 'planning.assignment_updated']));
    // The desk follows: the new writer has it, the old one no longer.
    expect((await deskPlanning(v.reporter2)).mine.map((a) => a.id)).toContain(id);
    expect((await deskPlanning(v.reporter)).mine.map((a) => a.id)).not.toContain(id);
    expect((await eventDetail(v.reporter, eventId)).assignments[0]).toMatchObject({ id, version: 2, cancelledAt: null });

    // Only the notes: the writer is told what changed.
    await updateAssignment(v.editor, id, { assigneeId: v.reporter2.id, dueAt: due(48), notes: 'Tin 600 chữ.', version: 2 });
    expect((await inbox(v.reporter2.id))[0]).toBe(`Việc giao viết bài «${title}» đã thay đổi: ghi chú mới.`);
    // Saving what is already there changes nothing and tells nobody.
    const before = (await inbox(v.reporter2.id)).length;
    expect(await updateAssignment(v.editor, id, { assigneeId: v.reporter2.id, dueAt: toVietnamInput((await row(id)).dueAt), notes: 'Tin 600 chữ.', version: 3 })).toEqual({ id, version: 3 });
    expect(await inbox(v.reporter2.id)).toHaveLength(before);
  });

  it('refuses a stale edit in Vietnamese and keeps what was saved', async () => {
    const { id } = await assigned();
    await updateAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(40), notes: 'Bản của biên tập viên A.', version: 1 });
    const stale = await refusal(updateAssignment(v.leader, id, { assigneeId: v.reporter.id, dueAt: due(41), notes: 'Bản của lãnh đạo B.', version: 1 }));
    expect(stale.code).toBe('conflict');
    expect(stale.userMessage).toMatch(/vừa được người khác sửa hoặc hủy sau khi bạn mở trang: hãy tải lại trang/);
    expect(await row(id)).toMatchObject({ notes: 'Bản của biên tập viên A.', version: 2 });
    expect((await refusal(cancelAssignment(v.leader, id, { version: 1 }))).code).toBe('conflict');
    expect((await row(id)).cancelledAt).toBeNull();
  });

  it('is for those who give assignments, and says what to fix', async () => {
    const { id } = await assigned();
    const input = { assigneeId: v.reporter.id, dueAt: due(40), notes: '', version: 1 };
    expect((await refusal(updateAssignment(v.reporter, id, input))).code).toBe('forbidden');
    expect((await refusal(updateAssignment(v.admin, id, input))).code).toBe('forbidden');
    expect((await refusal(cancelAssignment(v.reporter, id, { version: 1 }))).code).toBe('forbidden');
    expect((await refusal(updateAssignment(v.editor, id, { ...input, dueAt: due(-1) }))).userMessage).toMatch(/Hạn nộp đã qua/);
    expect((await refusal(updateAssignment(v.editor, id, { ...input, assigneeId: v.admin.id }))).userMessage).toMatch(/có quyền viết bài/);
    expect((await refusal(updateAssignment(v.editor, id, { ...input, dueAt: 'mai' }))).userMessage).toMatch(/Hạn nộp không hợp lệ/);
    expect((await refusal(updateAssignment(v.editor, id, { ...input, version: undefined }))).userMessage).toMatch(/phiên bản/);
    expect((await refusal(updateAssignment(v.editor, id, { ...input, articleId: crypto.randomUUID() }))).code).toBe('invalid');
    expect((await refusal(updateAssignment(v.editor, id, { ...input, notes: 'x'.repeat(2001) }))).userMessage).toMatch(/Ghi chú dài quá/);
    expect((await refusal(updateAssignment(v.editor, crypto.randomUUID(), input))).code).toBe('not_found');
    expect(await row(id)).toMatchObject({ version: 1, notes: 'Tin ngắn.' });
    // A due time already past may stay as it is while the notes change (an overdue assignment).
    await db.update(s.assignments).set({ dueAt: hoursFromNow(-2) }).where(eq(s.assignments.id, id));
    expect((await updateAssignment(v.editor, id, { ...input, dueAt: toVietnamInput((await row(id)).dueAt), notes: 'Gấp.' })).version).toBe(2);
  });

  it('once the story is started, the writer stays and the assignment cannot be cancelled; the due time still moves', async () => {
    const { id } = await assigned();
    await startAssignment(v.reporter, id);
    expect((await refusal(updateAssignment(v.editor, id, { assigneeId: v.reporter2.id, dueAt: due(30), notes: '', version: 1 }))).userMessage).toMatch(/không đổi được người viết/);
    expect((await refusal(cancelAssignment(v.editor, id, { version: 1 }))).userMessage).toMatch(/không hủy được việc giao/);
    expect((await updateAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(50), notes: 'Tin ngắn.', version: 1 })).version).toBe(2);
  });
});

describe('cancelling an assignment', () => {
  it('takes it off the desk, tells the writer, audits, and it can no longer be started or edited', async () => {
    const { id, title } = await assigned();
    expect(await cancelAssignment(v.editor, id, { version: 1 })).toEqual({ id, version: 2 });
    expect((await row(id)).cancelledBy).toBe(v.editor.id);
    expect((await inbox(v.reporter.id))[0]).toBe(`Việc giao viết bài «${title}» đã bị hủy: bạn không cần viết bài này nữa.`);
    expect(await audits(id)).toContain('planning.assignment_cancelled');
    expect((await deskPlanning(v.reporter)).mine.map((a) => a.id)).not.toContain(id);
    expect((await refusal(startAssignment(v.reporter, id))).userMessage).toMatch(/đã bị hủy/);
    expect((await refusal(updateAssignment(v.editor, id, { assigneeId: v.reporter.id, dueAt: due(30), notes: '', version: 2 }))).userMessage).toMatch(/đã bị hủy/);
    expect((await refusal(cancelAssignment(v.editor, id, { version: 2 }))).userMessage).toMatch(/đã bị hủy/);
  });
});

describe('the iCal feed after edits', () => {
  it('keeps the UID with a higher SEQUENCE after an edit, and marks a cancelled assignment and its event CANCELLED', async () => {
    const [row0] = await db.insert(s.users).values({ email: `ea-feed-${run}@test.vn`, name: `feed ${run}`, roles: ['reporter'] }).returning();
    const owner: V = { kind: 'user', id: row0!.id, roles: ['reporter'] };
    const { id, eventId, title } = await assigned(owner);
    const { token } = await renewCalendarFeed(owner);
    const read = async () => {
      const feed = await calendarFeedItems(token);
      const calendar = new ICAL.Component(ICAL.parse(calendarDocument({ name: feed!.name, host: 'toa-soan.test', items: feed!.items })));
      const events = calendar.getAllSubcomponents('vevent');
      const find = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === `${uid}@toa-soan.test`)!;
      const summary = (c: ICAL.Component) => ({ sequence: c.getFirstPropertyValue('sequence'), status: c.getFirstPropertyValue('status'), description: c.getFirstPropertyValue('description') });
      return { due: summary(find(`giao-viet-${id}`)), event: summary(find(`su-kien-${eventId}`)), count: events.length };
    };
    expect(await read()).toEqual({ due: { sequence: 0, status: 'CONFIRMED', description: 'Tin ngắn.' }, event: { sequence: 0, status: 'CONFIRMED', description: null }, count: 2 });
    await updateAssignment(v.editor, id, { assigneeId: owner.id, dueAt: due(60), notes: 'Tin dài.', version: 1 });
    expect(await read()).toMatchObject({ due: { sequence: 1, status: 'CONFIRMED', description: 'Tin dài.' }, event: { sequence: 1, status: 'CONFIRMED' }, count: 2 });
    await cancelAssignment(v.leader, id, { version: 2 });
    expect(await read()).toMatchObject({ due: { sequence: 2, status: 'CANCELLED' }, event: { sequence: 2, status: 'CANCELLED' }, count: 2 });
    // A new assignment for the same event brings the event back with a still higher SEQUENCE.
    await createAssignment(v.editor, eventId, { assigneeId: owner.id, dueAt: due(70) });
    expect(await read()).toMatchObject({ event: { sequence: 3, status: 'CONFIRMED' }, count: 3 });
    expect(title).toContain(run);
  });
});
