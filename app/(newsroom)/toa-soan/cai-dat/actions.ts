'use server';

import { redirect } from 'next/navigation';
import { formInput } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { createSection, settingsSchema, suggestingRolesSchema, updateLiveCoediting, updateSection, updateSiteSettings, updateSuggestingRoles } from '@/lib/data/site/admin';
import { CHECKLIST_RULES, type ChecklistRule } from '@/lib/workflow/checklist';

const PAGE = '/toa-soan/cai-dat';
const SECTION_FIELDS = ['name', 'description', 'sortOrder', 'nameEn', 'descriptionEn'] as const;

async function finish(result: { ok: boolean; code?: string; message?: string }, done: string): Promise<never> {
  if (result.code === 'unauthenticated') redirect(signInPath(PAGE));
  redirect(`${PAGE}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message ?? 'Không thực hiện được.' })}`);
}

export async function updateSettingsAction(form: FormData) {
  return finish(await runAction((v) => updateSiteSettings(v, formInput(form, Object.keys(settingsSchema.shape), 20_000))), 'Đã lưu cấu hình cổng thông tin.');
}

/** Checkboxes: only the boxes ticked are sent; anything else in the form is ignored. */
export async function updateSuggestingRolesAction(form: FormData) {
  const roles = form.getAll('suggestingRoles').slice(0, 10).map(String);
  return finish(await runAction((v) => updateSuggestingRoles(v, parseAtDoor(suggestingRolesSchema, roles))), 'Đã lưu chế độ gợi ý mặc định.');
}

/** One checkbox: ticked is on. */
export async function updateLiveCoeditingAction(form: FormData) {
  const on = form.get('liveCoediting') === 'on';
  return finish(await runAction((v) => updateLiveCoediting(v, on)), on ? 'Đã bật cùng soạn trực tiếp.' : 'Đã tắt cùng soạn trực tiếp.');
}

export async function createSectionAction(form: FormData) {
  return finish(await runAction((v) => createSection(v, formInput(form, SECTION_FIELDS))), 'Đã thêm chuyên mục.');
}

export async function updateSectionAction(form: FormData) {
  const on = (Object.keys(CHECKLIST_RULES) as ChecklistRule[]).filter((rule) => form.get(`checklist.${rule}`) === 'on');
  return finish(
    await runAction((v) => {
      const { id, ...section } = formInput(form, ['id', ...SECTION_FIELDS]);
      return updateSection(v, id, section, on);
    }),
    'Đã lưu chuyên mục.',
  );
}
