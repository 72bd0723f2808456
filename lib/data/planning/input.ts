// What the planning doors accept. Strict objects: a field the server owns (who created, the story)
// is refused, not ignored. Times are Vietnam's (datetime-local) or full ISO 8601 instants.
import { z } from 'zod';
import { parseVietnamInput } from '@/lib/time/local-input';
import { DataError } from '../errors';

export const EVENT_KINDS = ['meeting', 'conference', 'visit', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = { meeting: 'Cuộc họp', conference: 'Hội nghị', visit: 'Chuyến thăm, làm việc', other: 'Khác' };
export const PERSON_ROLES = ['chair', 'presenter', 'attending'] as const;
export const PERSON_ROLE_LABELS: Record<(typeof PERSON_ROLES)[number], string> = { chair: 'Chủ trì', presenter: 'Báo cáo', attending: 'Dự họp' };

/** Bounds: one event lasts at most this long; at most this many people; planning reaches this far. */
export const MAX_EVENT_DAYS = 14;
export const MAX_EVENT_PEOPLE = 40;
export const MAX_ASSIGNMENTS_PER_EVENT = 20;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const text = (max: number, label: string) => z.string(`${label} phải là văn bản.`).trim().max(max, `${label} dài quá ${max.toLocaleString('vi-VN')} ký tự: hãy rút gọn.`);
const when = (label: string) =>
  z.string(`${label} phải là văn bản.`).max(40, `${label} không hợp lệ.`).transform((value, ctx) => {
    const date = parseVietnamInput(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ: hãy chọn ngày và giờ (ví dụ 10/12/2026 09:00).` });
      return z.NEVER;
    }
    if (date.getTime() < EARLIEST || date.getTime() >= LATEST) {
      ctx.addIssue({ code: 'custom', message: `${label} phải trong khoảng năm 2000 đến 2099.` });
      return z.NEVER;
    }
    return date;
  });
const optionalId = (label: string) =>
  z
    .union([z.literal(''), z.uuid(`${label} không hợp lệ: hãy chọn lại trong danh sách.`)], { message: `${label} không hợp lệ: hãy chọn lại trong danh sách.` })
    .nullable()
    .optional()
    .transform((v) => v || null);

export const eventInputSchema = z
  .strictObject({
    kind: z.enum(EVENT_KINDS, { message: 'Hãy chọn loại sự kiện: cuộc họp, hội nghị, chuyến thăm hoặc khác.' }),
    title: text(300, 'Tên sự kiện').min(1, 'Hãy nhập tên sự kiện.'),
    startsAt: when('Thời gian bắt đầu'),
    endsAt: when('Thời gian kết thúc'),
    location: text(300, 'Địa điểm').default(''),
    unitId: optionalId('Đơn vị'),
    notes: text(5000, 'Ghi chú').default(''),
    people: z
      .array(z.strictObject({ personId: z.uuid('Nhân vật không hợp lệ: hãy chọn lại trong danh mục.'), role: z.enum(PERSON_ROLES, { message: 'Vai trò của nhân vật phải là chủ trì, báo cáo hoặc dự họp.' }) }))
      .max(MAX_EVENT_PEOPLE, `Tối đa ${MAX_EVENT_PEOPLE} nhân vật cho một sự kiện.`)
      .default([]),
  })
  .superRefine((e, ctx) => {
    if (e.endsAt.getTime() < e.startsAt.getTime()) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Thời gian kết thúc phải sau thời gian bắt đầu.' });
    else if (e.endsAt.getTime() - e.startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `Một sự kiện kéo dài tối đa ${MAX_EVENT_DAYS} ngày: hãy kiểm tra thời gian kết thúc.` });
    if (new Set(e.people.map((p) => p.personId)).size !== e.people.length) ctx.addIssue({ code: 'custom', path: ['people'], message: 'Một nhân vật được chọn hai lần: hãy bỏ bớt.' });
  });
export type EventInput = z.input<typeof eventInputSchema>;
export type ParsedEvent = z.output<typeof eventInputSchema>;

export const assignmentInputSchema = z.strictObject({
  assigneeId: z.uuid('Hãy chọn người được giao trong danh sách.'),
  dueAt: when('Hạn nộp'),
  notes: text(2000, 'Ghi chú').default(''),
});
export type AssignmentInput = z.input<typeof assignmentInputSchema>;

/** The version the editor saw: an edit or cancel made on an older one is refused, not merged. */
const seenVersion = z.int('Thiếu phiên bản của việc giao: hãy tải lại trang.').min(1, 'Phiên bản của việc giao không hợp lệ: hãy tải lại trang.').max(1_000_000, 'Phiên bản của việc giao không hợp lệ: hãy tải lại trang.');
export const assignmentUpdateSchema = assignmentInputSchema.extend({ version: seenVersion });
export type AssignmentUpdate = z.input<typeof assignmentUpdateSchema>;
export const assignmentCancelSchema = z.strictObject({ version: seenVersion });

/** A calendar view: the week or the month around a day (YYYY-MM-DD, Vietnam). */
export const calendarQuerySchema = z.object({
  view: z.enum(['tuan', 'thang']).catch('tuan'),
  day: z.iso.date().catch(''),
});

/** Parses with the schema; a refusal names every problem, in Vietnamese. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new DataError('invalid', [...new Set(result.error.issues.map((i) => i.message))].join(' '));
  return result.data;
}

/** The event version the editor saw: an edit made on an older one is refused, not merged. */
export const eventVersionSchema = z.int('Thiếu phiên bản của sự kiện: hãy tải lại trang.').min(1, 'Phiên bản của sự kiện không hợp lệ: hãy tải lại trang.').max(1_000_000, 'Phiên bản của sự kiện không hợp lệ: hãy tải lại trang.');
