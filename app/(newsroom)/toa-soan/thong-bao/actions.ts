'use server';

// Form actions of the notifications: mark one read, or all. Each marks only the viewer's own.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput, idSchema } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { markArticleNotificationsRead } from '@/lib/data/notifications/inbox';
import { markNotificationsRead } from '@/lib/data/notifications/notifications';

/** Back to the desk or a page of the notifications list; anything else goes to the list. */
function backTo(value: string): string {
  if (value === '/toa-soan') return value;
  const page = /^\/toa-soan\/thong-bao(?:\?trang=(\d{1,3}))?$/.exec(value);
  return page ? value : '/toa-soan/thong-bao';
}

function finish(result: { ok: true } | { ok: false; code: string; message: string }, back: string): never {
  if (!result.ok && result.code === 'unauthenticated') redirect(signInPath(back));
  revalidatePath('/toa-soan', 'layout');
  if (result.ok) redirect(back);
  redirect(`${back}${back.includes('?') ? '&' : '?'}loi=${encodeURIComponent(result.message)}`);
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const result = await runAction(async (viewer) => {
    const { id, back } = formInput(formData, ['id', 'back'] as const, 300);
    return { marked: await markNotificationsRead(viewer, [parseAtDoor(idSchema, id)]), back: backTo(back) };
  });
  finish(result, result.ok ? result.data.back : '/toa-soan/thong-bao');
}

export async function markAllNotificationsReadOnPageAction(): Promise<void> {
  const result = await runAction((viewer) => markNotificationsRead(viewer));
  finish(result, '/toa-soan/thong-bao');
}

/**
 * Opening a story reads the viewer's notifications about it: its page posts this once it is shown
 * (a POST, so neither a prefetch nor a crawler of the GET marks anything read).
 */
export async function markStoryNotificationsReadAction(articleId: string) {
  return runAction(async (viewer) => ({ marked: await markArticleNotificationsRead(viewer, parseAtDoor(idSchema, articleId)) }));
}
