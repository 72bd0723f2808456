import { parseAtDoor, viewBeaconSchema } from '@/lib/api/schemas';
import { problem, problemFromError } from '@/lib/auth/api';
import { SESSION_COOKIE_NAME } from '@/lib/auth/config';
import { carriesSessionCookie, clientIp, isSameOrigin } from '@/lib/auth/http';
import { DataError } from '@/lib/data/errors';
import { recordView } from '@/lib/data/views/record-view';
import { ANONYMOUS } from '@/lib/policy/roles';
import { isBotUserAgent } from '@/lib/views/bot';

// The reading beacon of the most-read lists: a story page posts the story's id once it is open
// (components/article/view-beacon.tsx), so the page itself stays a cached page with no per-reader
// work. Counting is done without cookies or personal data: the address and browser only go into a
// salted one-way key that lives for the day (lib/views/reader-hash, lib/data/views). Every
// well-formed request gets the same 204, counted or not, so nothing here tells a caller which rule
// applied. No database work per request: reads are buffered (lib/data/views/record-view.ts) and
// unknown or unpublished stories are dropped when the batch is written.

/** A real beacon is {"articleId":"<uuid>"}: about 60 bytes. */
const MAX_BODY_BYTES = 512;

const TOO_LARGE = () => problem(413, 'too_large', `Nội dung gửi quá lớn: chỉ gửi {"articleId": "<mã bài viết>"} (tối đa ${MAX_BODY_BYTES} byte).`);
const RECEIVED = () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });

/** The body as text, or null past `max` bytes (read no further than that, whatever Content-Length says). */
async function readBounded(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function POST(request: Request) {
  try {
    const text = await readBounded(request, MAX_BODY_BYTES);
    if (text === null) return TOO_LARGE();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new DataError('invalid', 'Nội dung phải là JSON dạng {"articleId": "<mã bài viết>"}.');
    }
    const { articleId } = parseAtDoor(viewBeaconSchema, body);
    const headers = request.headers;
    const userAgent = headers.get('user-agent') ?? '';
    // Not reads by readers: staff checking their own stories, crawlers and scripts, and beacons
    // posted from other sites (a browser always sends Origin with a POST).
    if (carriesSessionCookie(headers, SESSION_COOKIE_NAME)) return RECEIVED();
    if (isBotUserAgent(userAgent)) return RECEIVED();
    if (headers.has('origin') && !isSameOrigin(headers, new URL(request.url).protocol)) return RECEIVED();
    await recordView({ articleId, ip: clientIp(headers), userAgent });
    return RECEIVED();
  } catch (error) {
    return problemFromError(error, ANONYMOUS);
  }
}
