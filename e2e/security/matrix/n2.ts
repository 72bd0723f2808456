// Rows for planning (calendar, events, assignments, the private iCal feed) and home page curation.
import { asc } from 'drizzle-orm';
import * as s from '../../../db/schema';
import { newSecretToken } from '../../../lib/credentials/secret-token';
import { withE2eDb } from '../../fixtures/db';
import { createTestUser } from '../../fixtures/users';
import { everyone, only, staff, type MatrixEntry } from './types';

const PLANNING = 'app/(newsroom)/toa-soan/lich/actions.ts';
const HOME = 'app/(newsroom)/toa-soan/trang-chu/actions.ts';
const decoded = (location: string) => decodeURIComponent(location.replace(/\+/g, ' '));
const signIn = (location: string) => location.includes('/toa-soan/dang-nhap');

/** "2026-12-10T09:00" in Vietnam's time, hours from now. */
const local = (hours: number) => new Date(Date.now() + hours * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);

const eventInput = () => ({ kind: 'meeting', title: 'Sự kiện ma trận', startsAt: local(24), endsAt: local(26), location: 'Hà Nội', unitId: '', notes: '', people: [] });

async function event(): Promise<string> {
  const start = new Date(Date.now() + 86_400_000);
  const [row] = await withE2eDb((db) => db.insert(s.planningEvents).values({ title: 'Sự kiện ma trận', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) }).returning());
  return row!.id;
}

/** An assignment to `userId` (the viewer, so a writer may start it), written straight into the database. */
async function assignmentFor(userId: string | undefined): Promise<string> {
  const eventId = await event();
  const assignee = userId ?? (await createTestUser({ roles: ['reporter'] })).id;
  const [row] = await withE2eDb((db) => db.insert(s.assignments).values({ eventId, assigneeId: assignee, dueAt: new Date(Date.now() + 86_400_000) }).returning());
  return row!.id;
}

async function feedToken(): Promise<string> {
  const user = await createTestUser({ roles: ['reporter'] });
  const { token, hash } = newSecretToken('lich');
  await withE2eDb((db) => db.insert(s.calendarFeeds).values({ userId: user.id, tokenHash: hash }));
  return token;
}

/** The picks as they are, so an allowed save changes nothing other tests see. */
async function currentPicks() {
  const rows = await withE2eDb((db) => db.select().from(s.homePicks).orderBy(asc(s.homePicks.position)));
  return { picks: rows.map((r) => ({ articleId: r.articleId, expiresAt: r.expiresAt ? new Date(r.expiresAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 16) : '' })) };
}

export const n2Entries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/lich', access: staff },
  { kind: 'page', route: '/toa-soan/lich/moi', access: only('editor', 'leader') },
  { kind: 'page', route: '/toa-soan/lich/[id]', access: staff, path: async () => `/toa-soan/lich/${await event()}` },
  { kind: 'page', route: '/toa-soan/trang-chu', access: only('editor') },
  // The secret in the address is the credential: whoever holds it (a calendar app) reads the feed.
  { kind: 'api', method: 'GET', route: '/api/lich/[token]', access: everyone, call: async () => ({ path: `/api/lich/${await feedToken()}` }) },
  { kind: 'action', file: PLANNING, name: 'saveEventAction', access: only('editor', 'leader'), args: async () => [null, eventInput()] },
  {
    kind: 'action',
    file: PLANNING,
    name: 'deleteEventAction',
    access: only('editor', 'leader'),
    form: {
      fields: async () => ({ id: await event() }),
      outcome: (location) => (location.includes('/toa-soan/lich?ok=da-xoa') ? 'allowed' : signIn(location) || decoded(location).includes('Chỉ biên tập viên và lãnh đạo') ? 'denied' : 'unclear'),
    },
  },
  {
    kind: 'action',
    file: PLANNING,
    name: 'assignAction',
    access: only('editor', 'leader'),
    args: async () => [await event(), { assigneeId: (await createTestUser({ roles: ['reporter'] })).id, dueAt: local(30), notes: '' }],
  },
  {
    // Only the assignee starts it, and only if they can write: admins cannot, even when assigned.
    kind: 'action',
    file: PLANNING,
    name: 'startAssignmentAction',
    access: only('reporter', 'editor', 'leader'),
    form: {
      fields: async ({ viewer }) => ({ id: await assignmentFor(viewer?.id) }),
      outcome: (location) => (/^\/toa-soan\/bai-viet\/[0-9a-f-]{36}/.test(location) ? 'allowed' : signIn(location) || decoded(location).includes('quyền') ? 'denied' : 'unclear'),
    },
  },
  { kind: 'action', file: PLANNING, name: 'renewCalendarFeedAction', access: staff, args: async () => [] },
  { kind: 'action', file: PLANNING, name: 'revokeCalendarFeedAction', access: staff, args: async () => [] },
  { kind: 'action', file: HOME, name: 'searchPickableAction', access: only('editor'), args: async () => ['hội nghị'] },
  { kind: 'action', file: HOME, name: 'saveHomePicksAction', access: only('editor'), args: async () => [await currentPicks()] },
];
