// Files attached to an official document (văn bản): PDF or DOCX only. A PDF goes through the same
// checks as the media library's (signature, size, complete, no active content: prepareUpload); a
// DOCX is a ZIP whose directory must name the parts of a Word document and no macros. Of the ZIP
// only [Content_Types].xml is inflated (at most 1 MB), so a "zip bomb" costs nothing; the number
// of entries its end record claims is checked before the directory is walked.
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
const PDF_INSIDE_DOCX = 'Tệp vừa là tệp ZIP vừa chứa phần đầu của một tệp PDF, nên không được đăng. Nếu là văn bản Word, hãy mở bằng Word và lưu lại dạng .docx; nếu là PDF, hãy tải lên đúng tệp PDF.';
const MACRO_DOCX = 'Tệp Word có chứa macro, điều khiển ActiveX hoặc đối tượng nhúng (mã lệnh), nên không được đăng. Hãy lưu lại dạng .docx thường (không phải .docm, bỏ đối tượng nhúng) hoặc xuất ra PDF rồi tải lên.';

class TooManyEntries extends Error {}

const TOO_MANY_ENTRIES = 'Tệp DOCX có quá nhiều thành phần (hoặc phần mục lục của tệp ZIP bị hỏng), không phải một văn bản Word bình thường. Hãy mở tệp bằng Word, lưu lại dạng .docx hoặc xuất ra PDF rồi tải lên.';

/** More entries than any Word document has; the directory walk stops there. */
export const MAX_DOCX_ENTRIES = 10_000;
/** A central directory entry takes at least 46 bytes, so a file cannot hold more than length / 46. */
const MIN_DIRECTORY_ENTRY = 46;
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

const u16 = (b: Buffer, at: number) => (at >= 0 && at + 2 <= b.length ? b.readUInt16LE(at) : 0);
const u32 = (b: Buffer, at: number) => (at >= 0 && at + 4 <= b.length ? b.readUInt32LE(at) : 0);

/**
 * The number of entries the ZIP's end record claims, read exactly as fflate's unzipSync reads it
 * (the last end-of-central-directory record within 64 KB of the end, then its ZIP64 record if a
 * locator precedes it). null when there is no end record. fflate walks that many entries even
 * when the file is tiny: a 102-byte ZIP64 record claiming 2^32 - 1 entries would spin for minutes.
 */
export function claimedZipEntries(bytes: Buffer): number | null {
  let e = bytes.length - 22;
  while (e >= 0 && u32(bytes, e) !== 0x06054b50) {
    if (e === 0 || bytes.length - e > 65558) return null;
    e -= 1;
  }
  if (e < 0) return null;
  let count = Math.max(u16(bytes, e + 8), u16(bytes, e + 10));
  if (u32(bytes, e - 20) === 0x07064b50) {
    const ze = u32(bytes, e - 12);
    if (u32(bytes, ze) === 0x06064b50) {
      // Entries on this disk and in all (8 bytes each): fflate uses the low half of the latter.
      const high = Math.max(u32(bytes, ze + 28), u32(bytes, ze + 36));
      count = high > 0 ? Number.MAX_SAFE_INTEGER : Math.max(u32(bytes, ze + 24), u32(bytes, ze + 32));
    }
  }
  return count;
}

/** Content types of parts that run code: macros (VBA), ActiveX controls, embedded OLE objects. */
const ACTIVE_CONTENT_TYPE = /macroEnabled|vbaProject|vbaData|activeX|oleObject/i;

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
  // A ZIP that also starts a PDF (a polyglot) would open as a PDF wherever it is saved as .pdf.
  if (bytes.subarray(0, 1024).includes('%PDF')) throw new MediaRejection('unsafe_document', PDF_INSIDE_DOCX);
  const claimed = claimedZipEntries(bytes);
  if (claimed === null) throw new MediaRejection('corrupt', BAD_DOCX);
  if (claimed > Math.min(MAX_DOCX_ENTRIES, Math.floor(bytes.length / MIN_DIRECTORY_ENTRY))) throw new MediaRejection('corrupt', TOO_MANY_ENTRIES);
  const names: string[] = [];
  let contentTypes: Uint8Array | undefined;
  try {
    const inflated = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        if (names.length > MAX_DOCX_ENTRIES) throw new TooManyEntries();
        return file.name === '[Content_Types].xml' && file.size <= MAX_CONTENT_TYPES_BYTES && file.originalSize <= MAX_CONTENT_TYPES_BYTES;
      },
    });
    contentTypes = inflated['[Content_Types].xml'];
  } catch (error) {
    if (error instanceof TooManyEntries) throw new MediaRejection('corrupt', TOO_MANY_ENTRIES);
    throw new MediaRejection('corrupt', BAD_DOCX);
  }
  if (!names.includes('[Content_Types].xml') || !names.includes('word/document.xml')) throw new MediaRejection('unsupported_type', NOT_PDF_OR_DOCX);
  if (!contentTypes) throw new MediaRejection('corrupt', BAD_DOCX);
  if (names.some((n) => /vbaProject\.bin$|vbaData\.xml$|activeX\/|embeddings\/oleObject/i.test(n))) throw new MediaRejection('unsafe_document', MACRO_DOCX);
  if (ACTIVE_CONTENT_TYPE.test(Buffer.from(contentTypes).toString('utf8'))) throw new MediaRejection('unsafe_document', MACRO_DOCX);
  return { format: 'docx', mimeType: DOCX_MIME, byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}
