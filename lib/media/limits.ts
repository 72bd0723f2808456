// PURE. Upload limits and defaults from the environment, read once per call so tests can vary them.
// Sizes are in megabytes (10^6 bytes would surprise nobody either way; we use MiB, as file managers do).

export interface MediaLimits {
  /** Largest image file accepted, in bytes. */
  maxImageBytes: number;
  /** Largest decoded image accepted (width x height), checked from the header before decoding. */
  maxImagePixels: number;
  /** Largest PDF accepted, in bytes. */
  maxDocumentBytes: number;
  /** Largest video file accepted, in bytes (the whole upload is held in memory while it is checked). */
  maxVideoBytes: number;
  /** Longest video accepted, in seconds (from ffmpeg's reading of the file, not the browser's). */
  maxVideoSeconds: number;
  /** Time budget of one video's processing (transcode + poster); ffmpeg is killed past it. */
  videoProcessSeconds: number;
  /** Credit used when a photo carries none in its IPTC/XMP/EXIF (and site settings name none). */
  defaultCredit: string;
}

export const DEFAULT_LIMITS: MediaLimits = {
  maxImageBytes: 20 * 1024 * 1024,
  maxImagePixels: 40_000_000,
  maxDocumentBytes: 20 * 1024 * 1024,
  maxVideoBytes: 200 * 1024 * 1024,
  maxVideoSeconds: 10 * 60,
  videoProcessSeconds: 15 * 60,
  defaultCredit: 'TTTTPT&DBKT',
};

type Env = Record<string, string | undefined>;

function positive(value: string | undefined, scale: number, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n * scale) : fallback;
}

/**
 * MEDIA_MAX_UPLOAD_MB (20), MEDIA_MAX_MEGAPIXELS (40), MEDIA_MAX_DOCUMENT_MB (20),
 * MEDIA_MAX_VIDEO_MB (200), MEDIA_MAX_VIDEO_SECONDS (600), MEDIA_VIDEO_TIMEOUT_SECONDS (900) and
 * MEDIA_DEFAULT_CREDIT ("TTTTPT&DBKT"). A value that is not a positive number keeps the default.
 */
export function mediaLimits(env: Env = process.env): MediaLimits {
  return {
    maxImageBytes: positive(env.MEDIA_MAX_UPLOAD_MB, 1024 * 1024, DEFAULT_LIMITS.maxImageBytes),
    maxImagePixels: positive(env.MEDIA_MAX_MEGAPIXELS, 1_000_000, DEFAULT_LIMITS.maxImagePixels),
    maxDocumentBytes: positive(env.MEDIA_MAX_DOCUMENT_MB, 1024 * 1024, DEFAULT_LIMITS.maxDocumentBytes),
    maxVideoBytes: positive(env.MEDIA_MAX_VIDEO_MB, 1024 * 1024, DEFAULT_LIMITS.maxVideoBytes),
    maxVideoSeconds: positive(env.MEDIA_MAX_VIDEO_SECONDS, 1, DEFAULT_LIMITS.maxVideoSeconds),
    videoProcessSeconds: positive(env.MEDIA_VIDEO_TIMEOUT_SECONDS, 1, DEFAULT_LIMITS.videoProcessSeconds),
    defaultCredit: env.MEDIA_DEFAULT_CREDIT?.trim() || DEFAULT_LIMITS.defaultCredit,
  };
}

/** Room for the multipart envelope (boundaries, part headers, the small text fields). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The largest file of any kind the library accepts. */
export const maxFileBytes = (limits: MediaLimits): number => Math.max(limits.maxImageBytes, limits.maxDocumentBytes, limits.maxVideoBytes);

/** The most a single upload request may carry: the largest file limit plus the envelope. */
export function maxUploadRequestBytes(limits: MediaLimits = mediaLimits()): number {
  return maxFileBytes(limits) + MULTIPART_OVERHEAD_BYTES;
}

/** Largest WebVTT captions file accepted (an hour of dense subtitles is ~150 KB). */
export const MAX_CAPTIONS_BYTES = 512 * 1024;

/** "20 MB", "1,5 MB" — for messages. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** "40 triệu điểm ảnh" — for messages. */
export function formatMegapixels(pixels: number): string {
  return `${(pixels / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} triệu điểm ảnh`;
}
