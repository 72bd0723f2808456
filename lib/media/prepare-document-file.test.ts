import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mediaLimits } from './limits';
import { claimedZipEntries, prepareDocumentFile } from './prepare-document-file';
import { MediaRejection } from './prepare-upload';
import { minimalPdf, pdfWithJavaScript, photoPng } from './testing/fixtures';

const limits = mediaLimits({});
const docx = (extra: Record<string, Uint8Array> = {}) =>
  Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>'), ...extra }));

async function refusal(bytes: Buffer, l = limits): Promise<MediaRejection> {
  const error = await prepareDocumentFile(bytes, l).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(MediaRejection);
  return error as MediaRejection;
}

// The first file starts the worker pool that parses PDFs (worker threads through tsx): about 2 s on
// a quiet machine, more beside a build, so the default 5 s is not a bound here.
describe('files of a document', { timeout: 30_000 }, () => {
  it('accepts a clean PDF and a Word document', async () => {
    expect((await prepareDocumentFile(minimalPdf(), limits)).format).toBe('pdf');
    expect((await prepareDocumentFile(docx(), limits)).mimeType).toContain('wordprocessingml');
  });
  it('refuses images, other ZIP files, macros, active PDF content and files over the limit', async () => {
    expect((await refusal(await photoPng())).code).toBe('unsupported_type');
    expect((await refusal(Buffer.from(zipSync({ 'a.txt': strToU8('x') })))).code).toBe('unsupported_type');
    expect((await refusal(docx({ 'word/vbaProject.bin': strToU8('x') }))).code).toBe('unsafe_document');
    expect((await refusal(pdfWithJavaScript())).code).toBe('unsafe_document');
    const big = await refusal(minimalPdf('% '.repeat(4000)), mediaLimits({ MEDIA_MAX_DOCUMENT_MB: '0.005' }));
    expect(big.code).toBe('too_large');
    expect(big.userMessage).toContain('Tệp quá lớn');
  });
});

/** 102 bytes: a local header signature, then a ZIP64 end record claiming 2^32 - 1 entries. */
function zip64Bomb(): Buffer {
  const b = Buffer.alloc(102);
  b.writeUInt32LE(0x04034b50, 0);
  // ZIP64 end of central directory record at 4.
  b.writeUInt32LE(0x06064b50, 4);
  b.writeBigUInt64LE(44n, 8);
  b.writeBigUInt64LE(0xffffffffn, 28); // entries on this disk
  b.writeBigUInt64LE(0xffffffffn, 36); // entries in all
  b.writeBigUInt64LE(0n, 44); // directory size
  b.writeBigUInt64LE(0n, 52); // directory offset
  // ZIP64 locator at 60, pointing at the record.
  b.writeUInt32LE(0x07064b50, 60);
  b.writeBigUInt64LE(4n, 68);
  b.writeUInt32LE(1, 76);
  // End of central directory at 80: counts and offset say "see ZIP64".
  b.writeUInt32LE(0x06054b50, 80);
  b.writeUInt16LE(0xffff, 88);
  b.writeUInt16LE(0xffff, 90);
  b.writeUInt32LE(0xffffffff, 92);
  b.writeUInt32LE(0xffffffff, 96);
  return b;
}

describe('a ZIP whose end record lies about its size', () => {
  it('reads the entry count a ZIP claims, as the unzipper would', () => {
    expect(claimedZipEntries(docx())).toBe(2);
    expect(claimedZipEntries(zip64Bomb())).toBe(0xffffffff);
    expect(claimedZipEntries(Buffer.from('PK\u0003\u0004 no end record'))).toBeNull();
  });

  it('refuses a 102-byte ZIP64 record claiming 2^32 - 1 entries at once, not after minutes of walking', async () => {
    const started = Date.now();
    const error = await refusal(zip64Bomb());
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('corrupt');
    expect(error.userMessage).toContain('quá nhiều thành phần');
  });

  it('refuses a plain end record claiming more entries than the file can hold', async () => {
    const bytes = docx();
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(5000, end + 8);
    bytes.writeUInt16LE(5000, end + 10);
    expect((await refusal(bytes)).userMessage).toContain('quá nhiều thành phần');
  });
});

describe('a DOCX that is something else too', () => {
  it('refuses a ZIP carrying a PDF header in its first kilobyte (a polyglot that opens as PDF when named .pdf)', async () => {
    const polyglot = Buffer.from(zipSync({ 'a.pdf': [strToU8('%PDF-1.7\n1 0 obj << /OpenAction >> endobj'), { level: 0 }], '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }));
    expect(polyglot.subarray(0, 1024).includes('%PDF')).toBe(true);
    const error = await refusal(polyglot);
    expect(error.code).toBe('unsafe_document');
    expect(error.userMessage).toContain('PDF');
  });

  it('refuses a DOCX whose content types declare macros, ActiveX or OLE objects, even with innocent part names', async () => {
    const typed = (type: string) =>
      Buffer.from(
        zipSync({
          '[Content_Types].xml': strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${type}"/></Types>`),
          'word/document.xml': strToU8('<w:document/>'),
        }),
      );
    for (const type of [
      'application/vnd.ms-word.document.macroEnabled.main+xml',
      'application/vnd.ms-office.vbaProject',
      'application/vnd.ms-office.activeX+xml',
      'application/vnd.openxmlformats-officedocument.oleObject',
    ]) {
      const error = await refusal(typed(type));
      expect(error.code, type).toBe('unsafe_document');
      expect(error.userMessage).toContain('lưu lại dạng .docx');
    }
    expect((await prepareDocumentFile(typed('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'), limits)).format).toBe('docx');
  });

  it('refuses a DOCX whose [Content_Types].xml is over 1 MB (it is the one part inflated)', async () => {
    const huge = Buffer.from(zipSync({ '[Content_Types].xml': strToU8(`<Types>${' '.repeat(1024 * 1024 + 1)}</Types>`), 'word/document.xml': strToU8('<w:document/>') }));
    expect((await refusal(huge)).code).toBe('corrupt');
  });
});
