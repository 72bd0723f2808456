import { apiRoute } from '@/lib/auth/api';
import { sendMail, setPasswordMail } from '@/lib/mail/mail';
import { siteOrigin } from '@/lib/auth/site-origin';
import { createPasswordLink } from '@/lib/data/users/password-links';

/** POST /api/v1/users/:id/password-link (admins): a new one-time link; earlier ones stop working. */
export const POST = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  const link = await createPasswordLink(viewer, params.id);
  const url = `${await siteOrigin()}/toa-soan/dat-mat-khau/${link.token}`;
  const mailed = await sendMail(setPasswordMail({ name: link.name, email: link.email, url, expiresAt: link.expiresAt, reset: true }));
  return Response.json({ mailed, expiresAt: link.expiresAt, ...(mailed ? {} : { setPasswordUrl: url }) }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
