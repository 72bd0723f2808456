'use server';

import { signOut } from '@/lib/auth/config';
import { actionOriginOk } from '@/lib/auth/action';

/** Ends the session (clears the cookie). A cross-site request changes nothing. */
export async function signOutAction(): Promise<void> {
  if (!(await actionOriginOk())) return;
  await signOut({ redirectTo: '/toa-soan/dang-nhap?thong-bao=da-dang-xuat' });
}
