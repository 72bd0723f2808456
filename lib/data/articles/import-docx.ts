import 'server-only';
import type { CommentRange, DocxComment } from '@/lib/content/docx-review';
import { inspectDocxZip, type StoredImage } from '@/lib/content/from-docx';
import type { Viewer } from '@/lib/policy/roles';
import { canCreateArticle } from '@/lib/policy/workflow';
import { docxDraftOffThread, docxToHtmlOffThread } from '@/lib/workers/docx';
import { THREAD_REPLY_MAX } from '@/db/schema';
import { addComment } from '../comments/comments';
import { DataError } from '../errors';
import { openThreads } from '../threads/threads';
import { uploadMedia } from '../media/upload';
import { createArticle, type ArticleRef } from './create-article';

export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .doc, or a .docx encrypted with a password
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export interface DocxImportResult extends ArticleRef {
  images: number;
  /** Images that could not be stored (their text stays in the story). */
  skippedImages: string[];
  warnings: string[];
  /** Word's tracked changes, now suggestions in the importer's name. */
  suggestions: number;
  /** Who made them in Word, with how many each (names are shown to the importer only). */
  suggestionAuthors: Array<{ name: string; count: number }>;
  /** Word comments that became threads on their text. */
  threads: number;
  /** What did not come over as it was in Word, in Vietnamese (comments not anchored, limits). */
  reviewNotes: string[];
}

/**
 * A .docx file becomes a new draft: the first heading (or paragraph) is the title, the rest the
 * body through the shared schema; images go into the media library and the paragraph right after
 * an image becomes its caption. The zip is bounded before it is unpacked, and both conversion
 * steps run in the CPU pool with a time budget (lib/content/from-docx.ts, lib/workers/docx.ts).
 */
export async function importDocx(viewer: Viewer, file: { bytes: Buffer; filename: string }): Promise<DocxImportResult> {
  const decision = canCreateArticle(viewer);
  if (!decision.allowed) throw new DataError('forbidden', decision.message);
  if (file.bytes.length === 0) throw new DataError('invalid', 'Tệp trống. Hãy chọn một tệp .docx.');
  if (file.bytes.length > MAX_DOCX_BYTES) throw new DataError('invalid', `Tệp lớn quá ${MAX_DOCX_BYTES / 1024 / 1024} MB.`);
  if (startsWith(file.bytes, OLE)) {
    throw new DataError('invalid', 'Tệp được đặt mật khẩu hoặc là tệp .doc cũ. Hãy bỏ mật khẩu, hoặc mở bằng Word và lưu lại dưới dạng .docx, rồi nhập lại.');
  }
  if (!startsWith(file.bytes, ZIP)) throw new DataError('invalid', 'Đây không phải tệp .docx (Word). Hãy chọn tệp có đuôi .docx.');

  // The zip's central directory, before anything is unpacked (cheap): refuse zip bombs at once.
  const zipProblem = inspectDocxZip(file.bytes);
  if (zipProblem) throw new DataError('invalid', zipProblem);
  const converted = await docxToHtmlOffThread(file.bytes);
  if (!converted.ok) throw new DataError('invalid', converted.message);

  // Storing images needs the database, so it happens here; sharp encodes off this thread.
  const stored: StoredImage[] = [];
  const skippedImages: string[] = [];
  for (const [i, image] of converted.images.entries()) {
    try {
      const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
      const item = await uploadMedia(viewer, { bytes, filename: `${file.filename.replace(/\.docx$/i, '')}-anh-${i + 1}` });
      stored.push({ mediaId: item.id, alt: item.alt });
    } catch (error) {
      stored.push(null);
      skippedImages.push(`Ảnh ${i + 1}: ${error instanceof DataError ? error.userMessage : 'không lưu được'}`);
    }
  }

  const { review } = converted;
  const draft = await docxDraftOffThread(converted.html, stored, file.filename, { changes: review.changes, authorId: viewer.kind === 'user' ? viewer.id : '', now: new Date().toISOString() });
  if (!draft.ok) throw new DataError('invalid', draft.message);
  const ref = await createArticle(viewer, { title: draft.title, body: draft.body }, { origin: 'import' });
  const comments = await importComments(viewer, ref, review.comments, draft.commentRanges);
  const authors = new Map<string, number>();
  for (const change of review.changes) authors.set(change.author || 'không rõ tên', (authors.get(change.author || 'không rõ tên') ?? 0) + 1);
  return {
    ...ref,
    version: comments.version,
    images: stored.filter(Boolean).length,
    skippedImages,
    warnings: converted.warnings,
    suggestions: review.changes.length,
    suggestionAuthors: [...authors].map(([name, count]) => ({ name, count })),
    threads: comments.threads,
    reviewNotes: [...review.notes, ...comments.notes],
  };
}

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Word comments become threads on their text through the thread code, all in one call: one new
 * revision carries every anchor (the story's limits apply). A comment that cannot be anchored (no
 * range, a range only in the title, over a limit) is not lost: it becomes a general comment of the
 * story and the summary says so.
 */
async function importComments(viewer: Viewer, ref: ArticleRef, comments: DocxComment[], ranges: CommentRange[]): Promise<{ version: number; threads: number; notes: string[] }> {
  let version = ref.version;
  let threads = 0;
  const notes: string[] = [];
  const placed = new Set<number>();
  const items = ranges.flatMap((range) => {
    const comment = comments[range.index];
    if (!comment) return [];
    const signature = `\n\n(Nhận xét trong tệp Word${comment.author ? ` của ${comment.author}` : ''})`;
    const text = comment.text || '(nhận xét trống)';
    const body = `${text.slice(0, THREAD_REPLY_MAX - signature.length)}${signature}`;
    return [{ range, text, cutShort: text.length > THREAD_REPLY_MAX - signature.length, input: { quote: range.quote, body }, at: { from: range.from, to: range.to } }];
  });
  if (items.length > 0) {
    try {
      const opened = await openThreads(viewer, ref.id, items, version);
      version = opened.version;
      for (const [i, result] of opened.results.entries()) {
        if (!result.ok) continue;
        const { range, text, cutShort } = items[i]!;
        threads++;
        placed.add(range.index);
        if (range.cut) notes.push(`Nhận xét «${short(text)}» trải qua nhiều đoạn văn: góp ý được gắn vào phần trong đoạn đầu.`);
        if (cutShort) notes.push(`Nhận xét «${short(text)}» dài quá giới hạn của góp ý nên đã bị cắt bớt.`);
      }
    } catch (error) {
      // The batch as a whole was refused: every comment comes over as a general comment below.
      if (!(error instanceof DataError)) throw error;
    }
  }
  for (const [index, comment] of comments.entries()) {
    if (placed.has(index)) continue;
    const text = comment.text || '(nhận xét trống)';
    const note = `Nhận xét trong tệp Word${comment.author ? ` của ${comment.author}` : ''}, không gắn được vào đoạn văn nào: ${text}`;
    try {
      await addComment(viewer, ref.id, note.slice(0, 5000));
      notes.push(`Nhận xét «${short(text)}» không gắn được vào đoạn văn nào (ví dụ nằm ở tiêu đề hoặc không chọn chữ): đã chuyển vào mục «Lịch sử và góp ý».`);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      notes.push(`Nhận xét «${short(text)}» không nhập được: ${error.userMessage}`);
    }
  }
  return { version, threads, notes };
}
