// ETag/If-Match on the article version: a PATCH based on an older version is refused with 412.
export const etagFor = (id: string, version: number) => `"${id}.v${version}"`;

export type IfMatch = { ok: true; version: number } | { ok: false; status: 400 | 428 | 412; detail: string };

export function parseIfMatch(header: string | null, id: string): IfMatch {
  if (!header) return { ok: false, status: 428, detail: 'Thiếu tiêu đề If-Match: gửi lại ETag nhận được khi đọc bài (GET) để không ghi đè thay đổi của người khác.' };
  const match = /^"([0-9a-f-]{36})\.v(\d{1,9})"$/.exec(header.trim());
  if (!match) return { ok: false, status: 400, detail: 'If-Match không hợp lệ: phải là đúng ETag nhận được từ GET, ví dụ "<id>.v3".' };
  if (match[1] !== id) return { ok: false, status: 412, detail: 'If-Match thuộc về một bài viết khác.' };
  return { ok: true, version: Number(match[2]) };
}
