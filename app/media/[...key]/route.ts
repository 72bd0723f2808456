// Media files, from whichever store is configured (local disk or S3). Keys are chosen by the
// server and never reused, so responses are cached for a year (see lib/media/serve.ts).
//   /media/ab/<id>-960.webp   a stored file
//   /media/id/<id>            the editor's preview of a library item: a redirect to its 960 px JPEG
import { documentFilenameForKey, previewKeyForMedia } from '@/lib/data/media/views';
import { serveStoredFile } from '@/lib/media/serve';
import { MEDIA_KEY, mediaStorage } from '@/lib/media/storage';

type Context = { params: Promise<{ key: string[] }> };

async function answer(request: Request, context: Context, head: boolean): Promise<Response> {
  const { key: parts } = await context.params;
  if (parts.length === 2 && parts[0] === 'id') {
    const key = await previewKeyForMedia(parts[1]!);
    if (!key) return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(null, { status: 307, headers: { Location: `/media/${key}`, 'Cache-Control': 'private, max-age=300' } });
  }
  const key = parts.join('/');
  // Files of the documents registry are served only by /van-ban/tep/<id>, which checks publication;
  // their keys (doc/…) fail MEDIA_KEY, so serveStoredFile refuses them here.
  const filename = MEDIA_KEY.test(key) && key.endsWith('.pdf') ? ((await documentFilenameForKey(key)) ?? undefined) : undefined;
  // Range: video players fetch what they need to start and to seek (206 Partial Content).
  return serveStoredFile(mediaStorage(), key, { filename, head, range: request.headers.get('range'), ifRange: request.headers.get('if-range') });
}

export async function GET(request: Request, context: Context) {
  return answer(request, context, false);
}

export async function HEAD(request: Request, context: Context) {
  return answer(request, context, true);
}
