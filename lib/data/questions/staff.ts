import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db/client';
import { questions, units, users } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { QA_STATUSES, type QaStatus } from '@/lib/qa/qa';
import { DataError } from '../errors';
import { assertStaff, seesAllQuestions, wroteAnswer } from './shared';

export interface StaffQuestionRow {
  id: string;
  trackingCode: string;
  status: QaStatus;
  verified: boolean;
  topic: string;
  excerpt: string;
  senderName: string;
  unitName: string | null;
  assigneeName: string | null;
  createdAt: Date;
}

const isStatus = (v: string): v is QaStatus => (QA_STATUSES as readonly string[]).includes(v);

/** The desk: newest first, by status; a reporter sees only what is assigned to them. At most 200 rows. */
export async function questionsForStaff(viewer: Viewer, status = ''): Promise<StaffQuestionRow[]> {
  assertStaff(viewer);
  const where: SQL[] = [];
  if (status && isStatus(status)) where.push(eq(questions.status, status));
  else where.push(inArray(questions.status, ['received', 'moderated', 'assigned', 'drafted', 'awaiting_approval', 'approved']));
  if (!seesAllQuestions(viewer) && viewer.kind === 'user') where.push(eq(questions.assigneeId, viewer.id));
  return db
    .select({
      id: questions.id,
      trackingCode: questions.trackingCode,
      status: questions.status,
      verified: questions.verified,
      topic: questions.topic,
      excerpt: sql<string>`left(${questions.body}, 160)`,
      senderName: questions.senderName,
      unitName: units.name,
      assigneeName: users.name,
      createdAt: questions.createdAt,
    })
    .from(questions)
    .leftJoin(units, eq(units.id, questions.unitId))
    .leftJoin(users, eq(users.id, questions.assigneeId))
    .where(and(...where))
    .orderBy(desc(questions.createdAt))
    .limit(200);
}

const approver = alias(users, 'approver');

/** One question with its sender's contact details (staff only: needed to answer and to erase on request). */
export async function questionForStaff(viewer: Viewer, id: string) {
  assertStaff(viewer);
  const [row] = await db
    .select({
      id: questions.id,
      trackingCode: questions.trackingCode,
      status: questions.status,
      verified: questions.verified,
      topic: questions.topic,
      body: questions.body,
      senderName: questions.senderName,
      senderEmail: questions.senderEmail,
      senderPhone: questions.senderPhone,
      unitId: questions.unitId,
      unitName: units.name,
      assigneeId: questions.assigneeId,
      assigneeName: users.name,
      answer: questions.answer,
      answeredBy: questions.answeredBy,
      approvedByName: approver.name,
      approvedAt: questions.approvedAt,
      publishedAt: questions.publishedAt,
      personalDataUntil: questions.personalDataUntil,
      personalDataErasedAt: questions.personalDataErasedAt,
      version: questions.version,
      createdAt: questions.createdAt,
    })
    .from(questions)
    .leftJoin(units, eq(units.id, questions.unitId))
    .leftJoin(users, eq(users.id, questions.assigneeId))
    .leftJoin(approver, eq(approver.id, questions.approvedBy))
    .where(eq(questions.id, id));
  if (!row) throw new DataError('not_found', 'Không tìm thấy câu hỏi.');
  if (!seesAllQuestions(viewer) && (viewer.kind !== 'user' || row.assigneeId !== viewer.id)) throw new DataError('forbidden', 'Câu hỏi này không được phân công cho bạn.');
  // Which forms to show (comfort only: every step checks again in ./workflow.ts).
  const moderate = can(viewer, 'question.moderate');
  const leader = viewer.kind === 'user' && can(viewer, 'question.approve');
  const author = leader && viewer.kind === 'user' && (await wroteAnswer(db, row, viewer.id));
  const may = {
    moderate,
    answer: moderate || (can(viewer, 'question.answer') && viewer.kind === 'user' && row.assigneeId === viewer.id),
    // A leader never signs off an answer they wrote (checked again in ./workflow.ts).
    approve: leader && !author,
    /** A leader looking at an answer they wrote: told that another leader must sign it off. */
    approveOwn: author,
    erase: can(viewer, 'question.erase'),
  };
  return { ...row, may };
}

/** Units and the staff who may be given a question (bounded lists for the assign form). */
export async function assignOptions(viewer: Viewer) {
  assertStaff(viewer);
  const [unitRows, people] = await Promise.all([
    db.select({ id: units.id, name: units.name }).from(units).orderBy(asc(units.name)).limit(500),
    db
      .select({ id: users.id, name: users.name, roles: users.roles })
      .from(users)
      .where(and(eq(users.isActive, true), sql`${users.roles} && array['reporter','editor','leader']::role[]`))
      .orderBy(asc(users.name))
      .limit(1000),
  ]);
  return { units: unitRows, people };
}
