// One stored file as an HTTP response, from whichever store is configured. Keys embed the media
// id and are never reused (a changed photo is a new upload), so a response may be cached for a
// year by browsers and CDNs.
import { Readable } from 'node:stream';
import { contentTypeOfKey } from './content-types';
import { contentDisposition } from './filename';
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
}

export async function serveStoredFile(storage: MediaStorage, key: string, options: ServeOptions = {}): Promise<Response> {
  if (!(options.kind === 'document' ? DOCUMENT_KEY : MEDIA_KEY).test(key)) return NOT_FOUND();
  const file = await storage.open(key);
  if (!file) return NOT_FOUND();
  const isPdf = key.endsWith('.pdf');
  const headers: Record<string, string> = {
    'Content-Type': contentTypeOfKey(key),
    'Content-Length': String(file.size),
    'Cache-Control': 'public, max-age=31536000, immutable',
    // The type above is the only one a browser may use: never sniff a stored file into HTML.
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-site',
  };
  if (isPdf) headers['Content-Disposition'] = contentDisposition(options.filename ?? '');
  if (options.head) {
    file.stream.destroy();
    return new Response(null, { headers });
  }
  return new Response(Readable.toWeb(file.stream) as ReadableStream, { headers });
}
