// PURE. What a file is, from its first bytes. The name and the browser's Content-Type are claims
// anyone can forge; only these signatures decide which decoder may see the bytes. Six signatures
// are simpler to read here than a general detector's hundreds, and we need the allowlist anyway.
// Videos are only recognised here (container signature); ffmpeg must then be able to read them
// (lib/media/video/probe.ts) before anything is stored.

export type VideoFormat = 'mp4' | 'mov' | 'webm';
export type MediaFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'pdf' | VideoFormat;

export interface SniffedType {
  format: MediaFormat;
  kind: 'image' | 'document' | 'video';
  mimeType: string;
}

/** Things people try to upload that we refuse, named so the message can say what to do instead. */
export type RefusedFormat = 'svg' | 'html' | 'heic' | 'tiff' | 'bmp' | 'matroska' | 'audio' | 'empty' | 'unknown';

export type Sniffed = { ok: true; type: SniffedType } | { ok: false; refused: RefusedFormat };

const MIME: Record<MediaFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

export const VIDEO_FORMATS: readonly VideoFormat[] = ['mp4', 'mov', 'webm'];
export const isVideoFormat = (format: MediaFormat): format is VideoFormat => (VIDEO_FORMATS as readonly string[]).includes(format);

// ISO-BMFF brands of video files: MP4 (ISO, Apple M4V, 3GPP phones, DASH, Sony XAVC) and QuickTime.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'dash', 'mmp4', 'MSNV', '3gp4', '3gp5', '3gp6', '3g2a', 'XAVC', 'f4v ']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ']);
// QuickTime files from older cameras have no ftyp box: they open with one of these atoms.
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/** EBML (Matroska/WebM): the DocType element of the header says which. */
function ebmlDocType(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  const head = ascii(bytes, 0, 64);
  if (head.includes('webm')) return 'webm';
  if (head.includes('matroska')) return 'matroska';
  return 'unknown';
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** ISO-BMFF brands of the ftyp box (major + compatible), or null when there is none. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, size >= 16 ? size : 16, 4096);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

function ok(format: MediaFormat): Sniffed {
  const kind = format === 'pdf' ? 'document' : isVideoFormat(format) ? 'video' : 'image';
  return { ok: true, type: { format, kind, mimeType: MIME[format] } };
}

export function sniffMedia(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, refused: 'empty' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ok('jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok('png');
  const head6 = ascii(bytes, 0, 6);
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return ok('gif');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return ok('webp');
  // PDF: the header must open the file. (Readers tolerate junk before it; we do not.)
  if (ascii(bytes, 0, 5) === '%PDF-') return ok('pdf');

  const brands = ftypBrands(bytes);
  if (brands) {
    if (brands.includes('avif') || brands.includes('avis')) return ok('avif');
    if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(b))) return { ok: false, refused: 'heic' };
    if (brands[0] === 'qt  ') return ok('mov');
    if (AUDIO_BRANDS.has(brands[0]!)) return { ok: false, refused: 'audio' };
    if (brands.some((b) => MP4_BRANDS.has(b))) return ok('mp4');
    if (brands.includes('qt  ')) return ok('mov');
    return { ok: false, refused: 'unknown' };
  }
  if (bytes.length >= 8 && QUICKTIME_ATOMS.has(ascii(bytes, 4, 4))) return ok('mov');
  const docType = ebmlDocType(bytes);
  if (docType === 'webm') return ok('webm');
  if (docType) return { ok: false, refused: 'matroska' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { ok: false, refused: 'tiff' };
  if (ascii(bytes, 0, 2) === 'BM') return { ok: false, refused: 'bmp' };

  // Text that starts with markup: SVG (which can carry script) or HTML.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<')) return { ok: false, refused: text.includes('<svg') ? 'svg' : 'html' };
  return { ok: false, refused: 'unknown' };
}

/** The extension we store a format under (never the uploader's). */
export const STORED_EXTENSION: Record<MediaFormat, string> = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif', pdf: 'pdf', mp4: 'mp4', mov: 'mov', webm: 'webm' };

const FORMAT_NAMES = 'ảnh JPEG, PNG, WebP, AVIF, GIF tĩnh; tài liệu PDF; video MP4, WebM, MOV';

/** Why a file was refused, for the person who chose it (Vietnamese). */
export function refusalMessage(refused: RefusedFormat): string {
  switch (refused) {
    case 'svg':
      return `Không nhận tệp SVG: SVG có thể chứa mã lệnh. Hãy xuất ảnh sang PNG hoặc JPEG rồi tải lên. Định dạng được nhận: ${FORMAT_NAMES}.`;
    case 'html':
      return `Tệp này là văn bản/HTML, không phải ảnh, PDF hay video. Định dạng được nhận: ${FORMAT_NAMES}.`;
    case 'heic':
      return 'Ảnh HEIC (iPhone) chưa được hỗ trợ. Hãy chuyển ảnh sang JPEG (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất) rồi tải lên.';
    case 'tiff':
      return `Ảnh TIFF chưa được hỗ trợ. Hãy xuất sang JPEG hoặc PNG. Định dạng được nhận: ${FORMAT_NAMES}.`;
    case 'bmp':
      return `Ảnh BMP chưa được hỗ trợ. Hãy xuất sang JPEG hoặc PNG. Định dạng được nhận: ${FORMAT_NAMES}.`;
    case 'matroska':
      return 'Video MKV (Matroska) chưa được hỗ trợ. Hãy xuất video sang MP4 (H.264) hoặc WebM rồi tải lên.';
    case 'audio':
      return `Tệp này chỉ có âm thanh (M4A/AAC), không phải video. Định dạng được nhận: ${FORMAT_NAMES}.`;
    case 'empty':
      return 'Tệp rỗng (0 byte). Hãy chọn lại tệp.';
    default:
      return `Không nhận dạng được tệp: nội dung không phải ${FORMAT_NAMES} (phần mở rộng của tên tệp không được tính).`;
  }
}
