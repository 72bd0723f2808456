// Rows for the desk's notifications form, .docx import and the people and units registry.
import * as s from '../../../db/schema';
import { sampleDocx } from '../../../lib/data/articles/tests/docx-fixture';
import { withE2eDb } from '../../fixtures/db';
import { everyone, only, staff, type MatrixEntry } from './types';

const REGISTRY = 'app/(newsroom)/toa-soan/nhan-vat/actions.ts';
/** Query strings come form-encoded (spaces as +). */
const decoded = (location: string) => decodeURIComponent(location.replace(/\+/g, ' '));
const signIn = (location: string) => location.includes('/toa-soan/dang-nhap');
/** Registry forms redirect back with ?ok= when done, or ?loi= with the refusal. */
const registryOutcome = (location: string) =>
  decoded(location).includes('?ok=') ? 'allowed' : signIn(location) || decoded(location).includes('Chỉ quản trị viên') ? 'denied' : 'unclear';

async function person(): Promise<{ personId: string; positionId: string }> {
  return withE2eDb(async (db) => {
    const [p] = await db.insert(s.people).values({ fullName: 'Nhân vật ma trận', slug: `ma-tran-${crypto.randomUUID()}` }).returning();
    const [pos] = await db.insert(s.positions).values({ personId: p!.id, title: 'Chuyên viên', startsOn: '2020-01-01' }).returning();
    return { personId: p!.id, positionId: pos!.id };
  });
}

const SETTINGS = 'app/(newsroom)/toa-soan/cai-dat/actions.ts';
const settingsOutcome = (location: string) =>
  decoded(location).includes('?ok=') ? 'allowed' : signIn(location) || decoded(location).includes('Chỉ quản trị viên') ? 'denied' : 'unclear';

/** The current settings, so an allowed save changes nothing other tests see. */
async function currentSettings(): Promise<Record<string, string>> {
  const [row] = await withE2eDb((db) => db.select().from(s.siteSettings).limit(1));
  return Object.fromEntries(Object.entries(row ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

async function section(): Promise<{ id: string; name: string }> {
  const [row] = await withE2eDb((db) => db.insert(s.sections).values({ slug: `ma-tran-${crypto.randomUUID()}`, name: 'Chuyên mục ma trận', sortOrder: 999 }).returning());
  return { id: row!.id, name: row!.name };
}

export const newsroomExtraEntries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/cai-dat', access: only('admin') },
  { kind: 'action', file: SETTINGS, name: 'updateSettingsAction', access: only('admin'), form: { fields: currentSettings, outcome: settingsOutcome } },
  // The default (leader only): an admin's run of the matrix leaves the setting as it was.
  { kind: 'action', file: SETTINGS, name: 'updateSuggestingRolesAction', access: only('admin'), form: { fields: async () => ({ suggestingRoles: 'leader' }), outcome: settingsOutcome } },
  // Unticked: off, the default, so an admin's run of the matrix leaves co-editing as it was.
  { kind: 'action', file: SETTINGS, name: 'updateLiveCoeditingAction', access: only('admin'), form: { fields: async () => ({}), outcome: settingsOutcome } },
  { kind: 'action', file: SETTINGS, name: 'createSectionAction', access: only('admin'), form: { fields: async () => ({ name: 'Chuyên mục ma trận mới', description: '', sortOrder: '999' }), outcome: settingsOutcome } },
  {
    kind: 'action',
    file: SETTINGS,
    name: 'updateSectionAction',
    access: only('admin'),
    form: { fields: async () => { const x = await section(); return { id: x.id, name: x.name, description: '', sortOrder: '999', 'checklist.title': 'on' }; }, outcome: settingsOutcome },
  },
  // Operations: probes for load balancers and orchestrators, open to all, revealing nothing.
  { kind: 'api', method: 'GET', route: '/api/health', access: everyone, call: async () => ({ path: '/api/health' }) },
  { kind: 'api', method: 'GET', route: '/api/ready', access: everyone, call: async () => ({ path: '/api/ready' }) },
  // Revalidation for the scheduler's jobs: only with the token derived from AUTH_SECRET, never a session.
  { kind: 'api', method: 'POST', route: '/api/internal/revalidate', access: only(), call: async () => ({ path: '/api/internal/revalidate', data: { all: true } }) },
  { kind: 'page', route: '/toa-soan/nhan-vat', access: only('admin') },
  // A story by a reporter who is none of the viewers: senior staff may preview it, other reporters not.
  { kind: 'page', route: '/toa-soan/bai-viet/[id]/xem-truoc', access: only('editor', 'leader', 'admin'), path: async ({ fx }) => `/toa-soan/bai-viet/${(await fx.article()).id}/xem-truoc` },
  {
    kind: 'action',
    file: 'app/(newsroom)/toa-soan/desk-actions.ts',
    name: 'markAllNotificationsReadAction',
    access: staff,
    form: { fields: async () => ({}), outcome: (location) => (location === '/toa-soan' ? 'allowed' : signIn(location) ? 'denied' : 'unclear') },
  },
  {
    kind: 'action',
    file: 'app/(newsroom)/toa-soan/bai-viet/actions.ts',
    name: 'importDocxAction',
    access: only('reporter', 'editor', 'leader'),
    form: {
      fields: async () => ({
        tep: { name: 'ma-tran.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await sampleDocx({ withImage: false }) },
      }),
      outcome: (location) =>
        /^\/toa-soan\/bai-viet\/[0-9a-f-]{36}/.test(location) ? 'allowed' : signIn(location) || decoded(location).includes('quyền') ? 'denied' : 'unclear',
    },
  },
  { kind: 'action', file: REGISTRY, name: 'createPersonAction', access: only('admin'), form: { fields: async () => ({ fullName: 'Nhân vật mới' }), outcome: registryOutcome } },
  {
    kind: 'action',
    file: REGISTRY,
    name: 'addPositionAction',
    access: only('admin'),
    form: { fields: async () => ({ personId: (await person()).personId, title: 'Phó Vụ trưởng', from: '2024-01-01' }), outcome: registryOutcome },
  },
  {
    kind: 'action',
    file: REGISTRY,
    name: 'endPositionAction',
    access: only('admin'),
    form: { fields: async () => ({ positionId: (await person()).positionId, to: '2024-12-31' }), outcome: registryOutcome },
  },
  { kind: 'action', file: REGISTRY, name: 'createUnitAction', access: only('admin'), form: { fields: async () => ({ name: 'Đơn vị mới' }), outcome: registryOutcome } },
];
