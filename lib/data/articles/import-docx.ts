import 'server-only';
import { inspectDocxZip, type StoredImage } from '@/lib/content/from-docx';
import type { Viewer } from '@/lib/policy/roles';
import { canCreateArticle } from '@/lib/policy/workflow';
import { docxDraftOffThread, docxToHtmlOffThread } from '@/lib/workers/docx';
import { DataError } from '../errors';
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

  const draft = await docxDraftOffThread(converted.html, stored, file.filename);
  if (!draft.ok) throw new DataError('invalid', draft.message);
  return {
    ...(await createArticle(viewer, { title: draft.title, body: draft.body }, { origin: 'import' })),
    images: stored.filter(Boolean).length,
    skippedImages,
    warnings: converted.warnings,
  };
}
