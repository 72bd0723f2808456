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

  it('recognises MP4, QuickTime MOV and WebM videos by their container, and names MKV and M4A audio', () => {
    const ftyp = (major: string, ...compatible: string[]) => {
      const body = Buffer.from(`ftyp${major}\0\0\0\0${compatible.join('')}`, 'latin1');
      const size = Buffer.alloc(4);
      size.writeUInt32BE(body.length + 4);
      return Buffer.concat([size, body, Buffer.from('\0\0\0\x08free')]);
    };
    expect(sniffMedia(ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'))).toEqual({ ok: true, type: { format: 'mp4', kind: 'video', mimeType: 'video/mp4' } });
    expect(formatOf(ftyp('mp42', 'mp42', 'mp41'))).toBe('mp4');
    expect(formatOf(ftyp('3gp5', '3gp5', 'isom'))).toBe('mp4');
    expect(sniffMedia(ftyp('qt  ', 'qt  '))).toEqual({ ok: true, type: { format: 'mov', kind: 'video', mimeType: 'video/quicktime' } });
    // Old QuickTime files open with an atom, no ftyp.
    expect(formatOf(Buffer.from('\0\0\0\x10wide\0\0\0\0\0\0\0\0', 'latin1'))).toBe('mov');
    expect(formatOf(ftyp('M4A ', 'M4A ', 'mp42', 'isom'))).toBe('refused:audio');
    // AVIF and HEIC are ISO-BMFF too, and stay what they are.
    expect(formatOf(ftyp('avif', 'avif', 'mif1', 'miaf'))).toBe('avif');
    expect(formatOf(ftyp('heic', 'mif1', 'heic'))).toBe('refused:heic');

    const ebml = (docType: string) => Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x80 + docType.length]), Buffer.from(docType), Buffer.alloc(16)]);
    expect(sniffMedia(ebml('webm'))).toEqual({ ok: true, type: { format: 'webm', kind: 'video', mimeType: 'video/webm' } });
    expect(formatOf(ebml('matroska'))).toBe('refused:matroska');
    expect(refusalMessage('matroska')).toMatch(/MKV.*MP4/);
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
