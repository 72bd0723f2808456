// The two CPU-heavy halves of a .docx import, each in the pool with its own time budget: Word to
// HTML (after the zip limits), then HTML to the shared schema once the images are in the library.
import type { DocxDraft, DocxDraftReview, DocxHtml, StoredImage } from '@/lib/content/from-docx';
import { log } from '@/lib/log/logger';
import { BUSY_MESSAGE } from './html-to-body';
import { runTask, type TaskOutcome, type TaskRefusal } from './pool';

export const DOCX_BUDGET_MS = 20_000;

const refusals: Record<TaskRefusal, string> = {
  timeout: `Tệp .docx quá phức tạp để chuyển trong ${DOCX_BUDGET_MS / 1000} giây. Hãy chia tài liệu thành nhiều tệp rồi nhập lại.`,
  busy: BUSY_MESSAGE,
  memory: 'Tệp .docx cần quá nhiều bộ nhớ để chuyển đổi. Hãy chia tài liệu thành nhiều tệp rồi nhập lại.',
  failed: 'Tệp .docx bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại rồi nhập lại.',
};

function settle<T extends { ok: boolean }>(outcome: TaskOutcome<T>, bytes: number): T | { ok: false; message: string } {
  if (outcome.ok) return outcome.value;
  if (outcome.reason !== 'busy') log.warn({ reason: outcome.reason, bytes, err: outcome.error }, 'docx conversion did not finish');
  return { ok: false, message: refusals[outcome.reason] };
}

export async function docxToHtmlOffThread(bytes: Uint8Array): Promise<DocxHtml> {
  return settle(await runTask('docxToHtml', { bytes }, { timeoutMs: DOCX_BUDGET_MS }), bytes.byteLength);
}

export async function docxDraftOffThread(html: string, stored: StoredImage[], filename: string, review?: DocxDraftReview): Promise<DocxDraft> {
  return settle(await runTask('docxHtmlToDraft', { html, stored, filename, review }, { timeoutMs: DOCX_BUDGET_MS }), html.length);
}
