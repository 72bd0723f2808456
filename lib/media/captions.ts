// PURE. A WebVTT captions file as uploaded: bounded, UTF-8, opening with the WEBVTT signature and
// holding at least one cue. Browsers show only WebVTT in <track>, so an SRT file is refused with
// the way to convert it rather than guessed at. The text is stored as checked (BOM removed).
import { formatMegabytes, MAX_CAPTIONS_BYTES } from './limits';

export type CaptionsCheck = { ok: true; text: string } | { ok: false; message: string };

const SIGNATURE = /^WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/;
const CUE_TIMING = /(?:^|\n)[ \t]*(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}/;

export function checkCaptions(bytes: Uint8Array, maxBytes = MAX_CAPTIONS_BYTES): CaptionsCheck {
  if (bytes.length === 0) return { ok: false, message: 'Tệp phụ đề rỗng (0 byte). Hãy chọn lại tệp .vtt.' };
  if (bytes.length > maxBytes) return { ok: false, message: `Tệp phụ đề quá lớn: tối đa ${formatMegabytes(maxBytes)}. Hãy kiểm tra lại tệp .vtt (phụ đề một giờ chỉ khoảng 150 KB).` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'Tệp phụ đề không phải văn bản UTF-8. Hãy mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8.' };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\0')) return { ok: false, message: 'Tệp phụ đề chứa ký tự không hợp lệ (NUL). Hãy xuất lại phụ đề dưới dạng WebVTT (.vtt).' };
  if (!SIGNATURE.test(text)) {
    const looksLikeSrt = /^\s*\d+\s*\r?\n\d{2}:\d{2}:\d{2},\d{3}\s+-->/.test(text);
    return {
      ok: false,
      message: looksLikeSrt
        ? 'Đây là phụ đề SRT, không phải WebVTT. Hãy chuyển sang WebVTT (.vtt): thêm dòng “WEBVTT” ở đầu tệp và đổi dấu phẩy trong mốc thời gian thành dấu chấm (00:00:01,000 → 00:00:01.000).'
        : 'Tệp phụ đề phải ở định dạng WebVTT (.vtt): dòng đầu tiên phải là “WEBVTT”.',
    };
  }
  if (!CUE_TIMING.test(text.replace(/\r\n?/g, '\n'))) {
    return { ok: false, message: 'Tệp phụ đề không có câu phụ đề nào. Mỗi câu cần một dòng thời gian, ví dụ “00:00:01.000 --> 00:00:04.000”, rồi đến lời thoại.' };
  }
  return { ok: true, text };
}
