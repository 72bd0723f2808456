// PURE. The one place that decides who may do what. Only lib/data calls it.
import type { Role, Viewer } from './roles';

/** Actions that depend on the role alone. */
export const PERMISSIONS = {
  'newsroom.enter': ['reporter', 'editor', 'leader', 'admin'],
  'user.manage': ['admin'],
  'settings.manage': ['admin'],
  'token.manage_own': ['reporter', 'editor', 'leader', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export interface Target {
  /** The user the action is about (e.g. whose token). */
  userId?: string;
}

export function can(viewer: Viewer, action: Action, target: Target = {}): boolean {
  if (viewer.kind === 'system') return true;
  if (viewer.kind === 'anonymous') return false;
  const allowed = PERMISSIONS[action] as readonly Role[];
  if (!viewer.roles.some((role) => allowed.includes(role))) return false;
  if (action === 'token.manage_own') return target.userId === undefined || target.userId === viewer.id;
  return true;
}
