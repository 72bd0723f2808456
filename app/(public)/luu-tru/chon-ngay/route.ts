import { localePath } from '@/i18n/routing';
import { ARCHIVE_FIRST_YEAR, archiveLastYear, archivePath, parsePickedDay } from '@/lib/time/archive-date';

// The date picker's target (components/archive/archive-date-picker.tsx): a plain GET form, so it
// works without JavaScript. A good date is a redirect to that day's cached page; anything else
// gets a short page saying what to fix. It reads no database and its answer depends on the address
// alone (and on the year, for the archive's last year).
export const dynamic = 'force-dynamic';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function GET(request: Request) {
  const url = new URL(request.url);
  const english = url.searchParams.get('ngon-ngu') === 'en';
  const now = new Date();
  const day = parsePickedDay(url.searchParams.get('ngay') ?? '', now);
  if (day) {
    return new Response(null, { status: 303, headers: { Location: localePath(archivePath(day), english ? 'en' : 'vi') } });
  }
  const last = archiveLastYear(now);
  const [lang, title, message, back] = english
    ? ['en', 'Invalid date', `Please pick a real date (day/month/year) between ${ARCHIVE_FIRST_YEAR} and ${last}.`, 'Back to the archive']
    : ['vi', 'Ngày không hợp lệ', `Hãy chọn một ngày có thật (ngày/tháng/năm), từ năm ${ARCHIVE_FIRST_YEAR} đến năm ${last}, ví dụ 23/12/2019.`, 'Quay lại trang lưu trữ'];
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${escape(title)}</h1><p role="alert">${escape(message)}</p><p><a href="${localePath('/luu-tru', english ? 'en' : 'vi')}">${escape(back)}</a></p></main></body></html>`;
  return new Response(html, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
