// What each server action of the newsroom accepts. A server action is a public POST endpoint that
// takes whatever a client sends, so each parses its input at the door (parseAtDoor) like the API
// does: wrong types, oversized strings, malformed ids and fields the action does not take are a
// Vietnamese "invalid" answer before any data function runs. Strict objects for the JSON-like
// inputs sent by our client islands; forms (FormData) carry Next's own hidden fields, so their
// schemas name the fields they read and ignore the rest.
import { z } from 'zod';
import './zod-vi';
import { MAX_DOCUMENT_CARDS } from '@/lib/content/document-card';
import { DataError } from '@/lib/data/errors';
import { ROLES } from '@/lib/policy/roles';

export const idSchema = z.uuid('Mã không hợp lệ: hãy tải lại trang và thử lại.');
const text = (max: number, label: string) => z.string(`${label} phải là văn bản.`).max(max, `${label} dài quá ${max.toLocaleString('vi-VN')} ký tự.`);
const password = text(1000, 'Mật khẩu');
const roles = z.array(z.enum(ROLES, { message: `Vai trò phải là một trong: ${ROLES.join(', ')}.` })).max(ROLES.length);

// ---- account (tai-khoan)
export const changePasswordInput = z.strictObject({ currentPassword: password, newPassword: password, confirm: password, revokeApiTokens: z.boolean().optional() });
export const createTokenInput = z.strictObject({ name: text(200, 'Tên token'), expiresInDays: z.number('Thời hạn phải là số ngày.').int('Thời hạn phải là số ngày nguyên.').nullable().optional() });
export const revokeTokenInput = z.strictObject({ tokenId: idSchema });
export const setPasswordInput = z.strictObject({ token: text(200, 'Liên kết'), password, confirm: password });

// ---- users admin (nguoi-dung)
export const inviteUserInput = z.strictObject({ email: text(320, 'Email'), name: text(200, 'Họ tên'), roles });
export const userIdInput = z.strictObject({ userId: idSchema });
export const changeRolesInput = z.strictObject({ userId: idSchema, roles });
export const setActiveInput = z.strictObject({ userId: idSchema, active: z.boolean('Trạng thái phải là đúng hoặc sai.') });
export const clearLockInput = z.union([z.strictObject({ email: text(320, 'Email') }), z.strictObject({ ip: text(64, 'Địa chỉ IP') })], { message: 'Hãy gửi đúng một trong hai: email hoặc ip.' });

// ---- media library (thu-vien)
export const updateMediaInput = z.strictObject({
  id: idSchema,
  alt: text(1000, 'Mô tả ảnh').optional(),
  caption: text(2000, 'Chú thích').optional(),
  credit: text(300, 'Nguồn ảnh').optional(),
  originalFilename: text(255, 'Tên tệp').optional(),
});
export const mediaIdInput = z.strictObject({ id: idSchema });

// ---- article editor (bai-viet), positional arguments
export const commentBody = text(5000, 'Góp ý');
export const baseVersionSchema = z.number('Thiếu phiên bản gốc.').int().min(1);
export const previewHours = z.number('Thời hạn liên kết phải là số giờ.').int('Thời hạn liên kết phải là số giờ nguyên.');

// ---- forms: the fields each reads, as text
const formFields = <K extends string>(keys: readonly K[], max = 5000) => z.object(Object.fromEntries(keys.map((k) => [k, z.string(`Trường ${k} phải là văn bản (không phải tệp).`).max(max, `Trường ${k} dài quá ${max.toLocaleString('vi-VN')} ký tự.`).default('')])) as Record<K, z.ZodDefault<z.ZodString>>);

/** The named text fields of a submitted form; a file or an over-long value is refused. */
export function formInput<K extends string>(form: FormData, keys: readonly K[], max = 5000): Record<K, string> {
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    const value = form instanceof FormData ? form.get(key) : null;
    if (value !== null) values[key] = value;
  }
  const parsed = formFields(keys, max).safeParse(values);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  return parsed.data as Record<K, string>;
}

// ---- editor look-ups (link dialog, tag input)
export const storyLookupQuery = z.string('Từ khóa tìm bài phải là văn bản.').max(100, 'Từ khóa tìm bài dài quá 100 ký tự; hãy gõ vài từ trong tiêu đề.');
export const documentLookupQuery = z.string('Từ khóa tìm văn bản phải là văn bản.').max(100, 'Từ khóa tìm văn bản dài quá 100 ký tự; hãy gõ số ký hiệu hoặc vài từ của trích yếu.');
export const documentCardIdsInput = z
  .array(idSchema, 'Danh sách thẻ văn bản không hợp lệ: hãy tải lại trang.')
  .max(MAX_DOCUMENT_CARDS, `Một bài viết chèn tối đa ${MAX_DOCUMENT_CARDS} thẻ văn bản.`);
export const tagLookupQuery = z.string('Từ khóa phải là văn bản.').max(60, 'Từ khóa dài quá 60 ký tự.');

// ---- comment threads in the editor (thread-actions.ts); quote and body are parsed again by lib/data/threads/input
const position = (label: string) => z.number(`${label} phải là một số.`).int(`${label} phải là số nguyên.`).min(0, `${label} không hợp lệ.`).max(10_000_000, `${label} không hợp lệ.`);
export const threadOpenInput = z.strictObject({
  quote: z.string('Đoạn trích phải là văn bản.').max(20_000, 'Đoạn trích quá dài: hãy chọn đoạn ngắn hơn.'),
  body: z.string('Nội dung góp ý phải là văn bản.').max(20_000, 'Nội dung góp ý quá dài.'),
  version: z.number('Phiên bản phải là một số.').int('Phiên bản phải là số nguyên.').min(0, 'Phiên bản không hợp lệ.'),
  from: position('Vị trí đầu đoạn chọn'),
  to: position('Vị trí cuối đoạn chọn'),
});
export const threadReplyInput = z.strictObject({ body: z.string('Nội dung trả lời phải là văn bản.').max(20_000, 'Nội dung trả lời quá dài.') });
export const mentionQuery = z.string('Tên cần tìm phải là văn bản.').max(100, 'Tên cần tìm dài quá 100 ký tự.');
