// A file of a published document: served from the media store under its server-chosen key, with
// the uploader's name for the download and nosniff (lib/media/serve.ts). Drafts' files answer 404.
import { publicDocumentFile } from '@/lib/data/documents/public';
import { contentDisposition } from '@/lib/media/filename';
import { serveStoredFile } from '@/lib/media/serve';
import { mediaStorage } from '@/lib/media/storage';

type Context = { params: Promise<{ id: string }> };

async function answer(context: Context, head: boolean): Promise<Response> {
  const { id } = await context.params;
  const file = await publicDocumentFile(id);
  if (!file) return new Response('Không tìm thấy tệp văn bản.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  const response = await serveStoredFile(mediaStorage(), file.storageKey, { filename: file.originalFilename, head, kind: 'document' });
  // A withdrawn document's file must stop being served: no year-long caching as for media.
  response.headers.set('Cache-Control', 'public, max-age=300');
  if (file.format === 'docx') response.headers.set('Content-Disposition', contentDisposition(file.originalFilename, 'attachment'));
  return response;
}

export async function GET(_request: Request, context: Context) {
  return answer(context, false);
}

export async function HEAD(_request: Request, context: Context) {
  return answer(context, true);
}
