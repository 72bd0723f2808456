'use server';

import { redirect } from 'next/navigation';
import { formInput } from '@/lib/api/action-schemas';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { createAbbreviation, deleteAbbreviation, updateAbbreviation } from '@/lib/data/search/abbreviations';

const PAGE = '/toa-soan/cai-dat/viet-tat';
const FIELDS = ['short', 'long'] as const;

async function finish(result: { ok: boolean; code?: string; message?: string }, done: string): Promise<never> {
  if (result.code === 'unauthenticated') redirect(signInPath(PAGE));
  redirect(`${PAGE}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message ?? 'Không thực hiện được.' })}`);
}

export async function createAbbreviationAction(form: FormData) {
  return finish(await runAction((v) => createAbbreviation(v, formInput(form, FIELDS, 400))), 'Đã thêm mục viết tắt.');
}

export async function updateAbbreviationAction(form: FormData) {
  return finish(
    await runAction((v) => {
      const { id, ...entry } = formInput(form, ['id', ...FIELDS], 400);
      return updateAbbreviation(v, id, entry);
    }),
    'Đã lưu mục viết tắt.',
  );
}

export async function deleteAbbreviationAction(form: FormData) {
  return finish(await runAction((v) => deleteAbbreviation(v, formInput(form, ['id'], 100).id)), 'Đã xóa mục viết tắt.');
}
