// The authorization matrix: every newsroom page, API endpoint and server action, and for the
// anonymous visitor and each role whether the real server lets them through. The spec
// (../access-matrix.spec.ts) enumerates routes and actions from the filesystem and the build, and
// fails when one is missing here. Add rows for a new area in a new file of this folder and list
// it in ./index.ts.
import type { APIRequestContext } from '@playwright/test';
import { ROLES, type Role } from '../../../lib/policy/roles';
import type { TestUser } from '../../fixtures/users';

export type Who = 'anonymous' | Role;
export const WHO: readonly Who[] = ['anonymous', ...ROLES];

/** true = allowed. */
export type Access = Record<Who, boolean>;

export const only = (...roles: Role[]): Access =>
  Object.fromEntries(WHO.map((w) => [w, w !== 'anonymous' && roles.includes(w)])) as Access;
/** Any signed-in staff role. */
export const staff: Access = only(...ROLES);
/** Also visitors who are not signed in (sign-in page, public API, one-time links). */
export const everyone: Access = Object.fromEntries(WHO.map((w) => [w, true])) as Access;

export interface MatrixContext {
  who: Who;
  /** The signed-in user making the request; null for the anonymous visitor. */
  viewer: TestUser | null;
  /** Fixtures for targets, created fresh for each call (see ./context.ts). */
  fx: import('./context').Fixtures;
}

export interface HttpCall {
  path: string;
  data?: unknown;
  headers?: Record<string, string>;
}

export type PageEntry = {
  kind: 'page';
  /** As in the filesystem, route groups dropped: /toa-soan/nguoi-dung/[id] */
  route: string;
  access: Access;
  path?: (ctx: MatrixContext) => Promise<string>;
};

export type ApiEntry = {
  kind: 'api';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the filesystem: /api/v1/users/[id] */
  route: string;
  access: Access;
  call: (ctx: MatrixContext) => Promise<HttpCall>;
  /** Who may call with a Bearer token, when that differs from `access` (the session cookie). */
  bearerAccess?: Access;
  /** The call changes the caller's session (signs in or out): run it in a fresh context. */
  isolate?: boolean;
};

export type ActionEntry = {
  kind: 'action';
  /** Source file as the build names it, e.g. app/(newsroom)/toa-soan/nguoi-dung/actions.ts */
  file: string;
  name: string;
  access: Access;
  args?: (ctx: MatrixContext) => Promise<unknown[]>;
  /** Values for dynamic segments of the page the action is posted to. */
  params?: (ctx: MatrixContext) => Promise<Record<string, string>>;
  /** The action ends the caller's session: run it with a fresh user of the same role. */
  isolate?: boolean;
  /** Allowed calls must answer { ok: true } (default); false for actions that return nothing. */
  expectOk?: boolean;
  /**
   * For actions bound to a <form> (they take FormData and end in redirect()): the fields to post,
   * and how to read the redirect. Replaces `args`.
   */
  form?: {
    /** Where to post when the page's address is not its file path (reader pages under app/[locale]). */
    url?: string;
    /** Extra request headers (e.g. a distinct X-Forwarded-For, so per-address limits of public forms stay apart). */
    headers?: () => Record<string, string>;
    /** The action answers in place (the page comes back 200 with its state): `outcome` reads the page instead of a redirect. */
    inPlace?: boolean;
    fields: (ctx: MatrixContext) => Promise<Record<string, import('../../fixtures/server-actions').FormField>>;
    outcome: (location: string) => 'allowed' | 'denied' | 'unclear';
  };
};

export type MatrixEntry = PageEntry | ApiEntry | ActionEntry;

export function entryKey(entry: MatrixEntry): string {
  if (entry.kind === 'page') return `PAGE ${entry.route}`;
  if (entry.kind === 'api') return `${entry.method} ${entry.route}`;
  return `ACTION ${entry.file}#${entry.name}`;
}

export type { APIRequestContext };
