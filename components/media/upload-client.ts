// Browser side of POST /api/v1/media: one file per request over XMLHttpRequest, because fetch()
// still reports no upload progress. The session cookie authenticates it (same origin); the server
// decides everything (type from the bytes, limits, re-encoding) and answers problem+json on refusal.
import type { ClipboardEvent as ReactClipboardEvent } from 'react';
import type { MediaItem } from '@/lib/media/types';

export type UploadOutcome = { ok: true; item: MediaItem } | { ok: false; status: number; message: string; aborted?: boolean };

export interface UploadCallbacks {
  /** Bytes sent so far; `total` is the request size. */
  onProgress?: (loaded: number, total: number) => void;
  /** All bytes sent: the server is now checking and re-encoding the file. */
  onProcessing?: () => void;
  signal?: AbortSignal;
  /** Text saved with the file; what the photo itself carries (IPTC/XMP/EXIF) fills the gaps. */
  fields?: { alt?: string; caption?: string; credit?: string };
}

export const UPLOAD_ENDPOINT = '/api/v1/media';

function problemMessage(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { detail?: unknown };
    if (typeof body.detail === 'string' && body.detail) return body.detail;
  } catch {
    // not JSON: fall through
  }
  if (xhr.status === 413) return 'Tệp quá lớn để tải lên.';
  if (xhr.status === 401) return 'Phiên đăng nhập đã hết. Hãy đăng nhập lại rồi tải lên.';
  return `Máy chủ không nhận tệp (mã ${xhr.status}). Hãy thử lại.`;
}

export function uploadMediaFile(file: File, callbacks: UploadCallbacks = {}): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    form.append('file', file, file.name);
    for (const [name, value] of Object.entries(callbacks.fields ?? {})) if (value) form.append(name, value);

    xhr.open('POST', UPLOAD_ENDPOINT);
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) callbacks.onProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => callbacks.onProcessing?.();
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve({ ok: true, item: JSON.parse(xhr.responseText) as MediaItem });
          return;
        } catch {
          resolve({ ok: false, status: xhr.status, message: 'Máy chủ trả lời không đọc được. Hãy tải lại trang để kiểm tra tệp đã lên chưa.' });
          return;
        }
      }
      resolve({ ok: false, status: xhr.status, message: problemMessage(xhr) });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, message: 'Mất kết nối tới máy chủ khi đang tải lên. Hãy kiểm tra mạng rồi thử lại.' });
    xhr.onabort = () => resolve({ ok: false, status: 0, message: 'Đã hủy tải lên.', aborted: true });
    if (callbacks.signal) {
      if (callbacks.signal.aborted) {
        resolve({ ok: false, status: 0, message: 'Đã hủy tải lên.', aborted: true });
        return;
      }
      callbacks.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}

/** Files carried by a paste (screenshots, images copied from a file manager). */
export function filesFromClipboard(event: ClipboardEvent | ReactClipboardEvent): File[] {
  const data = 'clipboardData' in event ? event.clipboardData : null;
  if (!data) return [];
  const files: File[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const file = item.getAsFile();
    if (file) files.push(file);
  }
  return files;
}
