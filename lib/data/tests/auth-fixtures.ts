// Users and tokens for the access-control integration tests, written straight into DATABASE_URL.
import { and, eq, sql } from 'drizzle-orm';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { hashPassword } from '@/lib/credentials/password';
import type { Role, Viewer } from '@/lib/policy/roles';
import { startSession } from '../sessions/user-sessions';

export const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });

const run = crypto.randomUUID().slice(0, 6);
let n = 0;

export const email = (label = 'u') => `${label}-${run}-${++n}@int.test`;
export const ip = () => `10.${n % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

export async function makeUser(roles: Role[], options: { password?: string | null; active?: boolean; email?: string } = {}) {
  const address = options.email ?? email(roles.join('-') || 'none');
  const password = options.password === undefined ? `mk-${crypto.randomUUID()}` : options.password;
  const [row] = await db
    .insert(s.users)
    .values({ email: address, name: `Người thử ${n}`, roles, isActive: options.active ?? true, passwordHash: password ? await hashPassword(password) : null })
    .returning();
  const viewer: Viewer = { kind: 'user', id: row!.id, roles };
  return { ...row!, password: password ?? '', viewer };
}

/** A live sign-in session of the user (what a successful sign-in writes), by id. */
export async function sessionFor(userId: string): Promise<string> {
  return (await startSession(db, userId, { userAgent: 'int-test' })).id;
}

export async function auditRows(targetId: string) {
  return db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId)).orderBy(s.auditLog.id);
}

/** Runs `work` while `keep` is the only active admin, then restores the others. */
export async function asOnlyActiveAdmin<T>(keep: string, work: () => Promise<T>): Promise<T> {
  const others = await db
    .select({ id: s.users.id })
    .from(s.users)
    .where(and(eq(s.users.isActive, true), sql`'admin' = any(${s.users.roles})`, sql`${s.users.id} <> ${keep}`));
  for (const o of others) await db.update(s.users).set({ isActive: false }).where(eq(s.users.id, o.id));
  try {
    return await work();
  } finally {
    for (const o of others) await db.update(s.users).set({ isActive: true }).where(eq(s.users.id, o.id));
  }
}
