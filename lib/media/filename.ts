// PURE. The uploader's file name is kept only as text to show and search: it never becomes a path
// or a storage key. Still, it is shown in pages and sent back in Content-Disposition, so clean it.

const CONTROL_AND_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_LENGTH = 200;

/** "C:\\fakepath\\../../Ảnh hội nghị.JPG" -> "Ảnh hội nghị.JPG": last path segment, no control characters. */
export function displayFilename(name: unknown): string {
  if (typeof name !== 'string') return '';
  const last = name.split(/[\\/]/).pop() ?? '';
  let cleaned = last.normalize('NFC').replace(CONTROL_AND_BIDI, '').replace(/\s+/g, ' ').trim();
  // A name of only dots ("..") says nothing and reads like a path.
  if (/^\.+$/.test(cleaned)) cleaned = '';
  if (cleaned.length > MAX_LENGTH) {
    const dot = cleaned.lastIndexOf('.');
    const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
    cleaned = cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
  }
  return cleaned;
}

/**
 * Content-Disposition for a stored document: `inline` so the browser's PDF viewer opens it, with the
 * original name (RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name).
 */
export function contentDisposition(filename: string, disposition: 'inline' | 'attachment' = 'inline'): string {
  const name = displayFilename(filename) || 'tai-lieu.pdf';
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The name a stored document is shown and downloaded under: the uploader's name with its extension
 * replaced by the detected format ("Quyết định.docm" checked as DOCX -> "Quyết định.docx"), so a
 * file never opens as a type other than the one it was checked as.
 */
export function filenameWithFormat(name: unknown, format: 'pdf' | 'docx'): string {
  const cleaned = displayFilename(name);
  const dot = cleaned.lastIndexOf('.');
  const stem = (dot > 0 && /^[\p{L}\p{N}_-]{1,10}$/u.test(cleaned.slice(dot + 1)) ? cleaned.slice(0, dot) : cleaned).replace(/[.\s]+$/, '');
  return displayFilename(`${stem || 'van-ban'}.${format}`);
}
