import { describe, expect, it } from 'vitest';
import { minimalPdf, photoIn, photoJpeg, photoPng, SVG_WITH_SCRIPT } from './testing/fixtures';
import { refusalMessage, sniffMedia } from './sniff';

const formatOf = (bytes: Uint8Array) => {
  const result = sniffMedia(bytes);
  return result.ok ? result.type.format : `refused:${result.refused}`;
};

describe('sniffMedia', () => {
  it('recognises each accepted format from its bytes', async () => {
    expect(formatOf(await photoJpeg(8, 8))).toBe('jpeg');
    expect(formatOf(await photoPng(8, 8))).toBe('png');
    expect(formatOf(await photoIn('webp', 8, 8))).toBe('webp');
    expect(formatOf(await photoIn('avif', 8, 8))).toBe('avif');
    expect(formatOf(await photoIn('gif', 8, 8))).toBe('gif');
    expect(formatOf(minimalPdf())).toBe('pdf');
  });

  it('gives the kind and MIME type we store, never the claimed one', async () => {
    const result = sniffMedia(await photoPng(8, 8));
    expect(result).toEqual({ ok: true, type: { format: 'png', kind: 'image', mimeType: 'image/png' } });
    expect(sniffMedia(minimalPdf())).toMatchObject({ ok: true, type: { kind: 'document', mimeType: 'application/pdf' } });
  });

  it('refuses SVG (with or without an XML prolog or BOM) and HTML', () => {
    expect(formatOf(SVG_WITH_SCRIPT)).toBe('refused:svg');
    expect(formatOf(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('refused:svg');
    expect(formatOf(Buffer.from('<!doctype html><html><script>alert(1)</script></html>'))).toBe('refused:html');
  });

  it('names HEIC, TIFF and BMP so the message can say what to do, and refuses anything else', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]);
    expect(formatOf(heic)).toBe('refused:heic');
    expect(formatOf(Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe('refused:tiff');
    expect(formatOf(Buffer.from('BM\0\0\0\0'))).toBe('refused:bmp');
    expect(formatOf(Buffer.from('MZ\x90\0 this is an executable'))).toBe('refused:unknown');
    expect(formatOf(Buffer.from('Chỉ là văn bản, đặt tên .jpg'))).toBe('refused:unknown');
    expect(formatOf(new Uint8Array())).toBe('refused:empty');
  });

  it('does not take a signature that is not at the start (a PDF after junk, a JPEG marker later)', async () => {
    expect(formatOf(Buffer.concat([Buffer.from('<html>'), minimalPdf()]))).toBe('refused:html');
    expect(formatOf(Buffer.concat([Buffer.from('xx'), await photoJpeg(8, 8)]))).toBe('refused:unknown');
  });

  it('explains refusals in Vietnamese, saying what to do', () => {
    expect(refusalMessage('svg')).toMatch(/Không nhận tệp SVG.*PNG hoặc JPEG/);
    expect(refusalMessage('heic')).toMatch(/HEIC.*JPEG/);
    expect(refusalMessage('unknown')).toMatch(/phần mở rộng của tên tệp không được tính/);
  });
});
