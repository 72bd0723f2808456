'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/auth/action';
import { markNotificationsRead } from '@/lib/data/notifications';

/** Form action of the desk: marks the viewer's own notifications read. */
export async function markAllNotificationsReadAction(): Promise<void> {
  await runAction((viewer) => markNotificationsRead(viewer));
  revalidatePath('/toa-soan');
}
