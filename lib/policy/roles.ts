export const ROLES = ['reporter', 'editor', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  reporter: 'Phóng viên',
  editor: 'Biên tập viên',
  leader: 'Lãnh đạo',
  admin: 'Quản trị',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking. `system` is an operator at the command line or a scheduled job, never a web request. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'system'; reason: string }
  // sessionId: the sign-in session the request came with (absent for API tokens), so an action that
  // mints a longer-lived credential can re-check that session inside its own transaction.
  | { kind: 'user'; id: string; roles: readonly Role[]; sessionId?: string };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
export const systemViewer = (reason: string): Viewer => ({ kind: 'system', reason });
