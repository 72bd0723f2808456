import 'server-only';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { questions } from '@/db/schema';
import { can } from '@/lib/policy/can';
import { systemViewer, type Viewer } from '@/lib/policy/roles';
import { QA_RETENTION_MONTHS, shortenName } from '@/lib/qa/qa';
import { DataError } from '../errors';
import { pruneUsedChallenges } from './challenge';
import { pruneQuestionLookups } from './lookup';
import { auditQuestion } from './shared';

const BATCH = 500;

/** Shortens the name and erases the email and phone of one question, with its audit row (one transaction). */
async function erase(viewer: Viewer, id: string, reason: 'retention' | 'request'): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ name: questions.senderName }).from(questions).where(and(eq(questions.id, id), isNull(questions.personalDataErasedAt))).for('update');
    if (!row) return false;
    await tx.update(questions).set({ senderName: shortenName(row.name), senderEmail: null, senderPhone: null, personalDataErasedAt: new Date(), updatedAt: new Date() }).where(eq(questions.id, id));
    await auditQuestion(tx, viewer, 'question.personal_data_erased', id, { reason });
    return true;
  });
}

/**
 * The scheduled job: erases the personal data of questions whose retention period has ended
 * (QA_RETENTION_MONTHS after the answer or the refusal), and of questions never handled within that
 * time after they arrived. A bounded batch per run; the next run takes the rest.
 */
export async function eraseExpiredPersonalData(now = new Date()): Promise<number> {
  const due = await db
    .select({ id: questions.id })
    .from(questions)
    .where(
      and(
        isNull(questions.personalDataErasedAt),
        or(lt(questions.personalDataUntil, now), and(isNull(questions.personalDataUntil), lt(questions.createdAt, sql`${now.toISOString()}::timestamptz - make_interval(months => ${QA_RETENTION_MONTHS})`))),
      ),
    )
    .limit(BATCH);
  const viewer = systemViewer('retention job');
  let erased = 0;
  for (const { id } of due) if (await erase(viewer, id, 'retention')) erased += 1;
  // The status look-ups' address hashes are kept only as long as the limit needs them.
  await pruneQuestionLookups();
  // So are the signatures of used proof-of-work challenges, only until the challenge has expired.
  await pruneUsedChallenges();
  return erased;
}

/** An admin erases one sender's personal data on their request (Decree 13/2023/NĐ-CP, the right to erasure). */
export async function erasePersonalDataOnRequest(viewer: Viewer, id: string): Promise<void> {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'question.erase')) throw new DataError('forbidden', 'Chỉ quản trị viên xóa được dữ liệu cá nhân của người gửi.');
  const [exists] = await db.select({ id: questions.id, erasedAt: questions.personalDataErasedAt }).from(questions).where(eq(questions.id, id));
  if (!exists) throw new DataError('not_found', 'Không tìm thấy câu hỏi.');
  if (exists.erasedAt || !(await erase(viewer, id, 'request'))) throw new DataError('conflict', 'Dữ liệu cá nhân của người gửi câu hỏi này đã được xóa trước đó.');
}
