import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { mediaLimits } from './limits';
import { MediaRejection, prepareUpload, type PreparedImage } from './prepare-upload';
import { Slots } from './slots';
import {
  animatedGif,
  minimalPdf,
  oversizedJpeg,
  pdfWithJavaScript,
  photoIn,
  photoJpeg,
  photoPng,
  pixelFloodJpeg,
  pixelFloodPng,
  polyglotJpeg,
  rotatedJpeg,
  SCRIPT,
  SVG_WITH_SCRIPT,
  truncatedJpeg,
  withIptc,
} from './testing/fixtures';

const limits = mediaLimits({});
// Encoding AVIF is CPU work: on a busy machine a test can take seconds. A wide limit, never a timing check.
const HEAVY = { timeout: 120_000 };

async function refusal(bytes: Buffer, custom = limits): Promise<MediaRejection> {
  try {
    await prepareUpload(bytes, custom);
  } catch (error) {
    if (error instanceof MediaRejection) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

async function image(bytes: Buffer): Promise<PreparedImage> {
  const prepared = await prepareUpload(bytes, limits);
  if (prepared.kind !== 'image') throw new Error('not an image');
  return prepared;
}

describe('prepareUpload: images', HEAVY, () => {
  it('re-encodes a photo into AVIF, WebP and JPEG at 480, 960 and 1440 px, keeping the original size', async () => {
    const flat = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2a4d69' } }).jpeg().toBuffer();
    const prepared = await image(flat);
    expect(prepared).toMatchObject({ format: 'jpeg', mimeType: 'image/jpeg', width: 1600, height: 1000 });
    expect(prepared.variants.map((v) => `${v.format}@${v.width}x${v.height}`).sort()).toEqual(
      ['avif@1440x900', 'avif@480x300', 'avif@960x600', 'jpeg@1440x900', 'jpeg@480x300', 'jpeg@960x600', 'webp@1440x900', 'webp@480x300', 'webp@960x600'].sort(),
    );
    for (const v of prepared.variants) {
      const meta = await sharp(v.bytes).metadata();
      expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format);
      expect([meta.width, meta.height]).toEqual([v.width, v.height]);
    }
  });

  it('never enlarges a small photo: one width, three formats', async () => {
    const prepared = await image(await photoPng(300, 200));
    expect(new Set(prepared.variants.map((v) => v.width))).toEqual(new Set([300]));
    expect(prepared.variants).toHaveLength(3);
  });

  it('accepts WebP, AVIF and a static GIF', async () => {
    for (const format of ['webp', 'avif', 'gif'] as const) {
      expect((await image(await photoIn(format))).format).toBe(format);
    }
  });

  it('applies the EXIF orientation, so a portrait photo stays portrait', async () => {
    const prepared = await image(await rotatedJpeg());
    expect([prepared.width, prepared.height]).toEqual([200, 400]);
    expect(prepared.variants.every((v) => v.height > v.width)).toBe(true);
  });

  it('strips metadata from the variants but offers what it said as caption and credit', async () => {
    const prepared = await image(withIptc(await photoJpeg(500, 300), { caption: 'Quang cảnh hội nghị', credit: 'TTXVN' }));
    expect(prepared.embedded).toMatchObject({ caption: 'Quang cảnh hội nghị', credit: 'TTXVN' });
    for (const v of prepared.variants) {
      const meta = await sharp(v.bytes).metadata();
      expect([meta.exif, meta.iptc, meta.xmp]).toEqual([undefined, undefined, undefined]);
      expect(v.bytes.includes(Buffer.from('TTXVN'))).toBe(false);
    }
  });

  it('neutralises a JPEG/HTML polyglot: the variants hold pixels only', async () => {
    const polyglot = await polyglotJpeg();
    expect(polyglot.includes(Buffer.from(SCRIPT))).toBe(true);
    const prepared = await image(polyglot);
    for (const v of prepared.variants) {
      expect(v.bytes.includes(Buffer.from('<script'))).toBe(false);
      expect(v.bytes.includes(Buffer.from('<html'))).toBe(false);
    }
  });

  it('flattens transparency onto white for the JPEG fallback', async () => {
    const transparent = await sharp({ create: { width: 40, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const jpeg = (await image(transparent)).variants.find((v) => v.format === 'jpeg')!;
    const { data } = await sharp(jpeg.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
  });

  it('refuses an SVG carrying script, saying to export PNG or JPEG', async () => {
    const rejection = await refusal(SVG_WITH_SCRIPT);
    expect(rejection).toMatchObject({ code: 'unsupported_type', status: 415 });
    expect(rejection.userMessage).toMatch(/SVG.*PNG hoặc JPEG/);
  });

  it('refuses a pixel flood from its header, without decoding it', async () => {
    for (const flood of [pixelFloodPng(), await pixelFloodJpeg()]) {
      expect(flood.length).toBeLessThan(200_000);
      let peak = process.memoryUsage().rss;
      const before = peak;
      const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const rejection = await refusal(flood).finally(() => clearInterval(watch));
      expect(rejection).toMatchObject({ code: 'too_many_pixels', status: 413 });
      expect(rejection.userMessage).toMatch(/quá nhiều điểm ảnh.*tối đa 40 triệu điểm ảnh/);
      // Decoding 2.5 gigapixels would need gigabytes.
      expect(peak - before).toBeLessThan(150 * 1024 * 1024);
    }
  });

  it('keeps memory bounded on the largest photo allowed (one decode, scaled on load)', async () => {
    const big = await sharp({ create: { width: 7200, height: 5400, channels: 3, background: '#556677' } }).jpeg().toBuffer();
    let peak = process.memoryUsage().rss;
    const before = peak;
    const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const prepared = await image(big).finally(() => clearInterval(watch));
    expect([prepared.width, prepared.height]).toEqual([7200, 5400]);
    // 38.9 megapixels are 117 MB as RGB; nine full decodes would be far more.
    expect(peak - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('refuses a truncated file as damaged', async () => {
    const rejection = await refusal(await truncatedJpeg());
    expect(rejection).toMatchObject({ code: 'corrupt', status: 422 });
    expect(rejection.userMessage).toMatch(/bị hỏng hoặc không đầy đủ/);
  });

  it('refuses a file over the size limit before decoding, naming the limit', async () => {
    const small = mediaLimits({ MEDIA_MAX_UPLOAD_MB: '1' });
    const rejection = await refusal(await oversizedJpeg(1024 * 1024 + 10), small);
    expect(rejection).toMatchObject({ code: 'too_large', status: 413 });
    expect(rejection.userMessage).toMatch(/tối đa 1 MB/);
  });

  it('refuses an animated GIF, asking for a still image', async () => {
    expect(await refusal(await animatedGif())).toMatchObject({ code: 'animated' });
  });

  it('refuses bytes whose signature and content disagree', async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really a png')]);
    expect(await refusal(fake)).toMatchObject({ code: 'corrupt' });
  });
});

describe('prepareUpload: PDF documents', HEAVY, () => {
  it('keeps a complete PDF as it is', async () => {
    const pdf = minimalPdf();
    const prepared = await prepareUpload(pdf, limits);
    expect(prepared).toMatchObject({ kind: 'document', mimeType: 'application/pdf', byteSize: pdf.length });
    expect(prepared.kind === 'document' && prepared.bytes.equals(pdf)).toBe(true);
  });

  it('refuses a truncated PDF, one with script actions, and one over the document limit', async () => {
    const pdf = minimalPdf();
    expect(await refusal(pdf.subarray(0, pdf.length - 40))).toMatchObject({ code: 'corrupt' });
    expect((await refusal(pdfWithJavaScript())).userMessage).toMatch(/JavaScript/);
    const small = mediaLimits({ MEDIA_MAX_DOCUMENT_MB: '0.0001' });
    expect(await refusal(pdf, small)).toMatchObject({ code: 'too_large', status: 413 });
  });
});

describe('Slots', () => {
  it('runs at most `size` jobs at once and lets the rest wait their turn', async () => {
    const slots = new Slots(2);
    let running = 0;
    let most = 0;
    const gates: Array<() => void> = [];
    const jobs = Array.from({ length: 5 }, (_, i) =>
      slots.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running -= 1;
        return i;
      }),
    );
    for (let released = 0; released < 5; ) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(running).toBeLessThanOrEqual(2);
      const gate = gates.shift();
      if (gate) {
        gate();
        released += 1;
      }
    }
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
