import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { questions, units, users } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { QA_MAX_ANSWER, QA_RETENTION_MONTHS, qaSearchText, qaTransition, type QaEvent, type QaStatus } from '@/lib/qa/qa';
import { DataError } from '../errors';
import { revalidateQuestionPages } from '../public/revalidate';
import { mailQuestionAnswered } from './mail';
import { assertStaff, auditQuestion, wroteAnswer, type Executor } from './shared';

type Row = { id: string; status: QaStatus; version: number; assigneeId: string | null; answeredBy: string | null; body: string; answer: string };
type Patch = Partial<typeof questions.$inferInsert> | Record<string, unknown>;

const MODERATORS_ONLY = 'Chỉ biên tập viên và lãnh đạo kiểm duyệt, phân công và đăng câu hỏi.';

function mayModerate(viewer: Viewer) {
  if (!can(viewer, 'question.moderate')) throw new DataError('forbidden', MODERATORS_ONLY);
}
function mayAnswer(viewer: Viewer, row: Row) {
  if (can(viewer, 'question.moderate')) return;
  if (can(viewer, 'question.answer') && viewer.kind === 'user' && row.assigneeId === viewer.id) return;
  throw new DataError('forbidden', 'Chỉ người được phân công (hoặc biên tập viên, lãnh đạo) soạn được câu trả lời.');
}
/**
 * The sign-off is a second person's: a named leader (never a job, whose approval would name nobody)
 * who wrote no version of the answer being approved, as for stories ("nobody approves their own").
 */
async function mayApprove(viewer: Viewer, row: Row, tx: Executor) {
  if (viewer.kind !== 'user' || !can(viewer, 'question.approve')) throw new DataError('forbidden', 'Chỉ lãnh đạo duyệt được câu trả lời.');
  if (await wroteAnswer(tx, row, viewer.id)) throw new DataError('forbidden', 'Bạn đã soạn câu trả lời này nên không tự duyệt được: hãy nhờ một lãnh đạo khác duyệt.');
}

/**
 * One step of a question's workflow: one transaction, the rule for the person, the transition table
 * (lib/qa), a guarded UPDATE ... WHERE status = $from AND version = $seen and the audit row inside it.
 */
async function step(viewer: Viewer, id: string, version: number, event: QaEvent, authorize: (viewer: Viewer, row: Row, tx: Executor) => void | Promise<void>, patch: (row: Row) => Patch | Promise<Patch>, audit: Record<string, unknown> = {}): Promise<Row> {
  assertStaff(viewer);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: questions.id, status: questions.status, version: questions.version, assigneeId: questions.assigneeId, answeredBy: questions.answeredBy, body: questions.body, answer: questions.answer })
      .from(questions)
      .where(eq(questions.id, id));
    if (!row) throw new DataError('not_found', 'Không tìm thấy câu hỏi.');
    await authorize(viewer, row, tx);
    if (row.version !== version) throw new DataError('conflict', 'Câu hỏi vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất.');
    const next = qaTransition(row.status, event);
    if (!next.ok) throw new DataError('conflict', next.message);
    const extra = await patch(row);
    const changed = await tx
      .update(questions)
      .set({
        ...(next.voidsApproval ? { approvedBy: null, approvedAt: null } : {}),
        ...extra,
        status: next.to,
        version: sql`${questions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(questions.id, id), eq(questions.status, row.status), eq(questions.version, version)))
      .returning({ id: questions.id });
    if (changed.length === 0) throw new DataError('conflict', 'Câu hỏi vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất.');
    await auditQuestion(tx, viewer, `question.${event}`, id, { from: row.status, to: next.to, ...audit });
    return { ...row, status: next.to, version: row.version + 1 };
  });
}

const retentionEnd = sql`now() + make_interval(months => ${QA_RETENTION_MONTHS})`;

/** Genuine: it goes on to be assigned. */
export const moderateQuestion = (viewer: Viewer, id: string, version: number) => step(viewer, id, version, 'moderate', mayModerate, () => ({}));

/** Spam or out of scope: never published; personal data kept only for the retention period. */
export const rejectQuestion = (viewer: Viewer, id: string, version: number) => step(viewer, id, version, 'reject', mayModerate, () => ({ personalDataUntil: retentionEnd }));

export async function assignQuestion(viewer: Viewer, id: string, version: number, input: { unitId: string; assigneeId: string }) {
  return step(viewer, id, version, 'assign', mayModerate, async () => {
    const [[unit], [person]] = await Promise.all([
      db.select({ id: units.id }).from(units).where(eq(units.id, input.unitId)),
      db.select({ id: users.id, roles: users.roles, isActive: users.isActive }).from(users).where(eq(users.id, input.assigneeId)),
    ]);
    if (!unit) throw new DataError('invalid', 'Hãy chọn một đơn vị trong danh sách.');
    if (!person || !person.isActive || !person.roles.some((r) => r === 'reporter' || r === 'editor' || r === 'leader')) throw new DataError('invalid', 'Hãy chọn một người đang làm việc trong tòa soạn (phóng viên, biên tập viên hoặc lãnh đạo).');
    return { unitId: unit.id, assigneeId: person.id };
  }, { unitId: input.unitId, assigneeId: input.assigneeId });
}

/** Saves the draft answer. Saving after sign-off voids the approval: it must be approved again. */
export async function saveAnswer(viewer: Viewer, id: string, version: number, rawAnswer: string) {
  const answer = rawAnswer.replace(/\r\n/g, '\n').trim();
  if (answer.length < 10) throw new DataError('invalid', 'Câu trả lời quá ngắn: hãy viết ít nhất 10 ký tự.');
  if (answer.length > QA_MAX_ANSWER) throw new DataError('invalid', `Câu trả lời dài quá ${QA_MAX_ANSWER.toLocaleString('vi-VN')} ký tự.`);
  return step(viewer, id, version, 'save_answer', mayAnswer, () => ({ answer, answeredBy: viewer.kind === 'user' ? viewer.id : null }), { length: answer.length });
}

export const submitAnswer = (viewer: Viewer, id: string, version: number) =>
  step(viewer, id, version, 'submit', mayAnswer, (row) => {
    if (row.answer.trim().length < 10) throw new DataError('invalid', 'Hãy soạn câu trả lời trước khi gửi duyệt.');
    return {};
  });

/** The leader's sign-off: who and when are recorded; the version they saw is the one approved. */
export const approveAnswer = (viewer: Viewer, id: string, version: number) =>
  step(viewer, id, version, 'approve', mayApprove, () => ({ approvedBy: viewer.kind === 'user' ? viewer.id : null, approvedAt: new Date() }));

/** Publishes an approved answer with its question, and refreshes the public pages. */
export async function publishAnswer(viewer: Viewer, id: string, version: number) {
  const row = await step(viewer, id, version, 'publish', mayModerate, (r) => ({ publishedAt: new Date(), searchText: qaSearchText(r.body, r.answer), personalDataUntil: retentionEnd }));
  await revalidateQuestionPages([id]);
  await mailQuestionAnswered(id);
  return row;
}
