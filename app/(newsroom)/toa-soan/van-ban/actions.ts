'use server';

// Documents (văn bản): the editing form posts with its files; refusals come back as values so the
// form keeps what the person typed. Everything is checked again in lib/data/documents.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formInput, idSchema } from '@/lib/api/action-schemas';
import { runAction, type ActionResult } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { createDocumentType, removeDocumentFile, setDocumentPublished } from '@/lib/data/documents/publish';
import { createDocument, MAX_FILES_PER_DOCUMENT, updateDocument, type DocumentFileInput } from '@/lib/data/documents/save';
import { DataError } from '@/lib/data/errors';
import { assertDocumentEditor } from '@/lib/data/documents/shared';

const PAGE = '/toa-soan/van-ban';
const FIELDS = ['typeId', 'issuer', 'numberSymbol', 'issuedOn', 'effectiveOn', 'expiresOn', 'signerName', 'signerTitle', 'signerPersonId', 'summary', 'field'] as const;

function documentFields(form: FormData) {
  const text = formInput(form, FIELDS, 2000);
  const targets = form.getAll('linkTarget').slice(0, 60);
  const relations = form.getAll('linkRelation').slice(0, 60);
  const links = targets
    .map((target, i) => ({ targetId: target, relation: relations[i] }))
    .filter((l) => typeof l.targetId === 'string' && l.targetId !== '');
  const articleIds = form.getAll('articleIds').slice(0, 40).filter((v) => typeof v === 'string' && v !== '');
  return { ...text, links, articleIds };
}

async function documentFiles(form: FormData): Promise<DocumentFileInput[]> {
  const files = form.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && (f as File).size > 0);
  if (files.length > MAX_FILES_PER_DOCUMENT) throw new DataError('invalid', `Một văn bản có tối đa ${MAX_FILES_PER_DOCUMENT} tệp.`);
  return Promise.all(files.map(async (f) => ({ bytes: Buffer.from(await f.arrayBuffer()), filename: f.name })));
}

const version = (form: FormData) => {
  const v = Number(formInput(form, ['version']).version);
  if (!Number.isInteger(v) || v < 1) throw new DataError('invalid', 'Thiếu phiên bản của văn bản: hãy tải lại trang.');
  return v;
};

const id = (form: FormData) => {
  const parsed = idSchema.safeParse(formInput(form, ['id']).id);
  if (!parsed.success) throw new DataError('invalid', 'Mã văn bản không hợp lệ: hãy tải lại trang.');
  return parsed.data;
};

/**
 * The form's fields as FormData (the page posts it with its files); a plain object of text fields
 * is taken too (API-style callers and the access matrix), since the data layer checks everything.
 */
function asForm(input: unknown): FormData {
  if (input instanceof FormData) return input;
  const form = new FormData();
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input).slice(0, 100)) {
      for (const v of Array.isArray(value) ? value.slice(0, 60) : [value]) if (typeof v === 'string') form.append(key, v);
    }
  }
  return form;
}

export async function createDocumentAction(input: FormData): Promise<ActionResult<{ href: string }>> {
  const result = await runAction(async (viewer) => {
    // Who may is asked before the files are read.
    assertDocumentEditor(viewer);
    const form = asForm(input);
    const doc = await createDocument(viewer, documentFields(form), await documentFiles(form));
    return { href: `${PAGE}/${doc.id}?ok=${encodeURIComponent('Đã lưu bản nháp văn bản.')}` };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function updateDocumentAction(input: FormData): Promise<ActionResult<{ href: string }>> {
  const result = await runAction(async (viewer) => {
    assertDocumentEditor(viewer);
    const form = asForm(input);
    const documentId = id(form);
    await updateDocument(viewer, documentId, version(form), documentFields(form), await documentFiles(form));
    return { href: `${PAGE}/${documentId}?ok=${encodeURIComponent('Đã lưu văn bản.')}` };
  });
  if (result.ok) revalidatePath(PAGE, 'layout');
  return result;
}

/** Small forms (publish, withdraw, remove a file, add a type) answer by redirecting with a message. */
async function finish(result: ActionResult<unknown>, back: string, done: string): Promise<never> {
  if (!result.ok && result.code === 'unauthenticated') redirect(signInPath(back));
  revalidatePath(PAGE, 'layout');
  redirect(`${back}?${new URLSearchParams(result.ok ? { ok: done } : { loi: result.message })}`);
}

const backTo = (form: FormData) => {
  const parsed = idSchema.safeParse(form.get('id'));
  return parsed.success ? `${PAGE}/${parsed.data}` : PAGE;
};

export async function publishDocumentAction(form: FormData) {
  return finish(await runAction((viewer) => setDocumentPublished(viewer, id(form), version(form), true)), backTo(form), 'Đã đăng văn bản lên cổng.');
}

export async function withdrawDocumentAction(form: FormData) {
  return finish(await runAction((viewer) => setDocumentPublished(viewer, id(form), version(form), false)), backTo(form), 'Đã gỡ văn bản khỏi cổng (trở về bản nháp).');
}

export async function removeDocumentFileAction(form: FormData) {
  return finish(
    await runAction((viewer) => {
      const parsed = idSchema.safeParse(formInput(form, ['fileId']).fileId);
      if (!parsed.success) throw new DataError('invalid', 'Mã tệp không hợp lệ: hãy tải lại trang.');
      return removeDocumentFile(viewer, parsed.data);
    }),
    backTo(form),
    'Đã gỡ tệp.',
  );
}

export async function createDocumentTypeAction(form: FormData) {
  return finish(await runAction((viewer) => createDocumentType(viewer, formInput(form, ['name'], 200).name)), PAGE, 'Đã thêm loại văn bản.');
}
