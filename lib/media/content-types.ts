// PURE. The Content-Type of a stored file, from the extension of its server-chosen key.
export const CONTENT_TYPE: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  vtt: 'text/vtt; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const contentTypeOfKey = (key: string): string => CONTENT_TYPE[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
