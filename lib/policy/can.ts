// PURE. The one place that decides who may do what. Only lib/data calls it.
// Editorial events (submit, approve, publish ...) and their target rules live in ./workflow.ts;
// this table covers entering the newsroom and the administrative actions.
import { ROLES, type Role, type Viewer } from './roles';

/** Actions that depend on the role alone (plus the few target rules in `can` below). */
export const PERMISSIONS = {
  /** See the newsroom at all: any staff role. A user with no role is signed in but has no desk. */
  'newsroom.enter': ROLES,
  /** Create users, change roles, deactivate, issue set-password links, lift sign-in locks. */
  'user.manage': ['admin'],
  /** Read the list of users and the security audit. */
  'user.view': ['admin'],
  'section.manage': ['admin'],
  'settings.manage': ['admin'],
  /** Personal API tokens and one's own password: only for oneself (target rule below). */
  'token.manage_own': ROLES,
  'account.manage_own': ROLES,
  /** Official documents (văn bản): draft, edit, attach files, publish and withdraw. */
  'document.edit': ['editor', 'leader', 'admin'],
  /** The list of document types (Nghị quyết, Quyết định, ...). */
  'document.types': ['admin'],
  /** Planning: every staff member reads the calendar; editors and leaders keep it and give assignments. */
  'planning.view': ROLES,
  'planning.manage': ['editor', 'leader'],
  /** Start writing an assignment: only its assignee (target rule below), who must be able to write. */
  'assignment.start': ['reporter', 'editor', 'leader'],
  /** One's own private calendar feed address (renew, revoke). */
  'calendar_feed.manage_own': ROLES,
  /** Choose the home page's lead and highlights. */
  'home.curate': ['editor'],
  /** Citizens' questions: every staff member opens the desk (reporters see only what is assigned to them). */
  'question.view': ROLES,
  /** Moderate (genuine or spam), assign to a unit and a person, publish an approved answer. */
  'question.moderate': ['editor', 'leader'],
  /** Draft an answer: the assignee (target rule in lib/data/questions), or any editor or leader. */
  'question.answer': ['reporter', 'editor', 'leader'],
  /** Sign off an answer: leaders only, as for stories. */
  'question.approve': ['leader'],
  /** Erase one sender's personal data on request (Decree 13/2023/NĐ-CP). */
  'question.erase': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export interface Target {
  /** The user the action is about (e.g. whose token, whose password). */
  userId?: string;
}

/** Actions whose target must be the viewer themself, whatever their roles (admins included). */
const SELF_ONLY: ReadonlySet<Action> = new Set<Action>(['token.manage_own', 'account.manage_own', 'assignment.start', 'calendar_feed.manage_own']);

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind === 'user' && viewer.roles.includes(role);
}

export function can(viewer: Viewer, action: Action, target: Target = {}): boolean {
  if (viewer.kind === 'system') return true;
  if (viewer.kind === 'anonymous') return false;
  const allowed = PERMISSIONS[action] as readonly Role[];
  if (!viewer.roles.some((role) => allowed.includes(role))) return false;
  if (SELF_ONLY.has(action)) return target.userId === undefined || target.userId === viewer.id;
  return true;
}
