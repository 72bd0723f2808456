// HTML to the shared schema off the request thread, within its limits and a time budget.
import { htmlLimitProblem, type HtmlConversion } from '@/lib/content/from-html';
import { log } from '@/lib/log/logger';
import { runTask, type TaskRefusal } from './pool';

export const HTML_BUDGET_MS = 10_000;

export const BUSY_MESSAGE = 'Máy chủ đang bận chuyển đổi nội dung khác. Hãy thử lại sau ít phút.';

const refusals: Record<TaskRefusal, string> = {
  timeout: `Nội dung HTML quá phức tạp để chuyển trong ${HTML_BUDGET_MS / 1000} giây. Hãy chia thành nhiều bài hoặc rút gọn bảng.`,
  busy: BUSY_MESSAGE,
  memory: 'Nội dung HTML quá phức tạp để chuyển đổi. Hãy chia thành nhiều bài hoặc rút gọn bảng.',
  failed: 'Không chuyển được nội dung HTML này. Hãy kiểm tra lại HTML hoặc gửi nội dung dạng Tiptap JSON (body).',
};

export async function convertHtmlOffThread(html: string): Promise<HtmlConversion> {
  const limit = htmlLimitProblem(html); // linear: refuse before shipping anything to a worker
  if (limit) return { ok: false, message: limit };
  const outcome = await runTask('convertHtml', { html }, { timeoutMs: HTML_BUDGET_MS });
  if (outcome.ok) return outcome.value;
  if (outcome.reason !== 'busy') log.warn({ reason: outcome.reason, bytes: Buffer.byteLength(html), err: outcome.error }, 'bodyHtml conversion did not finish');
  return { ok: false, message: refusals[outcome.reason] };
}
