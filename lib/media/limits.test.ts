import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, formatMegabytes, maxUploadRequestBytes, mediaLimits, MULTIPART_OVERHEAD_BYTES } from './limits';

describe('mediaLimits', () => {
  it('defaults to 20 MB, 40 megapixels, videos of 200 MB and 10 minutes, and the TTTTPT&DBKT credit', () => {
    expect(mediaLimits({})).toEqual({
      maxImageBytes: 20 * 1024 * 1024,
      maxImagePixels: 40_000_000,
      maxDocumentBytes: 20 * 1024 * 1024,
      maxVideoBytes: 200 * 1024 * 1024,
      maxVideoSeconds: 600,
      videoProcessSeconds: 900,
      defaultCredit: 'TTTTPT&DBKT',
    });
    expect(mediaLimits({ MEDIA_MAX_VIDEO_MB: '50', MEDIA_MAX_VIDEO_SECONDS: '90', MEDIA_VIDEO_TIMEOUT_SECONDS: 'x' })).toMatchObject({
      maxVideoBytes: 50 * 1024 * 1024,
      maxVideoSeconds: 90,
      videoProcessSeconds: 900,
    });
  });

  it('reads the environment, and ignores values that are not positive numbers', () => {
    const limits = mediaLimits({ MEDIA_MAX_UPLOAD_MB: '5', MEDIA_MAX_MEGAPIXELS: '12.5', MEDIA_MAX_DOCUMENT_MB: '-1', MEDIA_DEFAULT_CREDIT: ' Vụ KTTH ' });
    expect(limits).toMatchObject({ maxImageBytes: 5 * 1024 * 1024, maxImagePixels: 12_500_000, maxDocumentBytes: DEFAULT_LIMITS.maxDocumentBytes, defaultCredit: 'Vụ KTTH' });
    expect(mediaLimits({ MEDIA_MAX_UPLOAD_MB: 'lots', MEDIA_DEFAULT_CREDIT: '  ' })).toMatchObject({ maxImageBytes: DEFAULT_LIMITS.maxImageBytes, defaultCredit: 'TTTTPT&DBKT' });
  });

  it('caps a request at the larger file limit plus the multipart envelope', () => {
    expect(maxUploadRequestBytes(mediaLimits({ MEDIA_MAX_UPLOAD_MB: '5', MEDIA_MAX_DOCUMENT_MB: '8', MEDIA_MAX_VIDEO_MB: '6' }))).toBe(8 * 1024 * 1024 + MULTIPART_OVERHEAD_BYTES);
    expect(maxUploadRequestBytes(mediaLimits({ MEDIA_MAX_UPLOAD_MB: '5', MEDIA_MAX_DOCUMENT_MB: '8' }))).toBe(200 * 1024 * 1024 + MULTIPART_OVERHEAD_BYTES);
  });

  it('formats sizes the Vietnamese way', () => {
    expect(formatMegabytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
  });
});
