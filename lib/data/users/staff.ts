import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { can } from '@/lib/policy/can';
import type { Role, Viewer } from '@/lib/policy/roles';
import { DataError, forbidden } from '../errors';

/** What the newsroom shell and the desk show about the signed-in person. */
export interface StaffDesk {
  id: string;
  name: string;
  email: string;
  roles: readonly Role[];
  /** Which admin screens to offer (the screens check again on their own). */
  canManageUsers: boolean;
}

/** Entry to the newsroom: the policy decides whether this viewer has a desk at all. */
export async function staffDesk(viewer: Viewer): Promise<StaffDesk> {
  if (viewer.kind === 'anonymous') throw new DataError('unauthenticated', 'Hãy đăng nhập để vào tòa soạn.');
  if (viewer.kind !== 'user' || !can(viewer, 'newsroom.enter')) throw forbidden('Tài khoản của bạn chưa được giao vai trò nào trong tòa soạn.');
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, viewer.id)).limit(1);
  if (!row) throw new DataError('unauthenticated', 'Hãy đăng nhập để vào tòa soạn.');
  return { id: viewer.id, name: row.name, email: row.email, roles: viewer.roles, canManageUsers: can(viewer, 'user.manage') };
}

/** GET /api/v1/me: the caller as the server sees them (any signed-in user or token owner). */
export async function whoAmI(viewer: Viewer): Promise<{ id: string; name: string; email: string; roles: readonly Role[] }> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập hoặc gửi token API hợp lệ.');
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, viewer.id)).limit(1);
  if (!row) throw new DataError('unauthenticated', 'Hãy đăng nhập hoặc gửi token API hợp lệ.');
  return { id: viewer.id, name: row.name, email: row.email, roles: viewer.roles };
}
