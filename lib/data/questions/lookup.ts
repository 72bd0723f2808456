import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { questions } from '@/db/schema';
import { normaliseTrackingCode, QA_PUBLIC_STATUS, TRACKING_CODE } from '@/lib/qa/qa';

export type LookupResult =
  | { ok: true; code: string; status: string; askedAt: Date; publishedHref: string | null }
  | { ok: false; message: string };

/**
 * The sender's own view of their question: both the code (31^8 possibilities a year) and the email
 * must match, so neither alone reveals anything. Only the status and dates are shown.
 */
export async function lookupQuestion(rawCode: string, rawEmail: string): Promise<LookupResult> {
  const code = normaliseTrackingCode(rawCode.slice(0, 40));
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  if (!TRACKING_CODE.test(code)) return { ok: false, message: 'Mã theo dõi chưa đúng dạng, ví dụ HD-2026-AB23CD45.' };
  if (!email.includes('@')) return { ok: false, message: 'Hãy nhập địa chỉ email đã dùng khi gửi câu hỏi.' };
  const [row] = await db
    .select({ id: questions.id, status: questions.status, createdAt: questions.createdAt })
    .from(questions)
    .where(and(eq(questions.trackingCode, code), eq(questions.senderEmail, email)));
  if (!row) return { ok: false, message: 'Không tìm thấy câu hỏi với mã và email này. Xin kiểm tra lại (nếu dữ liệu cá nhân đã được xóa theo thời hạn lưu trữ, không tra cứu được nữa).' };
  return { ok: true, code, status: QA_PUBLIC_STATUS[row.status], askedAt: row.createdAt, publishedHref: row.status === 'published' ? `/hoi-dap/${row.id}` : null };
}
