// Files attached to an official document (văn bản): PDF or DOCX only. A PDF goes through the same
// checks as the media library's (signature, size, complete, no active content: prepareUpload); a
// DOCX is a ZIP whose directory must name the parts of a Word document and no macros. The ZIP is
// only listed, never inflated, so a "zip bomb" costs nothing.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { formatMegabytes, type MediaLimits } from './limits';
import { MediaRejection, prepareUpload } from './prepare-upload';
import { sniffMedia } from './sniff';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface PreparedDocumentFile {
  format: 'pdf' | 'docx';
  mimeType: string;
  byteSize: number;
  sha256: string;
  bytes: Buffer;
}

const NOT_PDF_OR_DOCX = 'Văn bản chỉ nhận tệp PDF hoặc Word (DOCX). Tệp này không phải PDF hay DOCX (phần mở rộng của tên tệp không được tính): hãy xuất văn bản ra PDF rồi tải lên.';
const BAD_DOCX = 'Tệp DOCX bị hỏng hoặc không phải văn bản Word. Hãy mở tệp bằng Word, lưu lại dạng .docx (hoặc xuất ra PDF) rồi tải lên.';
const MACRO_DOCX = 'Tệp Word có chứa macro (mã lệnh), nên không được đăng. Hãy lưu lại dạng .docx thường (không phải .docm) hoặc xuất ra PDF rồi tải lên.';

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function prepareDocumentFile(bytes: Buffer, limits: MediaLimits): Promise<PreparedDocumentFile> {
  if (bytes.length === 0) throw new MediaRejection('corrupt', 'Tệp rỗng (0 byte). Hãy chọn lại tệp.');
  if (bytes.length > limits.maxDocumentBytes) {
    throw new MediaRejection('too_large', `Tệp quá lớn: văn bản tối đa ${formatMegabytes(limits.maxDocumentBytes)}. Hãy nén tệp PDF (hoặc tách phụ lục) rồi tải lên lại.`);
  }
  const sniffed = sniffMedia(bytes);
  if (sniffed.ok && sniffed.type.format === 'pdf') {
    const prepared = await prepareUpload(bytes, limits);
    if (prepared.kind !== 'document') throw new MediaRejection('unsupported_type', NOT_PDF_OR_DOCX);
    return { format: 'pdf', mimeType: 'application/pdf', byteSize: prepared.byteSize, sha256: prepared.sha256, bytes };
  }
  if (!isZip(bytes)) throw new MediaRejection('unsupported_type', NOT_PDF_OR_DOCX);
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (names.length < 10_000) names.push(file.name);
        return false;
      },
    });
  } catch {
    throw new MediaRejection('corrupt', BAD_DOCX);
  }
  if (!names.includes('[Content_Types].xml') || !names.includes('word/document.xml')) throw new MediaRejection('unsupported_type', NOT_PDF_OR_DOCX);
  if (names.some((n) => /vbaProject\.bin$|activeX\//i.test(n))) throw new MediaRejection('unsafe_document', MACRO_DOCX);
  return { format: 'docx', mimeType: DOCX_MIME, byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}
