// Rows of the authorization matrix (e2e/security/access-matrix.spec.ts) for the media library:
// its pages, API endpoints and server actions. Listed in e2e/security/matrix/index.ts. Targets are
// fresh, unused items uploaded by a reporter who is none of the matrix's viewers, so a reporter's
// row shows the "not your item" rule for deleting. The rows match the matrix's MatrixEntry type
// structurally (checked where index.ts spreads them), so this file needs nothing from that folder.
import { request as playwrightRequest } from '@playwright/test';
import { photoJpeg } from '../../lib/media/testing/fixtures';
import { BASE_URL } from '../fixtures/auth';
import { ROLES, type Role } from '../../lib/policy/roles';
import { multipartBody, staffWithToken, upload, uploaded, type Staff } from './helpers';

const LIBRARY_ACTIONS = 'app/(newsroom)/toa-soan/thu-vien/actions.ts';
type Who = 'anonymous' | Role;
const only = (...roles: Role[]): Record<Who, boolean> => ({ anonymous: false, ...Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) }) as Record<Who, boolean>;
const staff = only(...ROLES);
/** Upload and edit captions: the people who write and edit stories. */
const writers = only('reporter', 'editor', 'leader');
/** Delete someone else's unused item. */
const deleters = only('editor', 'admin');

let owner: Promise<Staff> | undefined;

async function freshItem(): Promise<string> {
  owner ??= staffWithToken(['reporter']);
  const { auth } = await owner;
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    return (await uploaded(await upload(api, auth, 'ma-tran.jpg', await photoJpeg(64, 48), 'image/jpeg'))).id;
  } finally {
    await api.dispose();
  }
}

export const mediaEntries = [
  { kind: 'page', route: '/toa-soan/thu-vien', access: staff },
  { kind: 'page', route: '/toa-soan/thu-vien/[id]', access: staff, path: async () => `/toa-soan/thu-vien/${await freshItem()}` },

  { kind: 'api', method: 'GET', route: '/api/v1/media', access: staff, call: async () => ({ path: '/api/v1/media?q=hoi+nghi' }) },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/media',
    access: writers,
    call: async () => {
      const { body, contentType } = multipartBody('ma-tran.jpg', await photoJpeg(48, 32));
      return { path: '/api/v1/media', data: body, headers: { 'Content-Type': contentType } };
    },
  },
  { kind: 'api', method: 'GET', route: '/api/v1/media/[id]', access: staff, call: async () => ({ path: `/api/v1/media/${await freshItem()}` }) },
  { kind: 'api', method: 'PATCH', route: '/api/v1/media/[id]', access: writers, call: async () => ({ path: `/api/v1/media/${await freshItem()}`, data: { caption: 'Ma trận quyền' } }) },
  { kind: 'api', method: 'DELETE', route: '/api/v1/media/[id]', access: deleters, call: async () => ({ path: `/api/v1/media/${await freshItem()}` }) },
  { kind: 'api', method: 'GET', route: '/api/v1/media/[id]/usage', access: staff, call: async () => ({ path: `/api/v1/media/${await freshItem()}/usage` }) },
  // On a photo the writers get 422 "only videos have captions": past the permission check, which is what this row is about.
  {
    kind: 'api',
    method: 'PUT',
    route: '/api/v1/media/[id]/captions',
    access: writers,
    call: async () => ({ path: `/api/v1/media/${await freshItem()}/captions`, data: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nMa trận\n', headers: { 'Content-Type': 'text/vtt' } }),
  },
  { kind: 'api', method: 'DELETE', route: '/api/v1/media/[id]/captions', access: writers, call: async () => ({ path: `/api/v1/media/${await freshItem()}/captions` }) },

  {
    kind: 'action',
    file: LIBRARY_ACTIONS,
    name: 'updateMediaAction',
    access: writers,
    args: async () => [{ id: await freshItem(), caption: 'Ma trận quyền' }],
    params: async () => ({ id: await freshItem() }),
  },
  {
    kind: 'action',
    file: LIBRARY_ACTIONS,
    name: 'deleteMediaAction',
    access: deleters,
    args: async () => [{ id: await freshItem() }],
    params: async () => ({ id: await freshItem() }),
  },
] as const;
