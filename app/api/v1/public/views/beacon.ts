// The reading beacon's one set of rules, shared by its two doors: the Next.js route (route.ts) and
// the server's front route (fast-path.ts), which answers the same request without entering the
// framework. Either way the caller gets exactly this answer.
import { parseAtDoor, viewBeaconSchema } from '@/lib/api/schemas';
import { problem, problemFromError } from '@/lib/auth/api';
import { SESSION_COOKIE_NAME } from '@/lib/auth/config';
import { carriesSessionCookie, clientIp, isSameOrigin } from '@/lib/auth/http';
import { DataError } from '@/lib/data/errors';
import { recordView } from '@/lib/data/views/record-view';
import { ANONYMOUS } from '@/lib/policy/roles';
import { isBotUserAgent } from '@/lib/views/bot';

/** A real beacon is {"articleId":"<uuid>"}: about 60 bytes. */
export const MAX_BEACON_BYTES = 512;

const tooLarge = () => problem(413, 'too_large', `Nội dung gửi quá lớn: chỉ gửi {"articleId": "<mã bài viết>"} (tối đa ${MAX_BEACON_BYTES} byte).`);
const received = () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });

/**
 * The answer to one beacon: `text` is its body, or null when it was larger than MAX_BEACON_BYTES;
 * `protocol` the scheme the request arrived on when no proxy says otherwise.
 */
export async function answerViewBeacon(headers: Headers, text: string | null, protocol: string): Promise<Response> {
  try {
    if (text === null) return tooLarge();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new DataError('invalid', 'Nội dung phải là JSON dạng {"articleId": "<mã bài viết>"}.');
    }
    const { articleId } = parseAtDoor(viewBeaconSchema, body);
    const userAgent = headers.get('user-agent') ?? '';
    // Not reads by readers: staff checking their own stories, crawlers and scripts, and beacons
    // posted from other sites (a browser always sends Origin with a POST).
    if (carriesSessionCookie(headers, SESSION_COOKIE_NAME)) return received();
    if (isBotUserAgent(userAgent)) return received();
    if (headers.has('origin') && !isSameOrigin(headers, protocol)) return received();
    await recordView({ articleId, ip: clientIp(headers), userAgent });
    return received();
  } catch (error) {
    return problemFromError(error, ANONYMOUS);
  }
}
