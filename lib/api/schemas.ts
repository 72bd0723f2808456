// Request schemas of API v1, shared by validation and the OpenAPI document (one source).
import { z } from 'zod';
import { contentInputSchema } from '@/lib/data/articles/content-input';
import { articleMetadataSchema } from '@/lib/data/articles/metadata';
import { EVENTS, STATES } from '@/lib/workflow/transition';

const bodyHtml = z.string().max(2_000_000, 'bodyHtml lớn quá 2 MB.').describe('HTML, converted through the shared content schema; unknown elements are dropped.');

export const articleCreateSchema = contentInputSchema
  .extend({ bodyHtml: bodyHtml.optional() })
  .extend(articleMetadataSchema.shape)
  .describe('A new draft. Send the body as Tiptap JSON (`body`) or as HTML (`bodyHtml`), not both.');

export const articlePatchSchema = contentInputSchema
  .partial()
  .extend({ bodyHtml: bodyHtml.optional() })
  .extend(articleMetadataSchema.shape)
  .describe('Fields to change; omitted fields keep their current value. Requires If-Match with the ETag from GET.');

export const transitionSchema = z
  .object({
    event: z.enum(EVENTS, { message: `event phải là một trong: ${EVENTS.join(', ')}.` }),
    note: z.string().max(5000, 'Ghi chú dài quá 5.000 ký tự.').optional().describe('Required for return and unpublish.'),
    at: z.iso.datetime({ offset: true, message: 'at phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00.' }).optional().describe('Required for schedule; in the future.'),
  })
  .describe('A workflow event.');

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

export function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join(' ');
}
