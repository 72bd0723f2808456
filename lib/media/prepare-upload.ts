// From uploaded bytes to what gets stored, or a refusal a person can act on. Nothing here touches
// the store or the database: lib/data/media/upload.ts decides who may upload and writes the result.
//
// Images: the bytes decide the type (sniffMedia), sharp must agree, the header's dimensions are
// checked before any pixel is decoded, and only re-encoded variants are ever stored, so whatever
// rode along in the original (metadata, an appended script, an HTML polyglot) is gone.
// PDFs cannot be re-encoded: they are checked (signature, size, complete, parsed with no active
// content: lib/media/pdf-active-content.ts) and
// stored as they are, then always served as application/pdf with nosniff.
import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { inspectPdfOffThread } from '@/lib/workers/pdf';
import { formatMegabytes, formatMegapixels, type MediaLimits } from './limits';
import { EMPTY_EMBEDDED, readEmbeddedText, type EmbeddedText } from './metadata';
import { isVideoFormat, refusalMessage, sniffMedia, type MediaFormat, type VideoFormat } from './sniff';
import { imageSlots } from './slots';
import { encodeVariants, type EncodedVariant } from './variants';
import { FfmpegMissing } from './video/ffmpeg';
import { probeVideo } from './video/probe';

export type RejectionCode = 'unsupported_type' | 'too_large' | 'too_many_pixels' | 'too_long' | 'corrupt' | 'animated' | 'unsafe_document' | 'video_unavailable';

/** An expected refusal of an upload, with a Vietnamese message for the person who chose the file. */
export class MediaRejection extends Error {
  constructor(
    readonly code: RejectionCode,
    readonly userMessage: string,
  ) {
    super(userMessage);
    this.name = 'MediaRejection';
  }

  /** HTTP status for the API: 413 for size, 415 for type, 422 for a file we understood but refuse. */
  get status(): number {
    if (this.code === 'too_large' || this.code === 'too_many_pixels') return 413;
    if (this.code === 'unsupported_type') return 415;
    if (this.code === 'video_unavailable') return 503;
    return 422;
  }
}

type ImageFormat = Exclude<MediaFormat, 'pdf' | VideoFormat>;

export interface PreparedImage {
  kind: 'image';
  format: ImageFormat;
  mimeType: string;
  byteSize: number;
  sha256: string;
  width: number;
  height: number;
  variants: EncodedVariant[];
  embedded: EmbeddedText;
}

export interface PreparedDocument {
  kind: 'document';
  format: 'pdf';
  mimeType: 'application/pdf';
  byteSize: number;
  sha256: string;
  bytes: Buffer;
  embedded: EmbeddedText;
}

/** A video as uploaded: stored as it is (never served), then processed by the video job. */
export interface PreparedVideo {
  kind: 'video';
  format: VideoFormat;
  mimeType: string;
  byteSize: number;
  sha256: string;
  bytes: Buffer;
  width: number;
  height: number;
  durationSeconds: number;
  embedded: EmbeddedText;
}

export type PreparedUpload = PreparedImage | PreparedDocument | PreparedVideo;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// sharp names AVIF "heif" (with AV1 compression).
const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', gif: 'gif', webp: 'webp', avif: 'heif' };

const CORRUPT =
  'Tệp ảnh bị hỏng hoặc không đầy đủ (có thể việc sao chép hay tải lên bị gián đoạn). Hãy mở thử tệp trên máy, lưu lại thành JPEG rồi tải lên lại.';

const KIND_NAME = { image: 'ảnh', document: 'tài liệu', video: 'video', file: 'tệp' } as const;

export function tooLargeMessage(limit: number, kind: keyof typeof KIND_NAME = 'image'): string {
  return `Tệp quá lớn: ${KIND_NAME[kind]} tối đa ${formatMegabytes(limit)}. Hãy giảm kích thước hoặc nén tệp rồi tải lên lại.`;
}

export async function prepareUpload(bytes: Buffer, limits: MediaLimits): Promise<PreparedUpload> {
  const sniffed = sniffMedia(bytes);
  if (!sniffed.ok) throw new MediaRejection('unsupported_type', refusalMessage(sniffed.refused));
  const { format } = sniffed.type;
  if (format === 'pdf') return prepareDocument(bytes, limits);
  if (isVideoFormat(format)) return prepareVideo(bytes, format, sniffed.type.mimeType, limits);
  return prepareImage(bytes, format, limits);
}

async function prepareImage(bytes: Buffer, format: ImageFormat, limits: MediaLimits): Promise<PreparedImage> {
  if (bytes.length > limits.maxImageBytes) throw new MediaRejection('too_large', tooLargeMessage(limits.maxImageBytes));

  let meta: Metadata;
  try {
    // Reads the header only; no pixels are decoded yet.
    meta = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch {
    throw new MediaRejection('corrupt', CORRUPT);
  }
  if (meta.format !== SHARP_FORMAT[format] || (format === 'avif' && meta.compression !== 'av1')) throw new MediaRejection('corrupt', CORRUPT);
  const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  if (!pixels) throw new MediaRejection('corrupt', CORRUPT);
  if (pixels > limits.maxImagePixels) {
    throw new MediaRejection(
      'too_many_pixels',
      `Ảnh quá nhiều điểm ảnh: ${meta.width} × ${meta.pageHeight ?? meta.height} (tối đa ${formatMegapixels(limits.maxImagePixels)}). Hãy thu nhỏ ảnh rồi tải lên lại.`,
    );
  }
  if ((meta.pages ?? 1) > 1) {
    throw new MediaRejection('animated', 'Ảnh động (nhiều khung hình) không được hỗ trợ. Hãy tải lên một ảnh tĩnh (JPEG, PNG, WebP, AVIF hoặc GIF tĩnh).');
  }

  const encoded = await imageSlots.run(async () => {
    try {
      return await encodeVariants(bytes, { maxPixels: limits.maxImagePixels });
    } catch {
      throw new MediaRejection('corrupt', CORRUPT);
    }
  });
  return {
    kind: 'image',
    format,
    mimeType: sniffed(format),
    byteSize: bytes.length,
    sha256: sha256(bytes),
    width: encoded.width,
    height: encoded.height,
    variants: encoded.variants,
    embedded: await readEmbeddedText(bytes),
  };
}

function sniffed(format: ImageFormat): string {
  return format === 'jpeg' ? 'image/jpeg' : `image/${format}`;
}

const UNSAFE_DOCUMENT =
  'Tệp PDF có chứa mã lệnh (JavaScript), tệp đính kèm hoặc lệnh mở chương trình, nên không được đăng. Hãy xuất lại văn bản ra PDF thường (In › Lưu dưới dạng PDF) rồi tải lên.';
const UNREADABLE_DOCUMENT =
  'Không đọc được tệp PDF để kiểm tra an toàn (tệp bị hỏng hoặc được mã hóa bằng mật khẩu). Hãy mở tệp trên máy và xuất lại ra PDF thường (In › Lưu dưới dạng PDF) rồi tải lên.';

async function prepareDocument(bytes: Buffer, limits: MediaLimits): Promise<PreparedDocument> {
  if (bytes.length > limits.maxDocumentBytes) throw new MediaRejection('too_large', tooLargeMessage(limits.maxDocumentBytes, 'document'));
  // A complete PDF ends with %%EOF (writers may add a newline or a few bytes after it).
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new MediaRejection('corrupt', 'Tệp PDF không đầy đủ (thiếu phần kết thúc): có thể việc tải xuống hay sao chép bị gián đoạn. Hãy lấy lại bản gốc rồi tải lên.');
  }
  const inspection = await inspectPdfOffThread(bytes);
  if (!inspection.ok) {
    if (inspection.reason === 'not_checked') throw new MediaRejection('corrupt', inspection.message);
    throw inspection.reason === 'active_content' ? new MediaRejection('unsafe_document', UNSAFE_DOCUMENT) : new MediaRejection('corrupt', UNREADABLE_DOCUMENT);
  }
  return { kind: 'document', format: 'pdf', mimeType: 'application/pdf', byteSize: bytes.length, sha256: sha256(bytes), bytes, embedded: EMPTY_EMBEDDED };
}

const VIDEO_UNREADABLE =
  'Không đọc được video: tệp bị hỏng, không đầy đủ, hoặc chỉ mang đuôi MP4/WebM/MOV mà nội dung không phải video. Hãy mở thử tệp trên máy, xuất lại sang MP4 (H.264) rồi tải lên.';
export const VIDEO_UNAVAILABLE = 'Máy chủ hiện chưa xử lý được video (thiếu chương trình ffmpeg). Hãy báo quản trị viên; ảnh và tài liệu vẫn tải lên bình thường.';

function formatDuration(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return minutes === 0 ? `${rest} giây` : rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}

/** Time to read a video's packets at upload: a minute at most, whatever the processing budget. */
const PROBE_TIMEOUT_MS = 60_000;

async function prepareVideo(bytes: Buffer, format: VideoFormat, mimeType: string, limits: MediaLimits): Promise<PreparedVideo> {
  if (bytes.length > limits.maxVideoBytes) throw new MediaRejection('too_large', tooLargeMessage(limits.maxVideoBytes, 'video'));
  // ffmpeg needs a file it can seek in (an MP4's index is often at the end).
  const file = path.join(tmpdir(), `portal-probe-${randomUUID()}.${format}`);
  try {
    await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
    // The same slots as image pipelines: a burst of uploads queues instead of running ffmpeg at once.
    const result = await imageSlots.run(() => probeVideo(file, Math.min(PROBE_TIMEOUT_MS, limits.videoProcessSeconds * 1000)));
    if (!result.ok) {
      if (result.reason === 'no_video') throw new MediaRejection('corrupt', 'Tệp không có hình (chỉ có âm thanh hoặc phụ đề). Hãy tải lên một video có hình.');
      throw new MediaRejection('corrupt', VIDEO_UNREADABLE);
    }
    const { probe } = result;
    if (probe.durationSeconds > limits.maxVideoSeconds) {
      throw new MediaRejection(
        'too_long',
        `Video quá dài: ${formatDuration(probe.durationSeconds)} (tối đa ${formatDuration(limits.maxVideoSeconds)}). Hãy cắt ngắn video rồi tải lên lại.`,
      );
    }
    if (probe.width * probe.height > limits.maxImagePixels) {
      throw new MediaRejection('too_many_pixels', `Khung hình video quá lớn: ${probe.width} × ${probe.height}. Hãy xuất video ở độ phân giải 1080p hoặc 4K rồi tải lên.`);
    }
    return { kind: 'video', format, mimeType, byteSize: bytes.length, sha256: sha256(bytes), bytes, width: probe.width, height: probe.height, durationSeconds: probe.durationSeconds, embedded: EMPTY_EMBEDDED };
  } catch (error) {
    if (error instanceof FfmpegMissing) throw new MediaRejection('video_unavailable', VIDEO_UNAVAILABLE);
    throw error;
  } finally {
    await rm(file, { force: true });
  }
}
