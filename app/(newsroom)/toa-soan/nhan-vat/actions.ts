'use server';

// Registry forms post here; each answers by redirecting back with a message (no client code needed).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { addPosition, createPerson, createUnit, endPosition } from '@/lib/data/registry';

const PAGE = '/toa-soan/nhan-vat';
const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
};

async function finish(result: { ok: boolean; code?: string; message?: string }, done: string): Promise<never> {
  if (result.code === 'unauthenticated') redirect(signInPath(PAGE));
  revalidatePath(PAGE);
  redirect(`${PAGE}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message ?? 'Không thực hiện được.' })}`);
}

export async function createPersonAction(form: FormData) {
  return finish(await runAction((v) => createPerson(v, { fullName: text(form, 'fullName') })), 'Đã thêm nhân vật.');
}

export async function addPositionAction(form: FormData) {
  const input = { title: text(form, 'title'), unitId: text(form, 'unitId') || null, from: text(form, 'from'), to: text(form, 'to') || null };
  return finish(await runAction((v) => addPosition(v, text(form, 'personId'), input)), 'Đã thêm chức vụ.');
}

export async function endPositionAction(form: FormData) {
  return finish(await runAction((v) => endPosition(v, text(form, 'positionId'), text(form, 'to'))), 'Đã ghi ngày kết thúc chức vụ.');
}

export async function createUnitAction(form: FormData) {
  return finish(await runAction((v) => createUnit(v, { name: text(form, 'name'), shortName: text(form, 'shortName'), parentId: text(form, 'parentId') })), 'Đã thêm đơn vị.');
}
