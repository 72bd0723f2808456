// The PDF safety check (lib/media/pdf-active-content.ts) parses the whole file with pdf-lib, plain
// JavaScript that a crafted file with millions of objects can keep busy for seconds: it runs in the
// CPU pool with a time budget, so an upload never holds the request thread (principle 10).
import type { PdfInspection } from '@/lib/media/pdf-active-content';
import { log } from '@/lib/log/logger';
import { BUSY_MESSAGE } from './html-to-body';
import { runTask, type TaskRefusal } from './pool';

export const PDF_BUDGET_MS = 15_000;

const refusals: Record<TaskRefusal, string> = {
  timeout: `Tệp PDF quá phức tạp để kiểm tra an toàn trong ${PDF_BUDGET_MS / 1000} giây. Hãy xuất lại văn bản ra PDF thường (In › Lưu dưới dạng PDF) rồi tải lên.`,
  busy: BUSY_MESSAGE,
  memory: 'Tệp PDF cần quá nhiều bộ nhớ để kiểm tra an toàn. Hãy xuất lại văn bản ra PDF thường (In › Lưu dưới dạng PDF) rồi tải lên.',
  failed: 'Không kiểm tra được tệp PDF. Hãy xuất lại văn bản ra PDF thường (In › Lưu dưới dạng PDF) rồi tải lên.',
};

export type PdfCheck = PdfInspection | { ok: false; reason: 'not_checked'; message: string };

export async function inspectPdfOffThread(bytes: Uint8Array): Promise<PdfCheck> {
  const outcome = await runTask('inspectPdf', { bytes }, { timeoutMs: PDF_BUDGET_MS });
  if (outcome.ok) return outcome.value;
  if (outcome.reason !== 'busy') log.warn({ reason: outcome.reason, bytes: bytes.byteLength, err: outcome.error }, 'pdf inspection did not finish');
  return { ok: false, reason: 'not_checked', message: refusals[outcome.reason] };
}
