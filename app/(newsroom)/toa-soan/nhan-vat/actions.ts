'use server';

// Registry forms post here; each answers by redirecting back with a message (no client code needed).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput } from '@/lib/api/action-schemas';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { addPosition, createPerson, createUnit, endPosition } from '@/lib/data/registry/registry';

const PAGE = '/toa-soan/nhan-vat';

async function finish(result: { ok: boolean; code?: string; message?: string }, done: string): Promise<never> {
  if (result.code === 'unauthenticated') redirect(signInPath(PAGE));
  revalidatePath(PAGE);
  redirect(`${PAGE}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message ?? 'Không thực hiện được.' })}`);
}

export async function createPersonAction(form: FormData) {
  return finish(await runAction((v) => createPerson(v, formInput(form, ['fullName']))), 'Đã thêm nhân vật.');
}

export async function addPositionAction(form: FormData) {
  return finish(
    await runAction((v) => {
      const f = formInput(form, ['personId', 'title', 'unitId', 'from', 'to']);
      return addPosition(v, f.personId, { title: f.title, unitId: f.unitId || null, from: f.from, to: f.to || null });
    }),
    'Đã thêm chức vụ.',
  );
}

export async function endPositionAction(form: FormData) {
  return finish(
    await runAction((v) => {
      const f = formInput(form, ['positionId', 'to']);
      return endPosition(v, f.positionId, f.to);
    }),
    'Đã ghi ngày kết thúc chức vụ.',
  );
}

export async function createUnitAction(form: FormData) {
  return finish(await runAction((v) => createUnit(v, formInput(form, ['name', 'shortName', 'parentId']))), 'Đã thêm đơn vị.');
}
