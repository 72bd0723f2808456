// PURE. Citizens' questions (Hỏi đáp – Góp ý): topics, the workflow as data, the tracking code, the
// public form's schema and how a sender's name is shortened for readers. No Next, no database.
import { z } from 'zod';
import { foldVietnamese } from '../search/fold';

/** A small fixed list: changing it is a code change reviewed like any other (no admin screen needed). */
export const QA_TOPICS = [
  { key: 'chinh-sach', label: 'Chính sách, pháp luật' },
  { key: 'thu-tuc', label: 'Thủ tục hành chính' },
  { key: 'kinh-te', label: 'Kinh tế, đầu tư' },
  { key: 'xa-hoi', label: 'Văn hóa, xã hội' },
  { key: 'gop-y', label: 'Góp ý cho cổng thông tin' },
  { key: 'khac', label: 'Vấn đề khác' },
] as const;
export type QaTopic = (typeof QA_TOPICS)[number]['key'];
const TOPIC_KEYS = QA_TOPICS.map((t) => t.key) as [QaTopic, ...QaTopic[]];
export const topicLabel = (key: string): string => QA_TOPICS.find((t) => t.key === key)?.label ?? 'Vấn đề khác';
export const isTopic = (value: unknown): value is QaTopic => typeof value === 'string' && (TOPIC_KEYS as readonly string[]).includes(value);

// ---------------------------------------------------------------- limits and retention
/** Accepted messages per address (salted hash of the IP or its IPv6 /64) and per email in 24 hours. */
export const QA_LIMIT_PER_DAY = 5;
/**
 * Status look-ups (code and email) per address in QA_LOOKUP_WINDOW_MINUTES: a sender needs one or
 * two, while guessing one of 31^8 codes needs billions, so tracking codes cannot be brute-forced.
 */
export const QA_LOOKUP_LIMIT = 10;
export const QA_LOOKUP_WINDOW_MINUTES = 60;
/** Personal data is kept this many months after the answer is published (or the question is rejected). */
export const QA_RETENTION_MONTHS = 24;
/**
 * The proof-of-work challenge of the form (lib/data/questions/challenge.ts), offered when scripts
 * run: where the widget fetches a challenge, and the form field its solved payload arrives in.
 */
export const QA_CHALLENGE_URL = '/api/v1/public/question-challenge';
export const QA_CHALLENGE_FIELD = 'altcha';
export const QA_MAX_QUESTION = 4000;
export const QA_MIN_QUESTION = 20;
export const QA_MAX_ANSWER = 10000;

// ---------------------------------------------------------------- workflow
export const QA_STATUSES = ['received', 'moderated', 'assigned', 'drafted', 'awaiting_approval', 'approved', 'published', 'rejected'] as const;
export type QaStatus = (typeof QA_STATUSES)[number];
export const QA_STATUS_LABELS: Record<QaStatus, string> = {
  received: 'Mới nhận, chờ kiểm duyệt',
  moderated: 'Đã kiểm duyệt, chờ phân công',
  assigned: 'Đã phân công',
  drafted: 'Đã soạn trả lời',
  awaiting_approval: 'Chờ lãnh đạo duyệt',
  approved: 'Lãnh đạo đã duyệt, chờ đăng',
  published: 'Đã đăng trả lời',
  rejected: 'Không tiếp nhận',
};
/** What the sender sees when looking up a question by its code (no internal detail). */
export const QA_PUBLIC_STATUS: Record<QaStatus, string> = {
  received: 'Đã nhận, đang kiểm tra',
  moderated: 'Đã tiếp nhận, đang chuyển đơn vị trả lời',
  assigned: 'Đơn vị chuyên môn đang soạn trả lời',
  drafted: 'Đơn vị chuyên môn đang soạn trả lời',
  awaiting_approval: 'Câu trả lời đang chờ lãnh đạo duyệt',
  approved: 'Câu trả lời đã được duyệt, sắp đăng',
  published: 'Đã trả lời',
  rejected: 'Không tiếp nhận (không đúng quy định hoặc trùng lặp)',
};

export type QaEvent = 'moderate' | 'reject' | 'assign' | 'save_answer' | 'submit' | 'approve' | 'publish';

/** Where each event may start from. Saving an answer after approval is allowed and voids the approval. */
const FROM: Record<QaEvent, readonly QaStatus[]> = {
  moderate: ['received'],
  reject: ['received', 'moderated', 'assigned'],
  assign: ['moderated', 'assigned', 'drafted'],
  save_answer: ['assigned', 'drafted', 'awaiting_approval', 'approved'],
  submit: ['drafted'],
  approve: ['awaiting_approval'],
  publish: ['approved'],
};
const TO: Record<QaEvent, QaStatus> = {
  moderate: 'moderated',
  reject: 'rejected',
  assign: 'assigned',
  save_answer: 'drafted',
  submit: 'awaiting_approval',
  approve: 'approved',
  publish: 'published',
};

const REFUSALS: Record<QaEvent, string> = {
  moderate: 'Chỉ kiểm duyệt được câu hỏi mới nhận.',
  reject: 'Câu hỏi đã có trả lời đang soạn hoặc đã đăng nên không từ chối được.',
  assign: 'Chỉ phân công được câu hỏi đã kiểm duyệt và chưa gửi duyệt trả lời.',
  save_answer: 'Câu hỏi chưa được phân công hoặc đã đăng nên không sửa được trả lời.',
  submit: 'Chỉ gửi duyệt được khi đã soạn trả lời và chưa gửi.',
  approve: 'Chỉ duyệt được câu trả lời đang chờ lãnh đạo duyệt.',
  publish: 'Chỉ đăng được câu trả lời đã được lãnh đạo duyệt (sửa sau khi duyệt thì phải duyệt lại).',
};

export type QaTransition = { ok: true; to: QaStatus; voidsApproval: boolean } | { ok: false; message: string };

export function qaTransition(from: QaStatus, event: QaEvent): QaTransition {
  if (!FROM[event].includes(from)) return { ok: false, message: REFUSALS[event] };
  return { ok: true, to: TO[event], voidsApproval: event === 'save_answer' || event === 'assign' };
}
export const qaEventFrom = (event: QaEvent): readonly QaStatus[] => FROM[event];

// ---------------------------------------------------------------- tracking code
/** No 0/O, 1/I/L: the code is read aloud and typed from an email. 31^8 ≈ 8.5e11 codes per year. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE = /^HD-\d{4}-[2-9A-HJKMNP-Z]{8}$/;

export function newTrackingCode(year: number, random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  let out = '';
  // Rejection sampling keeps every letter equally likely (256 is not a multiple of 31).
  while (out.length < 8) {
    for (const byte of random(16)) {
      if (byte < 248 && out.length < 8) out += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return `HD-${year}-${out}`;
}
export const normaliseTrackingCode = (raw: string): string => raw.trim().toUpperCase().replace(/\s+/g, '');

// ---------------------------------------------------------------- names
/**
 * What readers see of the sender: the family name and initials ("Nguyễn Văn An" -> "Nguyễn V. A.");
 * a single word becomes its initial ("An" -> "A."). Never the whole name of a private person.
 */
export function shortenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return 'Bạn đọc';
  const initial = (w: string) => `${[...w][0]!.toLocaleUpperCase('vi')}.`;
  if (words.length === 1) return initial(words[0]!);
  return [words[0]!, ...words.slice(1).map(initial)].join(' ');
}

/** Folded text searched by readers (question and answer), diacritics ignored. */
export const qaSearchText = (...parts: string[]): string => foldVietnamese(parts.join(' ')).replace(/\s+/g, ' ').trim().slice(0, 20000);

// ---------------------------------------------------------------- the public form
const trimmed = (label: string, max: number) => z.string(`${label} phải là văn bản.`).trim().max(max, `${label} dài quá ${max} ký tự.`);

export const questionFormSchema = z.object({
  name: trimmed('Họ và tên', 120).min(2, 'Hãy nhập họ và tên (ít nhất 2 ký tự).'),
  email: trimmed('Email', 254)
    .min(1, 'Hãy nhập địa chỉ email để nhận mã theo dõi và câu trả lời.')
    .pipe(z.email('Địa chỉ email chưa đúng, ví dụ: ten@gmail.com.'))
    .transform((v) => v.toLowerCase()),
  phone: trimmed('Số điện thoại', 20)
    .refine((v) => v === '' || /^\+?[0-9 .-]{8,19}$/.test(v), 'Số điện thoại chỉ gồm chữ số (8–15 số), có thể bắt đầu bằng +84; hoặc để trống.')
    .transform((v) => (v === '' ? null : v.replace(/[ .-]/g, ''))),
  topic: z.string('Hãy chọn chủ đề.').refine(isTopic, 'Hãy chọn một chủ đề trong danh sách.'),
  question: trimmed('Nội dung câu hỏi', QA_MAX_QUESTION).min(QA_MIN_QUESTION, `Nội dung câu hỏi quá ngắn: hãy viết ít nhất ${QA_MIN_QUESTION} ký tự.`),
  consent: z.literal('co', 'Hãy đánh dấu đồng ý với việc xử lý dữ liệu cá nhân để gửi câu hỏi.'),
});
export type QuestionForm = z.infer<typeof questionFormSchema>;
export const QUESTION_FORM_FIELDS = ['name', 'email', 'phone', 'topic', 'question', 'consent'] as const;
export type QuestionFormField = (typeof QUESTION_FORM_FIELDS)[number];

/** Field -> first Vietnamese error, for showing next to each input. */
export function fieldErrors(error: z.ZodError): Partial<Record<QuestionFormField, string>> {
  const out: Partial<Record<QuestionFormField, string>> = {};
  for (const issue of error.issues) {
    const key = issue.path[0] as QuestionFormField;
    if (key && !out[key]) out[key] = issue.message;
  }
  return out;
}

/** Reader dates: "5/12/2026" in Vietnam's time. */
export const vnDate = (d: Date): string => d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric' });

/** Reader addresses of the questions pages (Vietnamese only). */
export const qaPath = (rest = ''): string => `/hoi-dap${rest}`;
