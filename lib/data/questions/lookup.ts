import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { questionLookups, questions } from '@/db/schema';
import { normaliseTrackingCode, QA_LOOKUP_LIMIT, QA_LOOKUP_WINDOW_MINUTES, QA_PUBLIC_STATUS, TRACKING_CODE } from '@/lib/qa/qa';
import { addressHashOf } from './shared';

export type LookupResult =
  | { ok: true; code: string; status: string; askedAt: Date; publishedHref: string | null }
  | { ok: false; message: string };

export const LOOKUP_LIMIT_MESSAGE = `Từ địa chỉ mạng này đã tra cứu quá nhiều lần (tối đa ${QA_LOOKUP_LIMIT} lần trong ${QA_LOOKUP_WINDOW_MINUTES} phút). Xin thử lại sau ${QA_LOOKUP_WINDOW_MINUTES} phút; mã theo dõi và email bạn đã nhập vẫn được giữ.`;

/**
 * The sender's own view of their question: both the code (31^8 possibilities a year) and the email
 * must match, so neither alone reveals anything. Only the status and dates are shown.
 *
 * Guessing codes is held back like the public form's limit (./submit.ts): at most QA_LOOKUP_LIMIT
 * well-formed look-ups per address (salted hash of the IP or its IPv6 /64) in the window, counted
 * under an advisory lock so that parallel requests cannot all pass. A malformed code or email is
 * answered without touching the table and is not counted.
 */
export async function lookupQuestion(rawCode: string, rawEmail: string, meta: { ip: string }): Promise<LookupResult> {
  const code = normaliseTrackingCode(rawCode.slice(0, 40));
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  if (!TRACKING_CODE.test(code)) return { ok: false, message: 'Mã theo dõi chưa đúng dạng, ví dụ HD-2026-AB23CD45.' };
  if (!email.includes('@')) return { ok: false, message: 'Hãy nhập địa chỉ email đã dùng khi gửi câu hỏi.' };
  const addressHash = addressHashOf(meta.ip);
  const allowed = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${addressHash}, 23))`);
    const [recent] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(questionLookups)
      .where(and(eq(questionLookups.addressHash, addressHash), gt(questionLookups.createdAt, sql`now() - make_interval(mins => ${QA_LOOKUP_WINDOW_MINUTES})`)));
    if ((recent?.n ?? 0) >= QA_LOOKUP_LIMIT) return false;
    await tx.insert(questionLookups).values({ addressHash });
    return true;
  });
  if (!allowed) return { ok: false, message: LOOKUP_LIMIT_MESSAGE };
  const [row] = await db
    .select({ id: questions.id, status: questions.status, createdAt: questions.createdAt })
    .from(questions)
    .where(and(eq(questions.trackingCode, code), eq(questions.senderEmail, email)));
  if (!row) return { ok: false, message: 'Không tìm thấy câu hỏi với mã và email này. Xin kiểm tra lại (nếu dữ liệu cá nhân đã được xóa theo thời hạn lưu trữ, không tra cứu được nữa).' };
  return { ok: true, code, status: QA_PUBLIC_STATUS[row.status], askedAt: row.createdAt, publishedHref: row.status === 'published' ? `/hoi-dap/${row.id}` : null };
}

/** Look-ups older than a day count for nothing any more: the daily retention job deletes them (bounded). */
export async function pruneQuestionLookups(): Promise<number> {
  const gone = await db.execute(sql`delete from ${questionLookups} where ${questionLookups.id} in (select ${questionLookups.id} from ${questionLookups} where ${questionLookups.createdAt} < now() - interval '1 day' limit 10000)`);
  return gone.rowCount ?? 0;
}
