// Rows for sign-in, the staff shell, users admin, own account and API tokens.
import { BASE_URL } from '../../fixtures/auth';
import { uniqueIp } from '../../fixtures/users';
import { everyone, only, staff, type MatrixEntry } from './types';

const USERS_ACTIONS = 'app/(newsroom)/toa-soan/nguoi-dung/actions.ts';
const ACCOUNT_ACTIONS = 'app/(newsroom)/toa-soan/tai-khoan/actions.ts';
const admin = only('admin');
const uuid = () => crypto.randomUUID();

export const accessEntries: MatrixEntry[] = [
  // ------------------------------------------------------------------ pages
  { kind: 'page', route: '/toa-soan', access: staff },
  { kind: 'page', route: '/toa-soan/dang-nhap', access: everyone },
  { kind: 'page', route: '/toa-soan/dat-mat-khau/[token]', access: everyone, path: async ({ fx }) => `/toa-soan/dat-mat-khau/${await fx.passwordLink()}` },
  { kind: 'page', route: '/toa-soan/nguoi-dung', access: admin },
  { kind: 'page', route: '/toa-soan/nguoi-dung/[id]', access: admin, path: async ({ fx }) => `/toa-soan/nguoi-dung/${(await fx.user()).id}` },
  { kind: 'page', route: '/toa-soan/tai-khoan', access: staff },

  // ------------------------------------------------------------------ Auth.js and sign-in
  { kind: 'api', method: 'GET', route: '/api/auth/[...nextauth]', access: everyone, call: async () => ({ path: '/api/auth/session' }) },
  // The provider's own callback is closed (404 for everyone): credentials go through /api/auth/sign-in.
  { kind: 'api', method: 'POST', route: '/api/auth/[...nextauth]', access: everyone, call: async ({ fx }) => ({ path: '/api/auth/callback/credentials', data: { email: fx.email(), password: 'x' } }) },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/auth/sign-in',
    access: everyone,
    isolate: true,
    call: async ({ fx }) => {
      const user = await fx.user();
      // A browser endpoint: it always wants the page's Origin, whatever else is sent.
      return { path: '/api/auth/sign-in', data: { email: user.email, password: user.password }, headers: { Origin: BASE_URL, 'X-Forwarded-For': uniqueIp() } };
    },
  },

  // ------------------------------------------------------------------ API: me, users, tokens
  { kind: 'api', method: 'GET', route: '/api/v1/me', access: staff, call: async () => ({ path: '/api/v1/me' }) },
  // Read-only lists for choosing ids (sectionId, meeting people and units).
  { kind: 'api', method: 'GET', route: '/api/v1/sections', access: staff, call: async () => ({ path: '/api/v1/sections' }) },
  { kind: 'api', method: 'GET', route: '/api/v1/people', access: staff, call: async () => ({ path: '/api/v1/people' }) },
  { kind: 'api', method: 'GET', route: '/api/v1/units', access: staff, call: async () => ({ path: '/api/v1/units' }) },
  { kind: 'api', method: 'GET', route: '/api/v1/users', access: admin, call: async () => ({ path: '/api/v1/users' }) },
  { kind: 'api', method: 'POST', route: '/api/v1/users', access: admin, call: async ({ fx }) => ({ path: '/api/v1/users', data: { email: fx.email(), name: 'Người mới', roles: ['reporter'] } }) },
  { kind: 'api', method: 'GET', route: '/api/v1/users/[id]', access: admin, call: async ({ fx }) => ({ path: `/api/v1/users/${(await fx.user()).id}` }) },
  { kind: 'api', method: 'PATCH', route: '/api/v1/users/[id]', access: admin, call: async ({ fx }) => ({ path: `/api/v1/users/${(await fx.user()).id}`, data: { roles: ['editor'] } }) },
  { kind: 'api', method: 'POST', route: '/api/v1/users/[id]/password-link', access: admin, call: async ({ fx }) => ({ path: `/api/v1/users/${(await fx.user()).id}/password-link` }) },
  { kind: 'api', method: 'POST', route: '/api/v1/users/[id]/unlock', access: admin, call: async ({ fx }) => ({ path: `/api/v1/users/${(await fx.user()).id}/unlock` }) },
  { kind: 'api', method: 'GET', route: '/api/v1/tokens', access: staff, call: async () => ({ path: '/api/v1/tokens' }) },
  { kind: 'api', method: 'POST', route: '/api/v1/tokens', access: staff, bearerAccess: only(), call: async () => ({ path: '/api/v1/tokens', data: { name: 'ma trận' } }) },
  {
    kind: 'api',
    method: 'DELETE',
    route: '/api/v1/tokens/[id]',
    access: staff,
    call: async ({ fx, viewer }) => ({ path: `/api/v1/tokens/${viewer ? (await fx.token(viewer)).id : uuid()}` }),
  },

  // ------------------------------------------------------------------ server actions
  { kind: 'action', file: 'app/(newsroom)/toa-soan/actions.ts', name: 'signOutAction', access: everyone, args: async () => [], isolate: true, expectOk: false },
  {
    kind: 'action',
    file: 'app/(newsroom)/toa-soan/dat-mat-khau/[token]/actions.ts',
    name: 'setPasswordAction',
    access: everyone,
    args: async ({ fx }) => [{ token: await fx.passwordLink(), password: 'mat-khau-moi-du-dai', confirm: 'mat-khau-moi-du-dai' }],
  },
  { kind: 'action', file: USERS_ACTIONS, name: 'inviteUserAction', access: admin, args: async ({ fx }) => [{ email: fx.email(), name: 'Người mới', roles: ['reporter'] }] },
  { kind: 'action', file: USERS_ACTIONS, name: 'passwordLinkAction', access: admin, args: async ({ fx }) => [{ userId: (await fx.user()).id }] },
  { kind: 'action', file: USERS_ACTIONS, name: 'changeRolesAction', access: admin, args: async ({ fx }) => [{ userId: (await fx.user()).id, roles: ['editor'] }] },
  { kind: 'action', file: USERS_ACTIONS, name: 'setActiveAction', access: admin, args: async ({ fx }) => [{ userId: (await fx.user()).id, active: false }] },
  { kind: 'action', file: USERS_ACTIONS, name: 'clearLockAction', access: admin, args: async ({ fx }) => [{ email: (await fx.user()).email }] },
  { kind: 'action', file: USERS_ACTIONS, name: 'revokeUserTokensAction', access: admin, args: async ({ fx }) => [{ userId: (await fx.user()).id }] },
  {
    kind: 'action',
    file: ACCOUNT_ACTIONS,
    name: 'changePasswordAction',
    access: staff,
    isolate: true,
    args: async ({ viewer }) => [{ currentPassword: viewer?.password ?? 'khong-co-mat-khau', newPassword: 'mat-khau-moi-du-dai', confirm: 'mat-khau-moi-du-dai' }],
  },
  // Ends every session of the caller: on a throwaway session of its own.
  { kind: 'action', file: ACCOUNT_ACTIONS, name: 'signOutEverywhereAction', access: staff, isolate: true, args: async () => [] },
  { kind: 'action', file: ACCOUNT_ACTIONS, name: 'createTokenAction', access: staff, args: async () => [{ name: 'ma trận', expiresInDays: 30 }] },
  { kind: 'action', file: ACCOUNT_ACTIONS, name: 'revokeTokenAction', access: staff, args: async ({ fx, viewer }) => [{ tokenId: viewer ? (await fx.token(viewer)).id : uuid() }] },
];
