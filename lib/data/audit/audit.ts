import 'server-only';
import { desc, eq, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Viewer } from '@/lib/policy/roles';
import { forbidden } from '../errors';

/** Security events. Never put a password, a token or a token hash in `data`. */
export type AuditAction =
  | 'sign_in.succeeded'
  | 'sign_in.failed'
  | 'sign_in.locked'
  | 'sign_in.lock_cleared'
  | 'user.created'
  | 'user.roles_changed'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'password.link_created'
  | 'password.set'
  | 'password.changed'
  | 'token.created'
  | 'token.revoked'
  | 'token.revoked_all'
  | 'session.ended'
  | 'session.ended_all';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType?: 'user' | 'api_token' | 'sign_in';
  targetId?: string | null;
  ip?: string | null;
  data?: Record<string, unknown>;
}

/** Anything with `insert`: the db or a transaction, so the row commits with the change it records. */
type Executor = Pick<typeof db, 'insert'>;

export async function writeAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    data: entry.data ?? {},
  });
}

export const actorOf = (viewer: Viewer): string | null => (viewer.kind === 'user' ? viewer.id : null);

/** How a change came about, for the audit: the newsroom, the API or a named command-line tool. */
export const viaOf = (viewer: Viewer, via = 'newsroom'): string => (viewer.kind === 'system' ? viewer.reason : via);

export interface AuditRow {
  id: number;
  action: string;
  actorName: string | null;
  ip: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** What happened to, and by, one account (admins only). */
export async function auditForUser(viewer: Viewer, userId: string, limit = 50): Promise<AuditRow[]> {
  if (!can(viewer, 'user.view')) throw forbidden();
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorName: users.name,
      ip: auditLog.ip,
      data: auditLog.data,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(or(eq(auditLog.targetId, userId), eq(auditLog.actorId, userId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
