import 'server-only';
import { z } from 'zod';
import { revisions, type Meeting, type RevisionMeta } from '@/db/schema';
import type { Placement } from '@/lib/content/placement';
import { composedText } from '@/lib/content/storable-text';
import { withoutEmptyTableRows } from '@/lib/content/empty-table-rows';
import type { JSONContent } from '@/lib/content/types';
import { validateBody } from '@/lib/content/validate';
import { DataError } from '../errors';
import { revisionRow } from './rows';
import type { Tx } from './tx';

const UUID = z.uuid('Mã không hợp lệ.');

export const meetingSchema = z.object({
  startsAt: z.iso.datetime({ offset: true, message: 'Thời gian họp không hợp lệ (ISO 8601, ví dụ 2019-12-23T14:00:00+07:00).' }),
  location: z.string().trim().max(300, 'Địa điểm dài quá 300 ký tự.').default(''),
  organiserUnitId: UUID.optional(),
  organiserName: z.string().trim().max(300).default(''),
  people: z
    .array(
      z.object({
        personId: UUID.optional(),
        name: z.string().trim().min(1, 'Hãy nhập tên người dự họp.').max(200),
        title: z.string().trim().max(300).default(''),
        role: z.enum(['chair', 'attending', 'presenter']),
      }),
    )
    .max(100)
    .default([]),
  participants: z.string().trim().max(5000).default(''),
  conclusions: z.string().trim().max(20_000).default(''),
});

export const contentInputSchema = z.object({
  title: z.string().trim().min(1, 'Hãy nhập tiêu đề.').max(300, 'Tiêu đề dài quá 300 ký tự.'),
  sapo: z.string().trim().max(1500, 'Sapo dài quá 1.500 ký tự.').default(''),
  // Absent means an empty story (a new draft); null is a mistake that would wipe the text.
  body: z.unknown().refine((v) => v !== null, 'body không được là null: gửi nội dung Tiptap JSON, hoặc bỏ trường này để giữ nội dung hiện tại.').optional(),
  schemaVersion: z.number().int().positive().optional(),
  byline: z.string().trim().max(200, 'Bút danh/đơn vị dài quá 200 ký tự.').default(''),
  seoTitle: z.string().trim().max(200).optional(),
  seoDescription: z.string().trim().max(500).optional(),
  coverMediaId: UUID.optional(),
  correction: z.string().trim().max(2000, 'Nội dung đính chính dài quá 2.000 ký tự; hãy viết gọn điều được sửa.').optional(),
  meeting: meetingSchema.nullable().default(null),
});

export type ContentInput = z.input<typeof contentInputSchema>;

export interface NormalizedContent {
  title: string;
  sapo: string;
  body: JSONContent;
  meta: RevisionMeta;
  meeting: Meeting | null;
  mediaIds: string[];
  /** Documents the body's cards embed (lib/content/document-card.ts); checked to exist at save. */
  documentIds: string[];
  /** Library videos the body's video blocks show (lib/content/video.ts); checked to be videos at save. */
  videoIds: string[];
}

/** Validates content from any door (UI, API, import) and computes its hash. Throws DataError('invalid'). */
export function normalizeContent(input: unknown): NormalizedContent {
  // Composed (NFC) before anything reads it: the stored revision, its hash and its search keys see one form.
  const parsed = contentInputSchema.safeParse(composedText(input));
  if (!parsed.success) {
    throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '), { issues: parsed.error.issues });
  }
  const c = parsed.data;
  const body = validateBody(c.body ?? { type: 'doc', content: [{ type: 'paragraph' }] }, { schemaVersion: c.schemaVersion });
  if (!body.ok) throw new DataError('invalid', body.problems.map((p) => p.message).join(' '), { problems: body.problems });
  const meta: RevisionMeta = {
    byline: c.byline,
    ...(c.seoTitle ? { seoTitle: c.seoTitle } : {}),
    ...(c.seoDescription ? { seoDescription: c.seoDescription } : {}),
    ...(c.coverMediaId ? { coverMediaId: c.coverMediaId } : {}),
    ...(c.correction ? { correction: c.correction } : {}),
  };
  const meeting: Meeting | null = c.meeting ? { ...c.meeting, startsAt: new Date(c.meeting.startsAt).toISOString() } : null;
  const mediaIds = [...new Set([...body.mediaIds, ...(c.coverMediaId ? [c.coverMediaId] : [])])];
  // Empty table rows are dropped at every door (UI, API, import), after validation (the structure is
  // known good and stays so), so an empty row is never signed off or published.
  return { title: c.title, sapo: c.sapo, body: withoutEmptyTableRows(body.json).doc, meta, meeting, mediaIds, documentIds: body.documentIds, videoIds: body.videoIds };
}

/** Writes normalized content and its placement as a new immutable revision; returns its id. */
export async function insertRevision(
  tx: Tx,
  content: NormalizedContent,
  placement: Placement,
  at: { articleId: string; number: number; origin: string; authorId: string | null; basedOnRevisionId?: string; changedFields: string[]; articleVersion: number },
): Promise<string> {
  const [row] = await tx.insert(revisions).values(revisionRow(content, placement, at)).returning({ id: revisions.id });
  return row!.id;
}
