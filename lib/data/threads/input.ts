// What a comment thread request may carry; parsed again in the data layer whatever the door (the
// API's OpenAPI document uses the same schemas).
import { z } from 'zod';
import { THREAD_QUOTE_MAX, THREAD_REPLY_MAX } from '@/db/schema';
import { unstorableStringMessage } from '@/lib/content/storable-text';
import { DataError } from '../errors';

export const MAX_THREADS_PER_ARTICLE = 200;
export const MAX_REPLIES_PER_THREAD = 500;
/** Mentions acted on per reply; more are ignored (a reply is not a mailing list). */
export const MAX_MENTIONS_PER_REPLY = 20;

const storable = (text: string, ctx: z.RefinementCtx) => {
  const message = unstorableStringMessage(text);
  if (message) ctx.addIssue({ code: 'custom', message });
};

export const threadReplyText = z
  .string({ error: 'Nội dung góp ý phải là một đoạn văn bản.' })
  .trim()
  .min(1, 'Hãy nhập nội dung góp ý.')
  .max(THREAD_REPLY_MAX, `Nội dung góp ý dài quá ${THREAD_REPLY_MAX.toLocaleString('vi-VN')} ký tự: hãy rút gọn hoặc chia thành nhiều trả lời.`)
  .superRefine(storable)
  .describe('Nội dung góp ý; nhắc một người bằng @[mã người dùng], ví dụ @[3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b].');

export const threadCreateSchema = z
  .strictObject(
    {
      // Exact text (not trimmed): it is searched for as is.
      quote: z
        .string({ error: 'Hãy gửi "quote": nguyên văn đoạn văn bản cần góp ý.' })
        .refine((q) => q.trim().length > 0, 'Hãy chọn (gửi) nguyên văn một đoạn văn bản trong bài để góp ý.')
        .refine((q) => q.length <= THREAD_QUOTE_MAX, `Đoạn trích để góp ý dài quá ${THREAD_QUOTE_MAX.toLocaleString('vi-VN')} ký tự: hãy chọn đoạn ngắn hơn.`)
        .superRefine(storable)
        .describe('Nguyên văn một đoạn trong bản đang soạn; lần xuất hiện đầu tiên được gắn góp ý.'),
      body: threadReplyText,
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Trường không được hỗ trợ: ${issue.keys.join(', ')}. Chỉ gửi "quote" và "body".` : 'Hãy gửi một đối tượng JSON có "quote" và "body".') },
  );

export const threadReplySchema = z
  .strictObject(
    { body: threadReplyText },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Trường không được hỗ trợ: ${issue.keys.join(', ')}. Chỉ gửi "body".` : 'Hãy gửi một đối tượng JSON có "body".') },
  );

export function parseThreadInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '), { issues: parsed.error.issues });
  return parsed.data;
}

const MENTION = /@\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\]/gi;

/** User ids mentioned as @[uuid] in a reply, lower case, each once, at most MAX_MENTIONS_PER_REPLY. */
export function mentionedUserIds(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    ids.add(match[1]!.toLowerCase());
    if (ids.size >= MAX_MENTIONS_PER_REPLY) break;
  }
  return [...ids];
}
