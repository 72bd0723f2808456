// Rows for citizens' questions (Hỏi đáp): the public form's action, open to everyone, and the
// newsroom desk. Editors and leaders moderate, assign and publish; the assignee (or an editor or
// leader) drafts the answer; only leaders approve (lib/policy/can.ts 'question.*'). Each call gets a
// fresh question at the step the action starts from (e2e/fixtures/questions.ts).
import { uniqueIp } from '../../fixtures/users';
import { createTestQuestion } from '../../fixtures/questions';
import { withE2eDb } from '../../fixtures/db';
import * as s from '../../../db/schema';
import type { QaStatus } from '../../../lib/qa/qa';
import { everyone, only, staff, type MatrixEntry } from './types';

const FILE = 'app/(newsroom)/toa-soan/hoi-dap/actions.ts';
const MODERATORS = only('editor', 'leader');
const decoded = (location: string) => decodeURIComponent(location.replace(/\+/g, ' '));
/** The small forms redirect back with ?ok= when done, or ?loi= with the refusal. */
const outcome = (location: string) =>
  decoded(location).includes('?ok=')
    ? 'allowed'
    : location.includes('/toa-soan/dang-nhap') || /Chỉ (biên tập viên|người được phân công|lãnh đạo|quản trị viên)/.test(decoded(location))
      ? 'denied'
      : 'unclear';

const at = (status: QaStatus) => async () => {
  const q = await createTestQuestion(status);
  return { id: q.id, version: String(q.version) };
};

async function assignTargets() {
  return withE2eDb(async (db) => {
    const [unit] = await db.select({ id: s.units.id }).from(s.units).limit(1);
    const [user] = await db.insert(s.users).values({ email: `hd-giao-${crypto.randomUUID().slice(0, 8)}@e2e.test`, name: 'Người được giao', roles: ['reporter'] }).returning({ id: s.users.id });
    return { unitId: unit!.id, assigneeId: user!.id };
  });
}

export const q1Entries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/hoi-dap', access: staff },
  // A reporter opens only questions assigned to them (this one is assigned to someone else).
  { kind: 'page', route: '/toa-soan/hoi-dap/[id]', access: only('editor', 'leader', 'admin'), path: async () => `/toa-soan/hoi-dap/${(await createTestQuestion('assigned')).id}` },
  {
    kind: 'action',
    file: 'app/[locale]/hoi-dap/gui/actions.ts',
    name: 'sendQuestionAction',
    access: everyone,
    form: {
      url: '/hoi-dap/gui',
      headers: () => ({ 'X-Forwarded-For': uniqueIp() }),
      fields: async () => ({
        name: 'Phạm Văn Bình',
        email: `ma-tran-${crypto.randomUUID().slice(0, 8)}@e2e.test`,
        phone: '',
        topic: 'khac',
        question: 'Câu hỏi gửi từ bảng phân quyền để kiểm tra biểu mẫu công khai.',
        consent: 'co',
        website: '',
      }),
      outcome: (location) => (location.includes('/hoi-dap/da-nhan?ma=HD-') ? 'allowed' : 'unclear'),
    },
  },
  {
    kind: 'action',
    file: 'app/[locale]/hoi-dap/tra-cuu/actions.ts',
    name: 'lookupQuestionAction',
    access: everyone,
    // Answers in place (no redirect): the page comes back 200 with the lookup's answer.
    form: {
      url: '/hoi-dap/tra-cuu',
      // Look-ups are limited per address: each call asks from its own.
      headers: () => ({ 'X-Forwarded-For': uniqueIp() }),
      fields: async () => {
        const q = await createTestQuestion('received');
        return { code: q.trackingCode, email: 'khong-dung@e2e.test' };
      },
      inPlace: true,
      outcome: (page) => (page.includes('Không tìm thấy câu hỏi với mã và email này') ? 'allowed' : 'unclear'),
    },
  },
  { kind: 'action', file: FILE, name: 'erasePersonalDataAction', access: only('admin'), form: { fields: at('published'), outcome } },
  { kind: 'action', file: FILE, name: 'moderateQuestionAction', access: MODERATORS, form: { fields: at('received'), outcome } },
  { kind: 'action', file: FILE, name: 'rejectQuestionAction', access: MODERATORS, form: { fields: at('received'), outcome } },
  { kind: 'action', file: FILE, name: 'assignQuestionAction', access: MODERATORS, form: { fields: async () => ({ ...(await at('moderated')()), ...(await assignTargets()) }), outcome } },
  // The reporter is not the assignee of these questions: refused like any other non-assignee.
  { kind: 'action', file: FILE, name: 'saveAnswerAction', access: MODERATORS, form: { fields: async () => ({ ...(await at('assigned')()), answer: 'Trả lời thử từ bảng phân quyền.' }), outcome } },
  { kind: 'action', file: FILE, name: 'submitAnswerAction', access: MODERATORS, form: { fields: at('drafted'), outcome } },
  { kind: 'action', file: FILE, name: 'approveAnswerAction', access: only('leader'), form: { fields: at('awaiting_approval'), outcome } },
  { kind: 'action', file: FILE, name: 'publishAnswerAction', access: MODERATORS, form: { fields: at('approved'), outcome } },
];
