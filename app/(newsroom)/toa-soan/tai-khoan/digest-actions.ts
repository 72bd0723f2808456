'use server';

// The per-person choice of the 07:00 e-mail digest of unread notifications.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput } from '@/lib/api/action-schemas';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { DataError } from '@/lib/data/errors';
import { setDigestSetting } from '@/lib/data/notifications/inbox';

export async function setDigestAction(formData: FormData): Promise<void> {
  const result = await runAction((viewer) => {
    const { digest } = formInput(formData, ['digest'] as const, 10);
    if (digest !== 'on' && digest !== 'off') throw new DataError('invalid', 'Hãy chọn bật hoặc tắt thư tóm tắt hằng ngày.');
    return setDigestSetting(viewer, digest === 'on');
  });
  if (!result.ok && result.code === 'unauthenticated') redirect(signInPath('/toa-soan/tai-khoan'));
  revalidatePath('/toa-soan/tai-khoan');
  redirect(result.ok ? `/toa-soan/tai-khoan?ok=${result.data.digest ? 'thu-tom-tat-bat' : 'thu-tom-tat-tat'}#thu-tom-tat` : `/toa-soan/tai-khoan?loi=${encodeURIComponent(result.message)}#thu-tom-tat`);
}
