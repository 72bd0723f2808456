'use server';

import { revalidatePath } from 'next/cache';
import { changeRolesInput, clearLockInput, inviteUserInput, setActiveInput, userIdInput } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { sendMail, setPasswordMail } from '@/lib/mail/mail';
import { revokeUserApiTokens } from '@/lib/data/tokens/admin';
import { createPasswordLink } from '@/lib/data/users/password-links';
import { clearSignInLock } from '@/lib/data/sessions/sign-in';
import { changeUserRoles, inviteUser, setUserActive } from '@/lib/data/users/admin';
import type { Role } from '@/lib/policy/roles';
import { siteOrigin } from '@/lib/auth/site-origin';

// Users admin. Each action is a public POST endpoint: runAction() proves same origin and re-reads
// the viewer; the lib/data function asks the policy (admins only) and validates the input.

export interface LinkResult {
  userId: string;
  email: string;
  /** Present only when no mail was sent: the admin hands the link over. */
  url?: string;
  mailed: boolean;
  expiresAt: string;
}

async function deliver(user: { id: string; email: string; name: string }, link: { token: string; expiresAt: Date }, reset: boolean): Promise<LinkResult> {
  const url = `${await siteOrigin()}/toa-soan/dat-mat-khau/${link.token}`;
  const mailed = await sendMail(setPasswordMail({ name: user.name, email: user.email, url, expiresAt: link.expiresAt, reset }));
  return { userId: user.id, email: user.email, mailed, expiresAt: link.expiresAt.toISOString(), ...(mailed ? {} : { url }) };
}

export async function inviteUserAction(input: { email: string; name: string; roles: Role[] }): Promise<ActionResult<LinkResult>> {
  return runAction(async (viewer) => {
    const { user, link } = await inviteUser(viewer, parseAtDoor(inviteUserInput, input));
    revalidatePath('/toa-soan/nguoi-dung');
    return deliver(user, link, false);
  });
}

export async function passwordLinkAction(input: { userId: string }): Promise<ActionResult<LinkResult>> {
  return runAction(async (viewer) => {
    const { userId } = parseAtDoor(userIdInput, input);
    const link = await createPasswordLink(viewer, userId);
    return deliver({ id: userId, email: link.email, name: link.name }, link, true);
  });
}

export async function changeRolesAction(input: { userId: string; roles: Role[] }): Promise<ActionResult<{ roles: Role[] }>> {
  return runAction(async (viewer) => {
    const result = await changeUserRoles(viewer, parseAtDoor(changeRolesInput, input));
    revalidatePath('/toa-soan/nguoi-dung', 'layout');
    return result;
  });
}

export async function setActiveAction(input: { userId: string; active: boolean }): Promise<ActionResult<{ isActive: boolean }>> {
  return runAction(async (viewer) => {
    const result = await setUserActive(viewer, parseAtDoor(setActiveInput, input));
    revalidatePath('/toa-soan/nguoi-dung', 'layout');
    return result;
  });
}

export async function clearLockAction(input: { email: string } | { ip: string }): Promise<ActionResult<undefined>> {
  return runAction(async (viewer) => {
    await clearSignInLock(viewer, parseAtDoor(clearLockInput, input));
    revalidatePath('/toa-soan/nguoi-dung', 'layout');
    return undefined;
  });
}

/** Revokes every API token of one account (e.g. a token leaked, or the person left a project). */
export async function revokeUserTokensAction(input: { userId: string }): Promise<ActionResult<{ revoked: number }>> {
  return runAction(async (viewer) => {
    const result = await revokeUserApiTokens(viewer, parseAtDoor(userIdInput, input));
    revalidatePath('/toa-soan/nguoi-dung', 'layout');
    return result;
  });
}
