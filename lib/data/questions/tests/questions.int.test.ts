import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { systemViewer, type Role, type Viewer } from '@/lib/policy/roles';
import { TRACKING_CODE } from '@/lib/qa/qa';
import { DataError } from '../../errors';
import { publicQuestion, publicQuestions } from '../public';
import { questionForStaff, questionsForStaff } from '../staff';
import { submitQuestion } from '../submit';
import { approveAnswer, assignQuestion, moderateQuestion, publishAnswer, rejectQuestion, saveAnswer, submitAnswer } from '../workflow';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
type V = Viewer & { kind: 'user' };
const v = {} as Record<'reporter' | 'editor' | 'leader' | 'leader2' | 'admin' | 'other', V>;
let unitId = '';
let ipCounter = 0;
const freshIp = () => `10.${Number.parseInt(run.slice(0, 2), 16)}.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

async function user(key: keyof typeof v, roles: Role[]) {
  const [row] = await db.insert(s.users).values({ email: `qa-${key}-${run}@test.vn`, name: `${key} ${run}`, roles }).returning();
  v[key] = { kind: 'user', id: row!.id, roles };
}

beforeAll(async () => {
  await Promise.all([user('reporter', ['reporter']), user('editor', ['editor']), user('leader', ['leader']), user('leader2', ['leader']), user('admin', ['admin']), user('other', ['reporter'])]);
  const [unit] = await db.insert(s.units).values({ slug: `vu-hd-${run}`, name: `Vụ Hỏi đáp ${run}` }).returning();
  unitId = unit!.id;
});

const form = (over: Record<string, string> = {}) => ({
  name: 'Nguyễn Văn An',
  email: `an.${run}.${Math.random().toString(36).slice(2, 8)}@example.vn`,
  phone: '0912 345 678',
  topic: 'thu-tuc',
  question: `Xin hỏi thủ tục đăng ký hộ kinh doanh ở Đà Nẵng cần những giấy tờ gì? (${run})`,
  consent: 'co',
  ...over,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

async function sent(over: Record<string, string> = {}) {
  const result = await submitQuestion(form(over), { ip: freshIp() });
  if (!result.ok || !result.questionId) throw new Error(`not sent: ${JSON.stringify(result)}`);
  return result.questionId;
}
const versionOf = async (id: string) => (await db.select({ v: s.questions.version }).from(s.questions).where(eq(s.questions.id, id)))[0]!.v;

/** Moves a fresh question to "approved" through the real steps. */
async function approved(over: Record<string, string> = {}) {
  const id = await sent(over);
  await moderateQuestion(v.editor, id, 1);
  await assignQuestion(v.editor, id, 2, { unitId, assigneeId: v.reporter.id });
  await saveAnswer(v.reporter, id, 3, `Trả lời: cần giấy đề nghị và bản sao căn cước (${run}).`);
  await submitAnswer(v.reporter, id, 4);
  await approveAnswer(v.leader, id, 5);
  return id;
}

describe('the public form', () => {
  it('stores a question with a tracking code and a salted hash, never the address', async () => {
    const ip = freshIp();
    const result = await submitQuestion(form(), { ip });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.trackingCode).toMatch(TRACKING_CODE);
    const [row] = await db.select().from(s.questions).where(eq(s.questions.id, result.questionId!));
    expect(row).toMatchObject({ status: 'received', verified: false, senderPhone: '0912345678', topic: 'thu-tuc' });
    expect(JSON.stringify(row)).not.toContain(ip);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, row!.id));
    expect(audit.map((a) => a.action)).toEqual(['question.received']);
    expect(JSON.stringify(audit)).not.toContain(row!.senderEmail!);
  });

  it('refuses the 6th message from one address in 24 hours, with a Vietnamese message', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await submitQuestion(form(), { ip })).ok).toBe(true);
    const sixth = await submitQuestion(form(), { ip });
    expect(sixth).toMatchObject({ ok: false });
    if (!sixth.ok) expect(sixth.message).toContain('địa chỉ mạng này');
    // Another address still gets through.
    expect((await submitQuestion(form(), { ip: freshIp() })).ok).toBe(true);
  });

  it('counts an IPv6 /64 as one address', async () => {
    const prefix = `2001:db8:${run.slice(0, 4)}:1`;
    for (let i = 0; i < 5; i++) expect((await submitQuestion(form(), { ip: `${prefix}::${i + 1}` })).ok).toBe(true);
    expect((await submitQuestion(form(), { ip: `${prefix}:0:0:0:99` })).ok).toBe(false);
  });

  it('refuses the 6th message from one email, from any address', async () => {
    const email = `mot.email.${run}@example.vn`;
    for (let i = 0; i < 5; i++) expect((await submitQuestion(form({ email }), { ip: freshIp() })).ok).toBe(true);
    const sixth = await submitQuestion(form({ email: email.toUpperCase() }), { ip: freshIp() });
    expect(sixth).toMatchObject({ ok: false, errors: { email: expect.stringContaining('24 giờ') } });
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const question = `Robot ${run} honeypot`.padEnd(40, '.');
    const result = await submitQuestion(form({ website: 'http://spam.example', question }), { ip: freshIp() });
    expect(result).toMatchObject({ ok: true, questionId: null });
    expect(await db.select().from(s.questions).where(eq(s.questions.body, question))).toHaveLength(0);
  });

  it('gives a Vietnamese error for each wrong field', async () => {
    const result = await submitQuestion({ name: '', email: 'khong-phai-email', phone: 'abc', topic: 'khong-co', question: 'ngắn', consent: '' }, { ip: freshIp() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: expect.stringContaining('họ và tên'),
      email: expect.stringContaining('email chưa đúng'),
      phone: expect.stringContaining('chữ số'),
      topic: expect.stringContaining('chủ đề'),
      question: expect.stringContaining('quá ngắn'),
      consent: expect.stringContaining('đồng ý'),
    });
    const long = await submitQuestion(form({ question: 'a'.repeat(4001) }), { ip: freshIp() });
    expect(long).toMatchObject({ ok: false, errors: { question: expect.stringContaining('dài quá') } });
  });
});

describe('the newsroom workflow', () => {
  it('goes from received to published, recording who approved and when, with audit rows', async () => {
    const id = await approved();
    const row = await questionForStaff(v.editor, id);
    expect(row).toMatchObject({ status: 'approved', approvedByName: `leader ${run}`, unitName: `Vụ Hỏi đáp ${run}` });
    expect(row.approvedAt).toBeInstanceOf(Date);
    await publishAnswer(v.editor, id, 6);
    const actions = (await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, id)).orderBy(s.auditLog.id)).map((a) => a.action);
    expect(actions).toEqual(['question.received', 'question.moderate', 'question.assign', 'question.save_answer', 'question.submit', 'question.approve', 'question.publish']);
    const published = await publicQuestion(id);
    expect(published).toMatchObject({ senderShort: 'Nguyễn V. A.' });
  });

  it('lets only a leader approve', async () => {
    const id = await sent();
    await moderateQuestion(v.editor, id, 1);
    await assignQuestion(v.editor, id, 2, { unitId, assigneeId: v.reporter.id });
    await saveAnswer(v.reporter, id, 3, 'Một câu trả lời đủ dài.');
    await submitAnswer(v.reporter, id, 4);
    for (const who of [v.reporter, v.editor, v.admin]) expect((await refusal(approveAnswer(who, id, 5))).code).toBe('forbidden');
    expect((await refusal(approveAnswer(v.reporter, id, 5))).userMessage).toContain('Chỉ lãnh đạo');
    await approveAnswer(v.leader, id, 5);
  });

  it('refuses to publish without approval, and a change after approval voids it', async () => {
    const id = await sent();
    await moderateQuestion(v.editor, id, 1);
    expect((await refusal(publishAnswer(v.editor, id, 2))).code).toBe('conflict');
    const done = await approved();
    await saveAnswer(v.reporter, done, 6, 'Câu trả lời đã sửa sau khi duyệt.');
    const [row] = await db.select().from(s.questions).where(eq(s.questions.id, done));
    expect(row).toMatchObject({ status: 'drafted', approvedBy: null, approvedAt: null });
    expect((await refusal(publishAnswer(v.editor, done, 7))).userMessage).toContain('lãnh đạo duyệt');
  });

  it('never lets a leader sign off an answer they wrote themselves; another leader may', async () => {
    const id = await sent();
    await moderateQuestion(v.leader, id, 1);
    await assignQuestion(v.leader, id, 2, { unitId, assigneeId: v.reporter.id });
    await saveAnswer(v.leader, id, 3, 'Câu trả lời do chính lãnh đạo soạn.');
    await submitAnswer(v.leader, id, 4);
    const own = await refusal(approveAnswer(v.leader, id, 5));
    expect(own.code).toBe('forbidden');
    expect(own.userMessage).toContain('lãnh đạo khác');
    expect((await refusal(publishAnswer(v.leader, id, 5))).code).toBe('conflict');
    const [row] = await db.select().from(s.questions).where(eq(s.questions.id, id));
    expect(row).toMatchObject({ status: 'awaiting_approval', approvedBy: null, approvedAt: null });
    await approveAnswer(v.leader2, id, 5);
    await publishAnswer(v.leader, id, 6);
  });

  it('counts a leader who wrote any version of the answer as its author, even if someone saved after them', async () => {
    const id = await sent();
    await moderateQuestion(v.editor, id, 1);
    await assignQuestion(v.editor, id, 2, { unitId, assigneeId: v.reporter.id });
    await saveAnswer(v.leader, id, 3, 'Bản trả lời lãnh đạo viết.');
    await saveAnswer(v.reporter, id, 4, 'Bản trả lời lãnh đạo viết, thêm một dấu chấm.');
    await submitAnswer(v.reporter, id, 5);
    expect((await refusal(approveAnswer(v.leader, id, 6))).userMessage).toContain('lãnh đạo khác');
    expect((await questionForStaff(v.leader, id)).may.approve).toBe(false);
    expect((await questionForStaff(v.leader2, id)).may.approve).toBe(true);
    await approveAnswer(v.leader2, id, 6);
  });

  it('takes a sign-off only from a named leader: a job (system viewer) cannot approve', async () => {
    const id = await sent();
    await moderateQuestion(v.editor, id, 1);
    await assignQuestion(v.editor, id, 2, { unitId, assigneeId: v.reporter.id });
    await saveAnswer(v.reporter, id, 3, 'Một câu trả lời đủ dài.');
    await submitAnswer(v.reporter, id, 4);
    expect((await refusal(approveAnswer(systemViewer('test job'), id, 5))).code).toBe('forbidden');
    const [row] = await db.select().from(s.questions).where(eq(s.questions.id, id));
    expect(row).toMatchObject({ status: 'awaiting_approval', approvedBy: null });
  });

  it('voids the sign-off for every change of the answer, from awaiting approval or approved, by anyone who may answer', async () => {
    for (const who of ['reporter', 'editor', 'leader'] as const) {
      const id = await approved();
      await saveAnswer(v[who], id, 6, `Sửa sau khi duyệt bởi ${who}.`);
      await submitAnswer(v.reporter, id, 7);
      // The earlier sign-off does not carry over to the new text.
      expect((await refusal(publishAnswer(v.editor, id, 8))).code).toBe('conflict');
      const [row] = await db.select().from(s.questions).where(eq(s.questions.id, id));
      expect(row).toMatchObject({ status: 'awaiting_approval', approvedBy: null, approvedAt: null });
    }
  });

  it('refuses a stale version', async () => {
    const id = await sent();
    await moderateQuestion(v.editor, id, 1);
    const stale = await refusal(assignQuestion(v.leader, id, 1, { unitId, assigneeId: v.reporter.id }));
    expect(stale.code).toBe('conflict');
    expect(stale.userMessage).toContain('tải lại');
    expect(await versionOf(id)).toBe(2);
  });

  it('keeps reporters to their own assignments and moderation to editors and leaders', async () => {
    const id = await sent();
    expect((await refusal(moderateQuestion(v.reporter, id, 1))).code).toBe('forbidden');
    expect((await refusal(moderateQuestion(v.admin, id, 1))).code).toBe('forbidden');
    await moderateQuestion(v.leader, id, 1);
    await assignQuestion(v.editor, id, 2, { unitId, assigneeId: v.reporter.id });
    expect((await refusal(saveAnswer(v.other, id, 3, 'Không phải việc của tôi.'))).code).toBe('forbidden');
    expect((await refusal(questionForStaff(v.other, id))).code).toBe('forbidden');
    expect((await questionsForStaff(v.other)).some((r) => r.id === id)).toBe(false);
    expect((await questionsForStaff(v.reporter)).some((r) => r.id === id)).toBe(true);
    const rejected = await sent();
    await rejectQuestion(v.editor, rejected, 1);
    expect((await refusal(moderateQuestion(v.editor, rejected, 2))).code).toBe('conflict');
  });
});

describe('the public list', () => {
  it('shows published questions only, never an email or phone, and finds them without diacritics', async () => {
    const marker = `Quảng Ngãi ${run}`;
    const id = await approved({ question: `Hỏi về đất đai ở ${marker}, nhờ giải đáp giúp.` });
    const hidden = await approved({ question: `Câu hỏi chưa đăng ở ${marker}, chờ xử lý.` });
    await publishAnswer(v.leader, id, 6);
    const { rows } = await publicQuestions({ q: `quang ngai ${run}` });
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(await publicQuestion(hidden)).toBeNull();
    const text = JSON.stringify([rows, await publicQuestion(id)]);
    expect(text).not.toContain('@example.vn');
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('Nguyễn Văn An');
    expect((await publicQuestions({ q: `quang ngai ${run}`, topic: 'kinh-te' })).rows).toHaveLength(0);
    expect((await publicQuestions({ q: `quang ngai ${run}`, topic: 'thu-tuc' })).rows).toHaveLength(1);
  });
});
