// One stored file as an HTTP response, from whichever store is configured. Keys embed the media
// id and are never reused (a changed photo is a new upload), so a response may be cached for a
// year by browsers and CDNs. Byte ranges are answered (206) so a video starts playing and seeks
// without downloading the whole file, from either store.
import { Readable } from 'node:stream';
import { contentTypeOfKey } from './content-types';
import { contentDisposition } from './filename';
import { parseRange } from './range';
import { DOCUMENT_KEY, MEDIA_KEY, type MediaStorage } from './storage';

const NOT_FOUND = () =>
  new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' } });

export interface ServeOptions {
  /** For documents: the original name, sent in Content-Disposition. */
  filename?: string;
  head?: boolean;
  /**
   * 'document': a file of the documents registry (DOCUMENT_KEY), for a route that has checked the
   * document is published. The default, 'media', refuses those keys.
   */
  kind?: 'media' | 'document';
  /** The request's Range header, if any. */
  range?: string | null;
  /** The request's If-Range header: we keep no validators to compare it with, so the whole file is sent. */
  ifRange?: string | null;
}

export async function serveStoredFile(storage: MediaStorage, key: string, options: ServeOptions = {}): Promise<Response> {
  if (!(options.kind === 'document' ? DOCUMENT_KEY : MEDIA_KEY).test(key)) return NOT_FOUND();
  const isPdf = key.endsWith('.pdf');
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOfKey(key),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'public, max-age=31536000, immutable',
    // The type above is the only one a browser may use: never sniff a stored file into HTML.
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-site',
  };
  if (isPdf) headers['Content-Disposition'] = contentDisposition(options.filename ?? '');

  if (options.range && !options.ifRange && !options.head) {
    const size = await storage.size(key);
    if (size === null) return NOT_FOUND();
    const answer = parseRange(options.range, size);
    if (answer.kind === 'unsatisfiable') {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' } });
    }
    if (answer.kind === 'partial') {
      const { start, end } = answer.range;
      const part = await storage.open(key, answer.range);
      if (!part) return NOT_FOUND();
      return new Response(Readable.toWeb(part.stream) as ReadableStream, {
        status: 206,
        headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': String(end - start + 1) },
      });
    }
  }

  const file = await storage.open(key);
  if (!file) return NOT_FOUND();
  headers['Content-Length'] = String(file.size);
  if (options.head) {
    file.stream.destroy();
    return new Response(null, { headers });
  }
  return new Response(Readable.toWeb(file.stream) as ReadableStream, { headers });
}
