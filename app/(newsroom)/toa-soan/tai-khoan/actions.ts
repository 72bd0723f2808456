'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { changePasswordInput, createTokenInput, revokeTokenInput } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { signOut } from '@/lib/auth/config';
import { clientIp } from '@/lib/auth/http';
import { changeOwnPassword } from '@/lib/data/users/account';
import { createApiToken, revokeOwnApiToken } from '@/lib/data/tokens/api-tokens';
import { endAllOwnSessions } from '@/lib/data/sessions/user-sessions';
import { forbidden } from '@/lib/data/errors';

// The signed-in person's own account. The policy lets everyone act on themselves only.

export async function changePasswordAction(input: { currentPassword: string; newPassword: string; confirm: string; revokeApiTokens?: boolean }): Promise<ActionResult<undefined>> {
  const result = await runAction(async (viewer) => {
    await changeOwnPassword(viewer, parseAtDoor(changePasswordInput, input), clientIp(await headers()));
    return undefined;
  });
  // Every session of the account ended with the change; clear this browser's cookie too.
  if (result.ok) await signOut({ redirect: false });
  return result;
}

export async function createTokenAction(input: { name: string; expiresInDays?: number | null }): Promise<ActionResult<{ token: string; prefix: string }>> {
  return runAction(async (viewer) => {
    if (viewer.kind !== 'user') throw forbidden();
    // The viewer carries its session id: createApiToken re-checks that session inside its transaction.
    const { name, expiresInDays } = parseAtDoor(createTokenInput, input);
    const { token, prefix } = await createApiToken(viewer, { userId: viewer.id, name, expiresInDays });
    revalidatePath('/toa-soan/tai-khoan');
    return { token, prefix };
  });
}

export async function revokeTokenAction(input: { tokenId: string }): Promise<ActionResult<undefined>> {
  return runAction(async (viewer) => {
    await revokeOwnApiToken(viewer, parseAtDoor(revokeTokenInput, input).tokenId);
    revalidatePath('/toa-soan/tai-khoan');
    return undefined;
  });
}

/** "Đăng xuất khỏi mọi nơi": ends every session of the account on the server, then this cookie. */
export async function signOutEverywhereAction(): Promise<ActionResult<{ ended: number }>> {
  const result = await runAction(async (viewer) => ({ ended: await endAllOwnSessions(viewer) }));
  if (result.ok) await signOut({ redirect: false });
  return result;
}
