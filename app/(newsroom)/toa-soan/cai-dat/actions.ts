'use server';

import { redirect } from 'next/navigation';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { createSection, settingsSchema, updateSection, updateSiteSettings } from '@/lib/data/site-admin';
import { CHECKLIST_RULES, type ChecklistRule } from '@/lib/workflow/checklist';

const PAGE = '/toa-soan/cai-dat';
const SECTION_FIELDS = ['name', 'description', 'sortOrder', 'nameEn', 'descriptionEn'];
const fields = (form: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, typeof form.get(k) === 'string' ? (form.get(k) as string) : '']));

async function finish(result: { ok: boolean; code?: string; message?: string }, done: string): Promise<never> {
  if (result.code === 'unauthenticated') redirect(signInPath(PAGE));
  redirect(`${PAGE}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message ?? 'Không thực hiện được.' })}`);
}

export async function updateSettingsAction(form: FormData) {
  return finish(await runAction((v) => updateSiteSettings(v, fields(form, Object.keys(settingsSchema.shape)))), 'Đã lưu cấu hình cổng thông tin.');
}

export async function createSectionAction(form: FormData) {
  return finish(await runAction((v) => createSection(v, fields(form, SECTION_FIELDS))), 'Đã thêm chuyên mục.');
}

export async function updateSectionAction(form: FormData) {
  const on = (Object.keys(CHECKLIST_RULES) as ChecklistRule[]).filter((rule) => form.get(`checklist.${rule}`) === 'on');
  const id = typeof form.get('id') === 'string' ? (form.get('id') as string) : '';
  return finish(await runAction((v) => updateSection(v, id, fields(form, SECTION_FIELDS), on)), 'Đã lưu chuyên mục.');
}
