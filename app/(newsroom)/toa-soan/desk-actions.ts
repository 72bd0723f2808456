'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { markNotificationsRead } from '@/lib/data/notifications/notifications';

/** Form action of the desk: marks the viewer's own notifications read. */
export async function markAllNotificationsReadAction(): Promise<void> {
  const result = await runAction((viewer) => markNotificationsRead(viewer));
  if (!result.ok && result.code === 'unauthenticated') redirect(signInPath('/toa-soan'));
  revalidatePath('/toa-soan');
  redirect(result.ok ? '/toa-soan' : `/toa-soan?loi=${encodeURIComponent(result.message)}`);
}
