'use server';

import { headers } from 'next/headers';
import { setPasswordInput } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { clientIp } from '@/lib/auth/http';
import { setPasswordWithLink } from '@/lib/data/users/password-links';

/** The one-time link is the authority here, so this action also runs for visitors who are not signed in. */
export async function setPasswordAction(input: { token: string; password: string; confirm: string }): Promise<ActionResult<undefined>> {
  return runAction(
    async () => {
      await setPasswordWithLink(parseAtDoor(setPasswordInput, input), clientIp(await headers()));
      return undefined;
    },
    { allowAnonymous: true },
  );
}
