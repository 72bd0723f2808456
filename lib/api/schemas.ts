// Request schemas of API v1, shared by validation and the OpenAPI document (one source).
import { z } from 'zod';
import './zod-vi';
import { contentInputSchema } from '@/lib/data/articles/content-input';
import { articleMetadataSchema } from '@/lib/data/articles/metadata';
import { DataError } from '@/lib/data/errors';
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
});

export const transitionSchema = z
  .strictObject({
    event: z.enum(EVENTS, { message: `event phải là một trong: ${EVENTS.join(', ')}.` }),
    note: z.string().max(5000, 'Ghi chú dài quá 5.000 ký tự.').optional().describe('Required for return and unpublish.'),
    at: z.iso.datetime({ offset: true, message: 'at phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00.' }).optional().describe('Required for schedule; in the future.'),
  })
  .describe('A workflow event. Send If-Match with the ETag of the version you saw; approve requires it.');

/** The editor's workflow buttons: the event and the version on screen (the API sends the latter as If-Match). */
export const transitionActionSchema = transitionSchema.extend({ expectedVersion: z.number().int().min(1) });

export const articleListQuerySchema = z.object({
  status: z.string().optional().describe(`Comma-separated: ${STATES.join(', ')}`),
  section: z.string().optional().describe('Section slug or id'),
  q: z.string().max(200).optional().describe('Words in the title, diacritics ignored'),
  author: z.string().optional().describe('Author user id or email'),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export const publicListQuerySchema = z.object({
  section: z.string().optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

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

/** Parses a request body with a door's schema, or a DataError('invalid') naming what to fix. */
export function parseAtDoor<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', zodMessage(parsed.error), { issues: parsed.error.issues });
  return parsed.data;
}
