// Values of the suggestion marks (lib/content/suggestion-marks.ts). The schema only knows which
// attributes exist; here each must be bounded and well-formed, and a suggestion must say who made
// it and when, since the writer accepts or rejects it by person.
import type { Mark } from '@tiptap/pm/model';
import { contentSchema } from './schema';
import { isSuggestionMarkName } from './suggestions-json';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const MODIFICATION_TYPES = new Set(['mark', 'attr', 'nodeType']);
const MAX_MODIFICATION_VALUE_BYTES = 2000;

const LABEL: Record<string, string> = { insertion: 'thêm chữ', deletion: 'xóa chữ', modification: 'đổi định dạng' };

export function suggestionMarkProblem(mark: Mark): string | null {
  const name = mark.type.name;
  if (!isSuggestionMarkName(name)) return null;
  const attrs = mark.attrs as Record<string, unknown>;
  const what = `Gợi ý ${LABEL[name]}`;
  const fix = 'Hãy chấp nhận hoặc từ chối gợi ý đó trong trình soạn thảo rồi lưu lại.';
  if (!(typeof attrs.id === 'string' && UUID.test(attrs.id))) return `${what} có mã "${String(attrs.id).slice(0, 40)}" không hợp lệ (phải là uuid). ${fix}`;
  if (!(typeof attrs.authorId === 'string' && UUID.test(attrs.authorId))) return `${what} không ghi người gợi ý hợp lệ (mã người dùng phải là uuid). ${fix}`;
  const time = attrs.createdAt;
  if (!(typeof time === 'string' && ISO_TIME.test(time) && !Number.isNaN(Date.parse(time)))) {
    return `${what} có thời điểm "${String(time).slice(0, 40)}" không hợp lệ (ISO 8601, ví dụ 2026-12-01T08:00:00Z). ${fix}`;
  }
  if (name === 'modification') {
    if (!MODIFICATION_TYPES.has(attrs.type as string)) return `${what}: loại thay đổi "${String(attrs.type).slice(0, 40)}" không hợp lệ (mark, attr hoặc nodeType). ${fix}`;
    if (attrs.attrName !== null && !(typeof attrs.attrName === 'string' && /^[A-Za-z]{1,40}$/.test(attrs.attrName))) return `${what}: tên thuộc tính không hợp lệ. ${fix}`;
    const size = Buffer.byteLength(JSON.stringify([attrs.previousValue ?? null, attrs.newValue ?? null]) ?? '');
    if (size > MAX_MODIFICATION_VALUE_BYTES) return `${what}: giá trị cũ/mới dài quá ${MAX_MODIFICATION_VALUE_BYTES} byte. ${fix}`;
    // Rejecting puts the previous value back: it must be something the schema knows.
    const known = (value: unknown) =>
      value === null ||
      value === undefined ||
      (attrs.type === 'nodeType' && typeof value === 'string' && value in contentSchema.nodes) ||
      (attrs.type === 'mark' && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type in contentSchema.marks && !isSuggestionMarkName((value as { type: string }).type)) ||
      attrs.type === 'attr';
    if (!known(attrs.previousValue) || !known(attrs.newValue)) return `${what}: giá trị cũ/mới không thuộc định dạng bài viết. ${fix}`;
  }
  return null;
}
