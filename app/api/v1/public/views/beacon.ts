// The reading beacon's one set of rules, shared by its two doors: the Next.js route (route.ts) and
// the server's front route (fast-path.ts), which answers the same request without entering the
// framework. Either way the caller gets exactly this answer.
import { parseAtDoor, viewBeaconSchema } from '@/lib/api/schemas';
import { problem, problemFromError } from '@/lib/auth/api';
import { SESSION_COOKIE_NAME } from '@/lib/auth/config';
import { carriesSessionCookie, clientIp, isSameOrigin, type HeaderReader } from '@/lib/auth/http';
import { DataError } from '@/lib/data/errors';
import { recordView } from '@/lib/data/views/record-view';
import { ANONYMOUS } from '@/lib/policy/roles';
import { isBotUserAgent } from '@/lib/views/bot';

/** A real beacon is {"articleId":"<uuid>"}: about 60 bytes. */
export const MAX_BEACON_BYTES = 512;

/** An answer as plain values: the front route writes it to Node's response, the route makes a Response of it. */
export interface BeaconAnswer {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

const RECEIVED: BeaconAnswer = Object.freeze({ status: 204, headers: Object.freeze({ 'Cache-Control': 'no-store' }) });

async function fromResponse(response: Response): Promise<BeaconAnswer> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/**
 * The answer to one beacon: `text` is its body, or null when it was larger than MAX_BEACON_BYTES;
 * `protocol` the scheme the request arrived on when no proxy says otherwise.
 */
export async function answerViewBeacon(headers: HeaderReader, text: string | null, protocol: string): Promise<BeaconAnswer> {
  try {
    if (text === null) {
      return await fromResponse(problem(413, 'too_large', `Nội dung gửi quá lớn: chỉ gửi {"articleId": "<mã bài viết>"} (tối đa ${MAX_BEACON_BYTES} byte).`));
    }
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
    if (carriesSessionCookie(headers, SESSION_COOKIE_NAME)) return RECEIVED;
    if (isBotUserAgent(userAgent)) return RECEIVED;
    if (headers.get('origin') !== null && !isSameOrigin(headers, protocol)) return RECEIVED;
    await recordView({ articleId, ip: clientIp(headers), userAgent });
    return RECEIVED;
  } catch (error) {
    return fromResponse(problemFromError(error, ANONYMOUS));
  }
}

/** The answer as a Fetch Response (the Next.js route). */
export function beaconResponse(answer: BeaconAnswer): Response {
  return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
}
