// Mails to the sender through a real SMTP server listening locally (lib/data/tests/smtp-fixture.ts);
// the status lookup; the retention job and the erasure on request.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { QA_LOOKUP_LIMIT } from '@/lib/qa/qa';
import { DataError } from '../../errors';
import { bodyOf, startTestSmtp, type TestSmtp } from '../../tests/smtp-fixture';
import { lookupQuestion } from '../lookup';
import { publicQuestion } from '../public';
import { eraseExpiredPersonalData, erasePersonalDataOnRequest } from '../retention';
import { addressHashOf } from '../shared';
import { submitQuestion } from '../submit';
import { approveAnswer, assignQuestion, moderateQuestion, publishAnswer, saveAnswer, submitAnswer } from '../workflow';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
const run = crypto.randomUUID().slice(0, 8);
let smtp: TestSmtp;
let received: TestSmtp['received'];
type V = Viewer & { kind: 'user' };
const v = {} as Record<'reporter' | 'editor' | 'leader' | 'admin', V>;
let unitId = '';
let ipCounter = 0;
const freshIp = () => `172.${16 + (Number.parseInt(run.slice(0, 2), 16) % 16)}.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

beforeAll(async () => {
  smtp = await startTestSmtp({ from: 'hoi-dap@test.vn' });
  received = smtp.received;
  for (const role of ['reporter', 'editor', 'leader', 'admin'] as Role[]) {
    const [row] = await db.insert(s.users).values({ email: `qm-${role}-${run}@test.vn`, name: `${role} ${run}`, roles: [role] }).returning();
    v[role as keyof typeof v] = { kind: 'user', id: row!.id, roles: [role] };
  }
  const [unit] = await db.insert(s.units).values({ slug: `vu-qm-${run}`, name: `Vụ Thư ${run}` }).returning();
  unitId = unit!.id;
});

afterAll(async () => {
  await smtp.stop();
  await pool.end();
});

const form = (email: string) => ({ name: 'Hoàng Minh Tuấn', email, phone: '0901234567', topic: 'chinh-sach', question: `Xin hỏi chính sách hỗ trợ doanh nghiệp nhỏ năm nay (${run}).`, consent: 'co' });

async function publishedQuestion(email: string) {
  const sent = await submitQuestion(form(email), { ip: freshIp() });
  if (!sent.ok || !sent.questionId) throw new Error('not sent');
  const id = sent.questionId;
  await moderateQuestion(v.editor, id, 1);
  await assignQuestion(v.editor, id, 2, { unitId, assigneeId: v.reporter.id });
  await saveAnswer(v.reporter, id, 3, 'Doanh nghiệp nhỏ được hỗ trợ theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa.');
  await submitAnswer(v.reporter, id, 4);
  await approveAnswer(v.leader, id, 5);
  await publishAnswer(v.editor, id, 6);
  return { id, code: sent.trackingCode };
}

describe('mails to the sender', () => {
  it('sends a receipt with the tracking code, and a mail with the link when the answer is published', async () => {
    const email = `tuan.${run}@example.vn`;
    const { id, code } = await publishedQuestion(email);
    const mine = received.filter((m) => m.to.includes(email)).map((m) => bodyOf(m.raw));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toContain(`Mã theo dõi: ${code}`);
    expect(mine[0]).toContain('/hoi-dap/tra-cuu');
    expect(mine[1]).toContain(`/hoi-dap/${id}`);
    expect(mine[1]).toContain(code);
  });

  it('sends nothing for a honeypot message', async () => {
    const email = `robot.${run}@example.vn`;
    await submitQuestion({ ...form(email), website: 'x' }, { ip: freshIp() });
    expect(received.filter((m) => m.to.includes(email))).toHaveLength(0);
  });
});

describe('the status lookup', () => {
  it('needs both the code and the email', async () => {
    const email = `tra.cuu.${run}@example.vn`;
    const sent = await submitQuestion(form(email), { ip: freshIp() });
    if (!sent.ok) throw new Error('not sent');
    expect(await lookupQuestion(sent.trackingCode.toLowerCase(), email.toUpperCase(), { ip: freshIp() })).toMatchObject({ ok: true, status: 'Đã nhận, đang kiểm tra', publishedHref: null });
    expect(await lookupQuestion(sent.trackingCode, `khac.${run}@example.vn`, { ip: freshIp() })).toMatchObject({ ok: false, message: expect.stringContaining('Không tìm thấy') });
    expect(await lookupQuestion('HD-2026', email, { ip: freshIp() })).toMatchObject({ ok: false, message: expect.stringContaining('chưa đúng dạng') });
  });
});

describe('the status lookup limit', () => {
  it(`refuses the ${QA_LOOKUP_LIMIT + 1}th lookup from one address within the hour, even with the right code, in Vietnamese`, async () => {
    const email = `gioi.han.${run}@example.vn`;
    const sent = await submitQuestion(form(email), { ip: freshIp() });
    if (!sent.ok) throw new Error('not sent');
    const ip = freshIp();
    // Guessing: well-formed codes that are not this sender's.
    for (let i = 0; i < QA_LOOKUP_LIMIT; i++) {
      expect(await lookupQuestion(`HD-2026-ZZZZZZ${'23456789'[i % 8]}${'ABCDEFGH'[Math.floor(i / 8) % 8]}`, email, { ip }), `lookup ${i + 1}`).toMatchObject({ ok: false, message: expect.stringContaining('Không tìm thấy') });
    }
    const refused = await lookupQuestion(sent.trackingCode, email, { ip });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('tra cứu quá nhiều lần') });
    if (!refused.ok) expect(refused.message).toMatch(/Xin thử lại sau/);
    // Another address is not held back.
    expect(await lookupQuestion(sent.trackingCode, email, { ip: freshIp() })).toMatchObject({ ok: true });
    // Nothing about the lookup but the salted address hash is kept.
    const rows = await db.select().from(s.questionLookups).where(eq(s.questionLookups.addressHash, addressHashOf(ip)));
    expect(rows).toHaveLength(QA_LOOKUP_LIMIT);
    expect(JSON.stringify(rows)).not.toContain(ip);
  });

  it('counts an IPv6 /64 as one address, and a malformed code is refused without counting', async () => {
    const prefix = `2001:db8:${run.slice(0, 4)}:2`;
    for (let i = 0; i < 3; i++) expect((await lookupQuestion('HD-20', `x.${run}@example.vn`, { ip: `${prefix}::1` })).ok).toBe(false);
    for (let i = 0; i < QA_LOOKUP_LIMIT; i++) await lookupQuestion('HD-2026-ZZZZZZZZ', `x.${run}@example.vn`, { ip: `${prefix}::${i + 1}` });
    expect(await lookupQuestion('HD-2026-ZZZZZZZZ', `x.${run}@example.vn`, { ip: `${prefix}:0:0:0:99` })).toMatchObject({ ok: false, message: expect.stringContaining('tra cứu quá nhiều lần') });
  });

  it('prunes lookups older than a day with the daily retention job', async () => {
    const hash = `old-${run}`;
    await db.insert(s.questionLookups).values([{ addressHash: hash, createdAt: new Date(Date.now() - 2 * 86400_000) }, { addressHash: hash }]);
    await eraseExpiredPersonalData();
    expect(await db.select().from(s.questionLookups).where(eq(s.questionLookups.addressHash, hash))).toHaveLength(1);
  });
});

describe('retention', () => {
  it('erases the email and phone and shortens the name once the period has ended, with an audit row', async () => {
    const email = `het.han.${run}@example.vn`;
    const { id, code } = await publishedQuestion(email);
    const keep = await publishedQuestion(`con.han.${run}@example.vn`);
    await db.update(s.questions).set({ personalDataUntil: new Date(Date.now() - 1000) }).where(eq(s.questions.id, id));
    expect(await eraseExpiredPersonalData()).toBeGreaterThanOrEqual(1);
    const [row] = await db.select().from(s.questions).where(eq(s.questions.id, id));
    expect(row).toMatchObject({ senderName: 'Hoàng M. T.', senderEmail: null, senderPhone: null });
    expect(row!.personalDataErasedAt).toBeInstanceOf(Date);
    const [kept] = await db.select().from(s.questions).where(eq(s.questions.id, keep.id));
    expect(kept!.senderEmail).toBe(`con.han.${run}@example.vn`);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, id));
    expect(audit.find((a) => a.action === 'question.personal_data_erased')?.data).toMatchObject({ reason: 'retention' });
    // The published answer stays, with the shortened name; the lookup no longer finds it.
    expect(await publicQuestion(id)).toMatchObject({ senderShort: 'Hoàng M. T.' });
    expect((await lookupQuestion(code, email, { ip: freshIp() })).ok).toBe(false);
  });

  it('lets only an admin erase one sender on request, once', async () => {
    const sent = await submitQuestion(form(`yeu.cau.${run}@example.vn`), { ip: freshIp() });
    if (!sent.ok || !sent.questionId) throw new Error('not sent');
    for (const who of [v.editor, v.leader, v.reporter]) {
      const error = await erasePersonalDataOnRequest(who, sent.questionId).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).code).toBe('forbidden');
    }
    await erasePersonalDataOnRequest(v.admin, sent.questionId);
    const [row] = await db.select().from(s.questions).where(eq(s.questions.id, sent.questionId));
    expect(row).toMatchObject({ senderEmail: null, senderPhone: null, senderName: 'Hoàng M. T.' });
    const again = await erasePersonalDataOnRequest(v.admin, sent.questionId).then(() => null, (e: unknown) => e);
    expect((again as DataError).code).toBe('conflict');
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, sent.questionId));
    expect(audit.find((a) => a.action === 'question.personal_data_erased')).toMatchObject({ actorId: v.admin.id, data: expect.objectContaining({ reason: 'request' }) });
  });
});
