'use server';

// Server actions of the article editor. Each is a public POST endpoint: runAction() proves the
// origin and re-reads the viewer; lib/data asks the policy.
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { addComment } from '@/lib/data/comments/comments';
import { createArticle } from '@/lib/data/articles/create-article';
import { importDocx } from '@/lib/data/articles/import-docx';
import { DataError } from '@/lib/data/errors';
import { claimEditLease, releaseEditLease } from '@/lib/data/articles/lease';
import { getStaffArticle } from '@/lib/data/articles/read-article';
import { restoreRevision } from '@/lib/data/articles/restore-revision';
import type { z } from 'zod';
import { baseVersionSchema, commentBody, idSchema, previewHours } from '@/lib/api/action-schemas';
import { articleSaveActionSchema, parseAtDoor, transitionActionSchema } from '@/lib/api/schemas';
import { saveArticle, type SaveInput } from '@/lib/data/articles/save-article';
import { transitionArticle } from '@/lib/data/articles/transition-article';
import { createPreviewLink, revokePreviewLink } from '@/lib/data/tokens/preview-links';
import { PLACEHOLDER_TITLE } from '@/lib/workflow/checklist';

export type SaveActionInput = z.input<typeof articleSaveActionSchema>;

export async function createDraftAction(formData: FormData) {
  const kind = formData.get('kind') === 'meeting_report' ? 'meeting_report' : 'news';
  const result = await runAction((viewer) =>
    createArticle(viewer, {
      title: PLACEHOLDER_TITLE,
      kind,
      meeting: kind === 'meeting_report' ? { startsAt: new Date().toISOString(), location: '', organiserName: '', people: [], participants: '', conclusions: '' } : null,
    }),
  );
  if (result.ok) redirect(`/toa-soan/bai-viet/${result.data.id}${kind === 'meeting_report' ? '?mau=hoi-nghi' : ''}`);
  if (result.code === 'unauthenticated') redirect(signInPath('/toa-soan/bai-viet'));
  redirect(`/toa-soan/bai-viet?loi=${encodeURIComponent(result.message)}`);
}

/** A .docx file becomes a new draft; the editor opens with a summary of what was imported. */
export async function importDocxAction(formData: FormData) {
  const file = formData.get('tep');
  const result = await runAction(async (viewer) => {
    if (!(file instanceof File) || file.size === 0) throw new DataError('invalid', 'Hãy chọn một tệp .docx để nhập.');
    return importDocx(viewer, { bytes: Buffer.from(await file.arrayBuffer()), filename: file.name });
  });
  if (result.ok) {
    const { images, skippedImages, suggestions, suggestionAuthors, threads, reviewNotes } = result.data;
    const note = [
      `Đã nhập ${images} ảnh.`,
      ...skippedImages,
      suggestions > 0 ? `${suggestions} thay đổi được theo dõi trong Word (của ${suggestionAuthors.map((a) => `${a.name}: ${a.count}`).join(', ')}) đã thành gợi ý mang tên bạn.` : '',
      threads > 0 ? `${threads} nhận xét trong Word đã thành góp ý trên đoạn văn.` : '',
      ...reviewNotes,
    ]
      .filter(Boolean)
      .join(' ');
    redirect(`/toa-soan/bai-viet/${result.data.id}?nhap=${encodeURIComponent(note)}`);
  }
  if (result.code === 'unauthenticated') redirect(signInPath('/toa-soan/bai-viet'));
  redirect(`/toa-soan/bai-viet?loi=${encodeURIComponent(result.message)}`);
}

export async function saveArticleAction(id: string, input: SaveActionInput) {
  return runAction((viewer) => {
    parseAtDoor(idSchema, id);
    // The browser may only say whether this was typed (autosave) or an explicit save; anything else it
    // sends beyond the working copy (status, origin, …) is refused by the strict schema.
    const { autosave, liveBody, ...fields } = parseAtDoor(articleSaveActionSchema, input);
    return saveArticle(viewer, id, fields as SaveInput, { origin: autosave ? 'autosave' : 'save', bodyFromLiveDocument: liveBody === true });
  });
}

/** The server's current version, for the conflict view. */
export async function loadArticleAction(id: string) {
  return runAction((viewer) => getStaffArticle(viewer, parseAtDoor(idSchema, id)));
}

/** A workflow step from the editor: the event and the version on screen, nothing the server decides (such as `late`). */
export async function transitionAction(id: string, input: z.input<typeof transitionActionSchema>) {
  return runAction((viewer) => transitionArticle(viewer, parseAtDoor(idSchema, id), parseAtDoor(transitionActionSchema, input)));
}

export async function addCommentAction(id: string, body: string) {
  return runAction(async (viewer) => {
    await addComment(viewer, parseAtDoor(idSchema, id), parseAtDoor(commentBody, body));
  });
}

export async function restoreRevisionAction(id: string, revisionId: string, baseVersion: number) {
  return runAction((viewer) => restoreRevision(viewer, parseAtDoor(idSchema, id), parseAtDoor(idSchema, revisionId), parseAtDoor(baseVersionSchema, baseVersion)));
}

export async function claimLeaseAction(id: string, takeOver = false) {
  return runAction((viewer) => claimEditLease(viewer, parseAtDoor(idSchema, id), { takeOver: takeOver === true }));
}

export async function releaseLeaseAction(id: string) {
  return runAction((viewer) => releaseEditLease(viewer, parseAtDoor(idSchema, id)));
}

export async function createPreviewLinkAction(id: string, hours: number) {
  return runAction((viewer) => createPreviewLink(viewer, parseAtDoor(idSchema, id), { hours: parseAtDoor(previewHours, hours) }));
}

export async function revokePreviewLinkAction(id: string, linkId: string) {
  return runAction((viewer) => revokePreviewLink(viewer, parseAtDoor(idSchema, id), parseAtDoor(idSchema, linkId)));
}
