import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readEmbeddedText, repairUtf8 } from './metadata';
import { photoJpeg, withIptc, withXmp } from './testing/fixtures';

describe('readEmbeddedText', () => {
  it('reads caption and credit from IPTC written in UTF-8, with Vietnamese intact', async () => {
    const jpeg = withIptc(await photoJpeg(64, 48), { caption: 'Đồng chí Trần Tuấn Anh phát biểu tại Hội nghị', credit: 'Ảnh: TTXVN', byline: 'Lê Văn Cường' });
    expect(await readEmbeddedText(jpeg)).toEqual({ caption: 'Đồng chí Trần Tuấn Anh phát biểu tại Hội nghị', credit: 'Ảnh: TTXVN', alt: '' });
  });

  it('falls back to the by-line when there is no credit line', async () => {
    const jpeg = withIptc(await photoJpeg(64, 48), { caption: 'Quang cảnh', byline: 'Nguyễn Thị Hoa' });
    expect((await readEmbeddedText(jpeg)).credit).toBe('Nguyễn Thị Hoa');
  });

  it('reads XMP description, credit and the IPTC accessibility alt text', async () => {
    const jpeg = await withXmp({ description: 'Quang cảnh Hội nghị tổng kết năm 2019', credit: 'Vụ Kinh tế vùng', alt: 'Đại biểu ngồi kín hội trường' });
    expect(await readEmbeddedText(jpeg)).toEqual({ caption: 'Quang cảnh Hội nghị tổng kết năm 2019', credit: 'Vụ Kinh tế vùng', alt: 'Đại biểu ngồi kín hội trường' });
  });

  it('uses the EXIF description and artist, but not what cameras write by default', async () => {
    const exif = (description: string) =>
      sharp({ create: { width: 32, height: 32, channels: 3, background: '#345' } }).jpeg().withExif({ IFD0: { ImageDescription: description, Artist: 'Hoang Minh' } }).toBuffer();
    expect(await readEmbeddedText(await exif('Toan canh phien hop'))).toEqual({ caption: 'Toan canh phien hop', credit: 'Hoang Minh', alt: '' });
    expect((await readEmbeddedText(await exif('OLYMPUS DIGITAL CAMERA'))).caption).toBe('');
  });

  it('gives empty fields for a photo without metadata and never throws on garbage', async () => {
    expect(await readEmbeddedText(await photoJpeg(16, 16))).toEqual({ caption: '', credit: '', alt: '' });
    expect(await readEmbeddedText(Buffer.from([0xff, 0xd8, 0xff, 0xed, 0xff, 0xff, 1, 2, 3]))).toEqual({ caption: '', credit: '', alt: '' });
  });
});

describe('repairUtf8', () => {
  it('turns UTF-8 read as Latin-1 back into Vietnamese, and leaves real Latin-1 and proper text alone', () => {
    expect(repairUtf8(Buffer.from('Hội nghị', 'utf8').toString('latin1'))).toBe('Hội nghị');
    expect(repairUtf8('Café')).toBe('Café');
    expect(repairUtf8('Hội nghị')).toBe('Hội nghị');
  });
});
