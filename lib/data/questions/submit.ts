import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { questions } from '@/db/schema';
import { fieldErrors, newTrackingCode, QA_LIMIT_PER_DAY, questionFormSchema, type QuestionFormField } from '@/lib/qa/qa';
import { checkQuestionChallenge, claimChallenge } from './challenge';
import { mailQuestionReceipt } from './mail';
import { addressHashOf, auditQuestion, limitHash } from './shared';
import { ANONYMOUS } from '@/lib/policy/roles';

export type SubmitResult =
  | { ok: true; trackingCode: string; questionId: string | null }
  | { ok: false; message: string; errors: Partial<Record<QuestionFormField, string>> };

/** Name of the honeypot field: hidden from people, filled in by form-filling robots. */
export const HONEYPOT_FIELD = 'website';

/**
 * A citizen's question from the public form. Nothing here trusts the client: the fields are parsed
 * with the form's schema, a filled honeypot is answered like a success (the robot learns nothing)
 * but stores nothing, and at most QA_LIMIT_PER_DAY messages are taken per address and per email in
 * 24 hours, counted under an advisory lock so two requests at once cannot both pass.
 *
 * `meta.challenge` is the proof-of-work payload the widget adds when scripts run (./challenge.ts).
 * A valid one used for the first time marks the question verified. A missing one (no scripts) or an
 * invalid, expired or replayed one is not refused: the question is stored unverified, exactly as a
 * form sent without scripts, because a refusal would protect nothing (a robot can always leave the
 * field out) and would cost a citizen whose challenge expired while writing what they typed.
 */
export async function submitQuestion(raw: Record<string, unknown>, meta: { ip: string; challenge?: unknown }): Promise<SubmitResult> {
  if (typeof raw[HONEYPOT_FIELD] === 'string' && raw[HONEYPOT_FIELD].trim() !== '') {
    return { ok: true, trackingCode: newTrackingCode(vietnamYear()), questionId: null };
  }
  const parsed = questionFormSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'Một số thông tin chưa đúng, xin xem lại các ô được đánh dấu.', errors: fieldErrors(parsed.error) };
  const form = parsed.data;
  const challenge = await checkQuestionChallenge(meta.challenge);
  const emailHash = limitHash('email', form.email);
  const addressHash = addressHashOf(meta.ip);
  const result: SubmitResult = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${addressHash}, 22)), pg_advisory_xact_lock(hashtextextended(${emailHash}, 22))`);
    const since = sql`now() - interval '24 hours'`;
    const [byAddress] = await tx.select({ n: sql<number>`count(*)::int` }).from(questions).where(and(eq(questions.addressHash, addressHash), gt(questions.createdAt, since)));
    if ((byAddress?.n ?? 0) >= QA_LIMIT_PER_DAY) {
      return { ok: false, message: `Từ địa chỉ mạng này đã có ${QA_LIMIT_PER_DAY} câu hỏi được gửi trong 24 giờ qua, là mức tối đa. Xin gửi lại sau; nội dung bạn đã viết vẫn được giữ dưới đây.`, errors: {} } as const;
    }
    const [byEmail] = await tx.select({ n: sql<number>`count(*)::int` }).from(questions).where(and(eq(questions.emailHash, emailHash), gt(questions.createdAt, since)));
    if ((byEmail?.n ?? 0) >= QA_LIMIT_PER_DAY) {
      return { ok: false, message: `Địa chỉ email này đã gửi ${QA_LIMIT_PER_DAY} câu hỏi trong 24 giờ qua, là mức tối đa. Xin gửi lại sau; nội dung bạn đã viết vẫn được giữ dưới đây.`, errors: { email: `Email này đã gửi đủ ${QA_LIMIT_PER_DAY} câu hỏi trong 24 giờ.` } } as const;
    }
    // Claimed only once the question is accepted, so a payload sent with a refused message stays usable.
    const verified = challenge.outcome === 'verified' && (await claimChallenge(tx, challenge));
    const trackingCode = newTrackingCode(vietnamYear());
    const [row] = await tx
      .insert(questions)
      .values({ trackingCode, senderName: form.name, senderEmail: form.email, senderPhone: form.phone, emailHash, addressHash, verified, topic: form.topic, body: form.question })
      .returning({ id: questions.id });
    // Why a question is unverified, for the moderators and the record: missing (no scripts), invalid, expired, replayed.
    await auditQuestion(tx, ANONYMOUS, 'question.received', row!.id, { topic: form.topic, verified, challenge: verified ? 'verified' : challenge.outcome === 'verified' ? 'replayed' : challenge.outcome });
    return { ok: true, trackingCode, questionId: row!.id } as const;
  });
  // After the commit: a mail server that is slow or down never loses the question (bounded, logged).
  if (result.ok && result.questionId) await mailQuestionReceipt(result.questionId);
  return result;
}

const vietnamYear = () => Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4));
