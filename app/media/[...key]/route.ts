import { Readable } from 'node:stream';
import { mediaStorage, MEDIA_KEY } from '@/lib/media/storage';
import { CONTENT_TYPE } from '@/lib/media/variants';

// Media keys are content-addressed by id and never reused, so responses can be cached for a year.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key: parts } = await params;
  const key = parts.join('/');
  if (!MEDIA_KEY.test(key)) return new Response('Không tìm thấy tệp.', { status: 404 });
  const file = await mediaStorage().open(key);
  if (!file) return new Response('Không tìm thấy tệp.', { status: 404 });
  const extension = key.slice(key.lastIndexOf('.') + 1);
  return new Response(Readable.toWeb(file.stream) as ReadableStream, {
    headers: {
      'Content-Type': CONTENT_TYPE[extension] ?? 'application/octet-stream',
      'Content-Length': String(file.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      ...(extension === 'pdf' ? { 'Content-Disposition': 'inline' } : {}),
    },
  });
}
