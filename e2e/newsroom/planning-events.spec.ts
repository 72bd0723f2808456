// An event after it is made: an editor edits its time, place, unit, people and title in the
// calendar (a wrong end time is refused and nothing typed is lost; a stale form is refused), the
// writer's iCal feed follows with a higher SEQUENCE; deleting asks for confirmation, is not offered
// while an assignment is on, and removes the event from the calendar and the feed.
import { eq } from 'drizzle-orm';
import { expect, test } from '@playwright/test';
import * as s from '../../db/schema';
import { hashSecretToken, newSecretToken } from '../../lib/credentials/secret-token';
import { withE2eDb } from '../fixtures/db';
import { demoPersonAndUnit, fillEventForm, localDay, pageAs as as } from '../fixtures/planning';
import { createTestUser } from '../fixtures/users';

test('an editor edits an event and deletes it after confirming; the writer’s iCal feed follows', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const run = crypto.randomUUID().slice(0, 6);
  const editor = await createTestUser({ roles: ['editor'] });
  const leader = await createTestUser({ roles: ['leader'] });
  const writer = await createTestUser({ roles: ['reporter'], name: `Người viết sự kiện ${run}` });
  const title = `Hội thảo chuyên đề ${run}`;
  const start = new Date(Date.now() + 3 * 86_400_000);
  const { token } = newSecretToken('lich');
  const { person, unit } = await demoPersonAndUnit();
  const eventId = await withE2eDb(async (db) => {
    const [event] = await db.insert(s.planningEvents).values({ title, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), location: 'Phòng họp 3', createdBy: editor.id }).returning();
    await db.insert(s.assignments).values({ eventId: event!.id, assigneeId: writer.id, assignedBy: editor.id, dueAt: new Date(start.getTime() + 86_400_000) });
    await db.insert(s.calendarFeeds).values({ userId: writer.id, tokenHash: hashSecretToken(token) });
    return event!.id;
  });
  const feedEntry = async () => {
    const text = (await (await request.get(`/api/lich/${token}`)).text()).replace(/\r\n[ \t]/g, '');
    return text.split('BEGIN:VEVENT').find((block) => block.includes(`UID:su-kien-${eventId}@`)) ?? '';
  };
  expect(await feedEntry()).toContain('SEQUENCE:0');

  // The leader opens the event before the editor saves: their form holds the old version.
  const other = await as(browser, leader);
  await other.goto(`/toa-soan/lich/${eventId}`);
  const page = await as(browser, editor);
  await page.goto(`/toa-soan/lich/${eventId}`);
  const form = page.getByRole('region', { name: 'Sửa sự kiện' });
  const newTitle = `Hội thảo chuyên đề (dời lịch) ${run}`;
  await fillEventForm(form, { title: newTitle, start: localDay(4, 14), end: localDay(4, 13), location: `Hội trường C ${run}`, unit: unit.name, person: person.name });
  await form.getByRole('button', { name: 'Lưu sự kiện' }).click();
  await expect(form.getByRole('alert')).toContainText('Thời gian kết thúc phải sau thời gian bắt đầu.');
  await expect(form.getByLabel('Tên sự kiện')).toHaveValue(newTitle);
  await expect(form.getByLabel('Địa điểm')).toHaveValue(`Hội trường C ${run}`);
  await form.getByLabel('Kết thúc (giờ Việt Nam)').fill(localDay(4, 16));
  await form.getByRole('button', { name: 'Lưu sự kiện' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu sự kiện.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
  const facts = page.getByRole('article');
  await expect(facts).toContainText(`Hội trường C ${run}`);
  await expect(facts).toContainText(unit.name);
  await expect(facts).toContainText(`${person.name} (Chủ trì)`);
  const entry = await feedEntry();
  expect(entry).toContain(`SUMMARY:${newTitle}`);
  expect(entry).toContain('SEQUENCE:1');

  // The leader's older form is refused, and what they typed stays.
  const otherForm = other.getByRole('region', { name: 'Sửa sự kiện' });
  await otherForm.getByLabel('Địa điểm').fill('Phòng khác');
  await otherForm.getByRole('button', { name: 'Lưu sự kiện' }).click();
  await expect(otherForm.getByRole('alert')).toContainText('vừa được người khác sửa');
  await expect(otherForm.getByLabel('Địa điểm')).toHaveValue('Phòng khác');
  await other.context().close();

  // Delete is not offered while the assignment is on; the page says why and what to do.
  const deletion = page.getByRole('region', { name: 'Xóa sự kiện' });
  await expect(deletion.getByTestId('ly-do-khong-xoa')).toContainText('còn việc giao viết bài chưa hủy');
  await expect(deletion.getByRole('button', { name: 'Xóa sự kiện' })).toHaveCount(0);
  await page.getByRole('button', { name: new RegExp(`^Hủy việc giao: ${writer.name}`) }).click();
  await page.getByRole('button', { name: 'Xác nhận hủy việc giao' }).click();
  await expect(page.getByTestId('viec-giao')).toContainText('Đã hủy');

  // Now it can go, after a confirmation that can be declined.
  await deletion.getByRole('button', { name: 'Xóa sự kiện' }).click();
  await expect(deletion).toContainText(`Xóa hẳn sự kiện “${newTitle}”`);
  await deletion.getByRole('button', { name: 'Không xóa' }).click();
  expect(await withE2eDb((db) => db.$count(s.planningEvents, eq(s.planningEvents.id, eventId)))).toBe(1);
  await deletion.getByRole('button', { name: 'Xóa sự kiện' }).click();
  await deletion.getByRole('button', { name: 'Xác nhận xóa sự kiện' }).click();
  await expect(page).toHaveURL(/\/toa-soan\/lich\?ok=da-xoa/);
  await expect(page.getByRole('status')).toContainText('Đã xóa sự kiện.');
  expect(await withE2eDb((db) => db.$count(s.planningEvents, eq(s.planningEvents.id, eventId)))).toBe(0);
  expect(await feedEntry()).toBe('');
  await page.goto(`/toa-soan/lich?xem=tuan&ngay=${localDay(4, 14).slice(0, 10)}`);
  await expect(page.getByRole('link', { name: newTitle })).toHaveCount(0);
  await page.context().close();
});
