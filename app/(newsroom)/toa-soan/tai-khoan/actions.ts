'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { signOut } from '@/lib/auth/config';
import { clientIp } from '@/lib/auth/http';
import { changeOwnPassword } from '@/lib/data/account';
import { createApiToken, revokeOwnApiToken } from '@/lib/data/api-tokens';
import { forbidden } from '@/lib/data/errors';

// The signed-in person's own account. The policy lets everyone act on themselves only.

export async function changePasswordAction(input: { currentPassword: string; newPassword: string; confirm: string }): Promise<ActionResult<undefined>> {
  const result = await runAction(async (viewer) => {
    await changeOwnPassword(viewer, input, clientIp(await headers()));
    return undefined;
  });
  // Every session of the account ended with the change; clear this browser's cookie too.
  if (result.ok) await signOut({ redirect: false });
  return result;
}

export async function createTokenAction(input: { name: string; expiresInDays: 30 | 90 | 365 | null }): Promise<ActionResult<{ token: string; prefix: string }>> {
  return runAction(async (viewer) => {
    if (viewer.kind !== 'user') throw forbidden();
    const { token, prefix } = await createApiToken(viewer, { userId: viewer.id, name: input?.name, expiresInDays: input?.expiresInDays });
    revalidatePath('/toa-soan/tai-khoan');
    return { token, prefix };
  });
}

export async function revokeTokenAction(input: { tokenId: string }): Promise<ActionResult<undefined>> {
  return runAction(async (viewer) => {
    await revokeOwnApiToken(viewer, input?.tokenId);
    revalidatePath('/toa-soan/tai-khoan');
    return undefined;
  });
}
