// Request schemas of API v1, shared by validation and the OpenAPI document (one source).
import { z } from 'zod';
import './zod-vi';
import { unstorableInputMessage } from '@/lib/content/storable-text';
import { contentInputSchema } from '@/lib/data/articles/content-input';
import { articleMetadataSchema } from '@/lib/data/articles/metadata';
import { newApiTokenSchema } from '@/lib/data/tokens/api-tokens';
import { DataError } from '@/lib/data/errors';
import { mediaListQuerySchema } from '@/lib/data/media/library';
import { inviteSchema } from '@/lib/data/users/admin';
import { rolesSchema } from '@/lib/data/users/users';
import { calendarDay } from '@/lib/search/params';
import {
  ARTICLE_KINDS,
  STAFF_LIST_DATE_FIELDS,
  STAFF_LIST_MAX_PAGE,
  STAFF_LIST_MAX_PAGE_SIZE,
  STAFF_LIST_PAGE_SIZE,
  STAFF_LIST_SORTS,
  STAFF_QUERY_MAX_LENGTH,
  STAFF_RANK_POOL,
} from '@/lib/search/staff-list';
import { EVENTS, STATES } from '@/lib/workflow/transition';

const bodyHtml = z.string().max(2_000_000, 'bodyHtml lớn quá 2 MB.').describe('HTML, converted through the shared content schema; unknown elements are dropped.');

// Strict objects: a field the server does not take (a typo such as `section`, or a server-owned one
// such as `status`, `version`, `origin` or `late`) is refused with a 400 that names it, instead of
// being dropped silently (a client sending `section` would lose the section without knowing).
export const articleCreateSchema = z
  .strictObject({ ...contentInputSchema.shape, bodyHtml: bodyHtml.optional(), ...articleMetadataSchema.shape })
  .describe('A new draft. Send the body as Tiptap JSON (`body`) or as HTML (`bodyHtml`), not both.');

export const articlePatchSchema = z
  .strictObject({ ...contentInputSchema.partial().shape, bodyHtml: bodyHtml.optional(), ...articleMetadataSchema.shape })
  .describe('Fields to change; omitted fields keep their current value. Requires If-Match with the ETag from GET.');

/** What the editor's save action may send: the whole working copy, the version it is based on, and whether it was typed (autosave). */
export const articleSaveActionSchema = z.strictObject({
  ...contentInputSchema.shape,
  ...articleMetadataSchema.shape,
  baseVersion: z.number().int().min(1),
  autosave: z.boolean().optional(),
  /** The editor co-edits the body live (issue #24): this save carries the other fields; the body sent is ignored. */
  liveBody: z.boolean().optional(),
});

export const transitionSchema = z
  .strictObject({
    event: z.enum(EVENTS, { message: `event phải là một trong: ${EVENTS.join(', ')}.` }),
    note: z.string().max(5000, 'Ghi chú dài quá 5.000 ký tự.').optional().describe('Required for return and unpublish.'),
    at: z.iso.datetime({ offset: true, message: 'at phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00.' }).optional().describe('Required for schedule; in the future.'),
    returnTo: z
      .uuid('returnTo phải là mã (uuid) của người nhận bài trả lại: biên tập viên đã trình duyệt hoặc người viết.')
      .optional()
      .describe('For return: the person it goes to. A leader may send it to the review editor (back to review) or a writer (back to draft).'),
  })
  .describe('A workflow event. Send If-Match with the ETag of the version you saw; approve requires it.');

/** The editor's workflow buttons: the event and the version on screen (the API sends the latter as If-Match). */
export const transitionActionSchema = transitionSchema.extend({ expectedVersion: z.number().int().min(1) });

// Queries are strict too: a misspelt filter (`?stauts=draft`) would otherwise list everything.
const listDay = () =>
  z
    .string()
    .refine((v) => calendarDay(v) !== null, 'Cần một ngày có thật dạng năm-tháng-ngày, ví dụ 2026-01-31.')
    .describe('A day in Vietnam (YYYY-MM-DD), inclusive, on dateField');
const listStatus = z
  .string()
  .max(200)
  .refine((v) => v.split(',').every((s) => (STATES as readonly string[]).includes(s)), `Trạng thái không hợp lệ. Dùng một hoặc vài giá trị, cách nhau bằng dấu phẩy: ${STATES.join(', ')}.`)
  .describe(`Comma-separated: ${STATES.join(', ')}`);

export const articleListQuerySchema = z
  .strictObject({
    q: z
      .string()
      .max(STAFF_QUERY_MAX_LENGTH, `Từ khóa dài quá ${STAFF_QUERY_MAX_LENGTH} ký tự; hãy rút gọn.`)
      .optional()
      .describe('Words in the working copy’s title, sapo or body (every state the caller may read); diacritics ignored both ways; "quoted phrases" and prefixes (kinh*)'),
    status: listStatus.optional(),
    section: z.string().max(200).optional().describe('Section slug or id'),
    author: z.string().max(254).optional().describe('User id or email: stories they created or are credited on'),
    kind: z.enum(ARTICLE_KINDS).optional().describe('news or meeting_report'),
    from: listDay().optional(),
    to: listDay().optional(),
    dateField: z.enum(STAFF_LIST_DATE_FIELDS).optional().describe('The date from/to and newest/oldest use; default updated (last change)'),
    sort: z.enum(STAFF_LIST_SORTS).optional().describe(`Default relevance with q (the newest ${STAFF_RANK_POOL} matches ranked), else newest`),
    page: z.coerce.number().int().min(1).max(STAFF_LIST_MAX_PAGE).optional(),
    pageSize: z.coerce.number().int().min(1).max(STAFF_LIST_MAX_PAGE_SIZE).optional().describe(`Default ${STAFF_LIST_PAGE_SIZE}`),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.' });

export const publicListQuerySchema = z.strictObject({
  section: z.string().max(200).optional().describe('Section slug: that section, paged'),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const publicPeopleQuerySchema = z.strictObject({
  q: z
    .string({ message: 'Thiếu tham số q: gõ vài chữ của tên người cần tìm.' })
    .trim()
    .min(2, 'Hãy gõ ít nhất 2 ký tự của tên người cần tìm.')
    .max(100, 'Tên cần tìm dài quá 100 ký tự: hãy gõ ngắn hơn.')
    .describe('Words of the name, with or without diacritics (2 to 100 characters)'),
});

/** The reading beacon (app/api/v1/public/views): which story the reader opened, nothing else. */
export const viewBeaconSchema = z.strictObject({
  articleId: z.uuid({ message: 'articleId phải là mã (UUID) của một bài viết.' }).describe('The id of the story opened'),
});

export const mediaListQueryDoorSchema = z.strictObject(mediaListQuerySchema.shape);

const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'Ngày không hợp lệ: dùng năm-tháng-ngày (2026-01-31) hoặc thời điểm ISO 8601.' });
export const auditQuerySchema = z.strictObject({
  from: day.optional().describe('From this day or instant (inclusive)'),
  to: day.optional().describe('Up to this day or instant (inclusive)'),
});

export const commentCreateSchema = z
  .strictObject({ body: z.string({ error: 'body phải là nội dung góp ý (một chuỗi).' }).max(5000, 'Góp ý dài quá 5.000 ký tự.') })
  .describe('An editorial comment; never shown to readers.');

export { threadCreateSchema, threadReplySchema } from '@/lib/data/threads/input';

export const suggestionDecisionSchema = z
  .strictObject({
    baseVersion: z.number({ message: 'baseVersion phải là số phiên bản (số nguyên) của bài mà bạn đã đọc.' }).int().min(1).optional().describe('The story version you read; a newer story is a 409 conflict. Omitted: the current version.'),
  })
  .describe('Accept or reject one suggestion; the body may be empty.');

export const previewLinkCreateSchema = z
  .strictObject({
    hours: z.number({ error: 'hours phải là số giờ (1 đến 720).' }).int('hours phải là số giờ nguyên.').min(1, 'Thời hạn ít nhất 1 giờ.').max(720, 'Thời hạn tối đa 720 giờ (30 ngày).').optional().describe('Lifetime in hours; default 48'),
    revisionId: z.uuid('revisionId không hợp lệ.').optional().describe('A revision of this story; default the current one'),
  })
  .describe('A share link to read one revision without signing in.');

export const tokenCreateSchema = z
  .strictObject(newApiTokenSchema.shape)
  .describe('A personal API token for the caller. expiresInDays: omitted means the default lifetime; null (never) is refused.');

export const userInviteSchema = z.strictObject(inviteSchema.shape).describe('A new staff account; a one-time link to set the password is mailed or returned.');

export const userPatchSchema = z
  .strictObject({
    roles: rolesSchema.optional(),
    active: z.boolean({ error: 'active phải là true hoặc false.' }).optional().describe('false deactivates the account: ends its sessions, revokes its tokens'),
  })
  .refine((v) => v.roles !== undefined || v.active !== undefined, 'Hãy gửi roles hoặc active.')
  .describe('Roles and/or active state. Either change ends the user\'s sessions.');

export const notificationsReadSchema = z
  .strictObject({ ids: z.array(z.uuid('Mã thông báo không hợp lệ.'), { error: 'ids phải là danh sách mã thông báo (uuid).' }).max(1000, 'Tối đa 1.000 mã mỗi lần.').optional() })
  .describe('Marks the given notifications read, or all of them when ids is omitted.');

/** Fields only the server sets; named as such when a request sends them. */
const SERVER_OWNED = new Set([
  'id', 'status', 'version', 'origin', 'late', 'currentRevisionId', 'liveRevisionId', 'approvedRevisionId', 'approval',
  'publishedAt', 'liveUpdatedAt', 'scheduledAt', 'createdBy', 'createdAt', 'updatedAt', 'authors', 'section', 'links',
]);
const HINTS: Record<string, string> = { section: 'sectionId', authors: 'authorIds', author: 'authorIds', tag: 'tags', bodyJson: 'body', html: 'bodyHtml' };

function unknownKeysMessage(keys: string[]): string {
  const owned = keys.filter((k) => SERVER_OWNED.has(k));
  const other = keys.filter((k) => !SERVER_OWNED.has(k));
  const hints = keys.filter((k) => HINTS[k]).map((k) => `dùng "${HINTS[k]}" thay cho "${k}"`);
  return [
    owned.length ? `Trường do máy chủ quyết định, không gửi được: ${owned.join(', ')}.` : '',
    other.length ? `Trường không được hỗ trợ: ${other.join(', ')}.` : '',
    hints.length ? `Gợi ý: ${hints.join('; ')}.` : '',
    'Không có gì được lưu; hãy bỏ các trường này rồi gửi lại.',
  ].filter(Boolean).join(' ');
}

export function zodMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const message = i.code === 'unrecognized_keys' ? unknownKeysMessage(i.keys) : i.message;
      return i.path.length ? `${i.path.join('.')}: ${message}` : message;
    })
    .join(' ');
}

/** Parses a request body or query with a door's schema, or a DataError('invalid') naming what to fix. */
export function parseAtDoor<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // NUL, UTF-16 halves and absurd nesting are refused before the schema runs (lib/content/storable-text).
  const unstorable = unstorableInputMessage(input);
  if (unstorable) throw new DataError('invalid', unstorable);
  // Where a schema names no message, lib/api/zod-vi's Vietnamese ones apply (a door's own messages win).
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', zodMessage(parsed.error), { issues: parsed.error.issues });
  return parsed.data;
}

/** The query string of a request, parsed with a door's (strict) schema. */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  return parseAtDoor(schema, Object.fromEntries(new URL(request.url).searchParams));
}
