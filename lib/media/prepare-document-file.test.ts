import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mediaLimits } from './limits';
import { prepareDocumentFile } from './prepare-document-file';
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

describe('files of a document', () => {
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
