import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { apiTokens, calendarFeeds, passwordTokens, users } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Role, Viewer } from '@/lib/policy/roles';
import { actorOf, auditForUser, writeAudit, type AuditRow } from '../audit/audit';
import { DataError, forbidden } from '../errors';
import { foldedWordsMatch } from '../folded-search';
import { issuePasswordLink, type PasswordLink } from './password-links';
import { accountLock } from '../sessions/sign-in';
import { emailSchema, firstIssue, insertUser, nameSchema, rolesSchema, type CreatedUser } from './users';

// The users admin (/toa-soan/nguoi-dung and /api/v1/users). Every function asks the policy first,
// and every change writes its audit row in the same transaction.

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  isActive: boolean;
  hasPassword: boolean;
  lastSignInAt: Date | null;
}

const listColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: users.roles,
  isActive: users.isActive,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  lastSignInAt: users.lastSignInAt,
};

export async function listUsers(viewer: Viewer): Promise<UserListItem[]> {
  if (!can(viewer, 'user.view')) throw forbidden();
  return db.select(listColumns).from(users).orderBy(asc(users.isActive), asc(users.name)).limit(1000);
}

export const USERS_PAGE_SIZE = 50;
/** Deepest page the admin list serves: 200 × 50 accounts is far beyond any newsroom. */
export const USERS_MAX_PAGE = 200;
const USERS_QUERY_MAX = 100;

export interface UserPage {
  items: UserListItem[];
  total: number;
  page: number;
  pages: number;
  /** The search actually applied (trimmed and bounded), for the form to show back. */
  q: string;
}

/**
 * One page of the accounts list for /toa-soan/nguoi-dung: active accounts first, then by name, with
 * a search over name and email that ignores diacritics and case (every word must match). The page
 * number is clamped into 1..USERS_MAX_PAGE, the search to USERS_QUERY_MAX characters.
 */
export async function userPage(viewer: Viewer, options: { q?: string; page?: number } = {}): Promise<UserPage> {
  if (!can(viewer, 'user.view')) throw forbidden();
  const q = (options.q ?? '').trim().slice(0, USERS_QUERY_MAX);
  const where = foldedWordsMatch(sql`${users.name} || ' ' || ${users.email}`, q);
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(users).where(where);
  const total = counted?.total ?? 0;
  const pages = Math.max(1, Math.min(USERS_MAX_PAGE, Math.ceil(total / USERS_PAGE_SIZE)));
  const asked = Number.isInteger(options.page) ? options.page! : 1;
  const page = Math.min(pages, Math.max(1, asked));
  const items = await db
    .select(listColumns)
    .from(users)
    .where(where)
    .orderBy(desc(users.isActive), asc(users.name), asc(users.id))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
  return { items, total, page, pages, q };
}

export interface UserDetail extends UserListItem {
  createdAt: Date;
  locked: { locked: false } | { locked: true; retryAfterSeconds: number };
  audit: AuditRow[];
}

const idSchema = z.uuid();
const notFound = () => new DataError('not_found', 'Không tìm thấy người dùng.');

export async function userDetail(viewer: Viewer, userId: string): Promise<UserDetail> {
  if (!can(viewer, 'user.view')) throw forbidden();
  if (!idSchema.safeParse(userId).success) throw notFound();
  const [user] = await db.select({ ...listColumns, createdAt: users.createdAt }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw notFound();
  const [locked, audit] = await Promise.all([accountLock(viewer, user.email), auditForUser(viewer, user.id)]);
  return { ...user, locked, audit };
}

const BAD_REQUEST = { error: 'Dữ liệu gửi lên không hợp lệ.' };

export const inviteSchema = z.object({ email: emailSchema, name: nameSchema, roles: rolesSchema }, BAD_REQUEST);

/** Creates an account without a password and a one-time link to set it, in one transaction. */
export async function inviteUser(viewer: Viewer, input: unknown): Promise<{ user: CreatedUser; link: PasswordLink }> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', firstIssue(parsed.error));
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, viewer, { ...parsed.data, passwordHash: null });
    const link = await issuePasswordLink(tx, viewer, user.id);
    return { user, link };
  });
}

/**
 * Refuses a change that would leave no active admin. The active admins are locked FOR UPDATE, so
 * two admins demoting each other at the same moment cannot both succeed.
 */
async function keepAnAdmin(tx: Tx, userId: string, stillAdmin: boolean) {
  if (stillAdmin) return;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isActive, true), sql`'admin' = any(${users.roles})`))
    .for('update');
  if (admins.every((a) => a.id === userId)) {
    throw new DataError('conflict', 'Đây là quản trị viên cuối cùng đang hoạt động. Hãy cấp quyền quản trị cho người khác trước.');
  }
}

async function lockUser(tx: Tx, userId: string) {
  if (!idSchema.safeParse(userId).success) throw notFound();
  const [user] = await tx
    .select({ id: users.id, roles: users.roles, isActive: users.isActive, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!user) throw notFound();
  return user;
}

const userIdSchema = z.string({ error: 'Thiếu mã người dùng.' }).max(100, 'Mã người dùng không hợp lệ.');

export const changeRolesSchema = z.object({ userId: userIdSchema, roles: rolesSchema }, BAD_REQUEST);

/** New roles take effect on the user's next request: the session version moves on and they sign in again. */
export async function changeUserRoles(viewer: Viewer, input: unknown): Promise<{ roles: Role[] }> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  const parsed = changeRolesSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', firstIssue(parsed.error));
  const { userId, roles } = parsed.data;
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    const before = [...user.roles];
    if (before.length === roles.length && before.every((r) => roles.includes(r))) return { roles };
    if (user.isActive && before.includes('admin')) await keepAnAdmin(tx, user.id, roles.includes('admin'));
    await tx
      .update(users)
      .set({ roles, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await writeAudit(tx, { actorId: actorOf(viewer), action: 'user.roles_changed', targetType: 'user', targetId: user.id, data: { from: before, to: roles } });
    return { roles };
  });
}

export const setActiveSchema = z.object({ userId: userIdSchema, active: z.boolean({ error: 'Thiếu trạng thái hoạt động.' }) }, BAD_REQUEST);

/**
 * Deactivation ends the user's sessions at once (session version), revokes their API tokens and
 * unused set-password links. Reactivation restores sign-in only; old tokens stay revoked.
 */
export async function setUserActive(viewer: Viewer, input: unknown): Promise<{ isActive: boolean }> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  const parsed = setActiveSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', firstIssue(parsed.error));
  const { userId, active } = parsed.data;
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.isActive === active) return { isActive: active };
    if (!active) {
      if (viewer.kind === 'user' && viewer.id === user.id) throw new DataError('invalid', 'Bạn không thể tự vô hiệu hóa tài khoản của chính mình.');
      if (user.roles.includes('admin')) await keepAnAdmin(tx, user.id, false);
      await tx.update(users).set({ isActive: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` }).where(eq(users.id, user.id));
      const revoked = await tx
        .update(apiTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      await tx.update(passwordTokens).set({ usedAt: sql`now()` }).where(and(eq(passwordTokens.userId, user.id), isNull(passwordTokens.usedAt)));
      // The private calendar address is a credential too: a reactivated account must not find the
      // old one working again (the feed only checks isActive). The user can make a new one.
      const removedFeeds = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, user.id)).returning({ userId: calendarFeeds.userId });
      await writeAudit(tx, {
        actorId: actorOf(viewer),
        action: 'user.deactivated',
        targetType: 'user',
        targetId: user.id,
        data: { revokedTokens: revoked.length, removedCalendarFeeds: removedFeeds.length },
      });
    } else {
      await tx.update(users).set({ isActive: true, updatedAt: sql`now()` }).where(eq(users.id, user.id));
      await writeAudit(tx, { actorId: actorOf(viewer), action: 'user.reactivated', targetType: 'user', targetId: user.id });
    }
    return { isActive: active };
  });
}
