import { parseAtDoor, userInviteSchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { sendMail, setPasswordMail } from '@/lib/mail/mail';
import { siteOrigin } from '@/lib/auth/site-origin';
import { inviteUser, listUsers } from '@/lib/data/users/admin';

/** GET /api/v1/users: every account (admins). */
export const GET = apiRoute(async ({ viewer }) => ({ users: await listUsers(viewer) }));

/**
 * POST /api/v1/users {email, name, roles}: creates an account and a one-time set-password link.
 * The link is mailed when a mail server is configured, otherwise returned once as setPasswordUrl.
 */
export const POST = apiRoute(async ({ viewer, request }) => {
  const { user, link } = await inviteUser(viewer, parseAtDoor(userInviteSchema, await readJson(request)));
  const url = `${await siteOrigin()}/toa-soan/dat-mat-khau/${link.token}`;
  const mailed = await sendMail(setPasswordMail({ name: user.name, email: user.email, url, expiresAt: link.expiresAt, reset: false }));
  return Response.json({ user, mailed, expiresAt: link.expiresAt, ...(mailed ? {} : { setPasswordUrl: url }) }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
