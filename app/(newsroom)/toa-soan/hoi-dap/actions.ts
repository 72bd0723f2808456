'use server';

// The questions desk (Hỏi đáp): small forms that work without scripts and answer by redirecting
// back with ?ok= or ?loi=. Everything is checked again in lib/data/questions.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput, idSchema } from '@/lib/api/action-schemas';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { DataError } from '@/lib/data/errors';
import { erasePersonalDataOnRequest } from '@/lib/data/questions/retention';
import { approveAnswer, assignQuestion, moderateQuestion, publishAnswer, rejectQuestion, saveAnswer, submitAnswer } from '@/lib/data/questions/workflow';
import type { Viewer } from '@/lib/policy/roles';

const PAGE = '/toa-soan/hoi-dap';

function target(form: FormData): { id: string; version: number } {
  const fields = formInput(form, ['id', 'version'], 100);
  const id = idSchema.safeParse(fields.id);
  if (!id.success) throw new DataError('invalid', 'Mã câu hỏi không hợp lệ: hãy tải lại trang.');
  const version = Number(fields.version);
  if (!Number.isInteger(version) || version < 1) throw new DataError('invalid', 'Thiếu phiên bản của câu hỏi: hãy tải lại trang.');
  return { id: id.data, version };
}

const backTo = (form: FormData) => {
  const parsed = idSchema.safeParse(form instanceof FormData ? form.get('id') : null);
  return parsed.success ? `${PAGE}/${parsed.data}` : PAGE;
};

async function finish(form: FormData, work: (viewer: Viewer) => Promise<unknown>, done: string): Promise<never> {
  const back = backTo(form);
  const result: ActionResult<unknown> = await runAction(work);
  if (!result.ok && result.code === 'unauthenticated') redirect(signInPath(back));
  revalidatePath(PAGE, 'layout');
  redirect(`${back}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message })}`);
}

export async function moderateQuestionAction(form: FormData) {
  return finish(form, (viewer) => { const t = target(form); return moderateQuestion(viewer, t.id, t.version); }, 'Đã xác nhận câu hỏi hợp lệ; hãy phân công đơn vị trả lời.');
}

export async function rejectQuestionAction(form: FormData) {
  return finish(form, (viewer) => { const t = target(form); return rejectQuestion(viewer, t.id, t.version); }, 'Đã đánh dấu không tiếp nhận (thư rác hoặc không đúng quy định).');
}

export async function assignQuestionAction(form: FormData) {
  return finish(
    form,
    (viewer) => {
      const t = target(form);
      const fields = formInput(form, ['unitId', 'assigneeId'], 100);
      const unitId = idSchema.safeParse(fields.unitId);
      const assigneeId = idSchema.safeParse(fields.assigneeId);
      if (!unitId.success) throw new DataError('invalid', 'Hãy chọn đơn vị trả lời.');
      if (!assigneeId.success) throw new DataError('invalid', 'Hãy chọn người soạn trả lời.');
      return assignQuestion(viewer, t.id, t.version, { unitId: unitId.data, assigneeId: assigneeId.data });
    },
    'Đã phân công.',
  );
}

export async function saveAnswerAction(form: FormData) {
  return finish(form, (viewer) => { const t = target(form); return saveAnswer(viewer, t.id, t.version, formInput(form, ['answer'], 12000).answer); }, 'Đã lưu câu trả lời.');
}

export async function submitAnswerAction(form: FormData) {
  return finish(form, (viewer) => { const t = target(form); return submitAnswer(viewer, t.id, t.version); }, 'Đã gửi câu trả lời để lãnh đạo duyệt.');
}

export async function approveAnswerAction(form: FormData) {
  return finish(form, (viewer) => { const t = target(form); return approveAnswer(viewer, t.id, t.version); }, 'Đã duyệt câu trả lời.');
}

export async function publishAnswerAction(form: FormData) {
  return finish(form, (viewer) => { const t = target(form); return publishAnswer(viewer, t.id, t.version); }, 'Đã đăng câu hỏi và câu trả lời lên cổng.');
}

/** An admin erases one sender's personal data on their request (audited; the published answer stays). */
export async function erasePersonalDataAction(form: FormData) {
  return finish(form, (viewer) => erasePersonalDataOnRequest(viewer, target(form).id), 'Đã xóa dữ liệu cá nhân của người gửi (tên rút gọn, email và số điện thoại đã xóa).');
}
