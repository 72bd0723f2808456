import 'server-only';
import { createHmac } from 'node:crypto';
import { db } from '@/db/client';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';

export type Executor = Pick<typeof db, 'insert' | 'select' | 'update' | 'execute'>;

export const actorId = (viewer: Viewer): string | null => (viewer.kind === 'user' ? viewer.id : null);

/** Audit rows of the questions desk; never the sender's email or phone in `data`. */
export async function auditQuestion(executor: Executor, viewer: Viewer, action: string, questionId: string, data: Record<string, unknown> = {}) {
  await executor.insert(auditLog).values({ actorId: actorId(viewer), action, targetType: 'question', targetId: questionId, data: { via: viewer.kind === 'system' ? viewer.reason : viewer.kind === 'anonymous' ? 'public_form' : 'newsroom', ...data } });
}

export function assertStaff(viewer: Viewer): asserts viewer is Viewer & ({ kind: 'user' } | { kind: 'system' }) {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  if (!can(viewer, 'question.view')) throw new DataError('forbidden', 'Tài khoản của bạn chưa có vai trò trong tòa soạn.');
}

/** Editors, leaders (and jobs) see every question; a reporter only those assigned to them. */
export const seesAllQuestions = (viewer: Viewer): boolean => can(viewer, 'question.moderate') || can(viewer, 'question.erase');

/**
 * The salted hash the 24-hour limits count by. Keyed with AUTH_SECRET so that a copy of the table
 * cannot be matched against a list of addresses or emails; without it (development, tests) a fixed
 * key is used, which still keeps the plain value out of the table.
 */
export function limitHash(kind: 'address' | 'email', value: string): string {
  const secret = process.env.AUTH_SECRET || 'portal-questions-development-key';
  return createHmac('sha256', secret).update(`qa ${kind} v1\n${value}`).digest('base64url');
}

/** The part of an address the limit counts: an IPv4 address, or the /64 network of an IPv6 one (a home gets a whole /64). */
export function addressKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export const addressHashOf = (ip: string): string => limitHash('address', addressKey(ip));

/**
 * Whether this person wrote any version of the question's answer (the last saver, or an earlier one
 * in the append-only audit): such a leader is its author and cannot be the one to sign it off.
 */
export async function wroteAnswer(executor: Executor, question: { id: string; answeredBy: string | null }, userId: string): Promise<boolean> {
  if (question.answeredBy === userId) return true;
  const [row] = await executor
    .select({ one: sql<number>`1` })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, question.id), eq(auditLog.targetType, 'question'), eq(auditLog.action, 'question.save_answer'), eq(auditLog.actorId, userId)))
    .limit(1);
  return Boolean(row);
}
