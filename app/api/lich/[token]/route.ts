// A user's private calendar feed (iCal), for calendar applications that cannot sign in: the secret
// in the address is the credential (stored hashed, renewable and revocable from /toa-soan/lich).
// An unknown, revoked or deactivated address answers the same 404, so guessing learns nothing.
import { z } from 'zod';
import { calendarFeedItems } from '@/lib/data/planning/calendar-feed';
import { calendarDocument } from '@/lib/feeds/ical';

export const dynamic = 'force-dynamic';

const tokenSchema = z.string().regex(/^lich_[A-Za-z0-9_-]{20,80}(\.ics)?$/);

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const parsed = tokenSchema.safeParse(token);
  const feed = parsed.success ? await calendarFeedItems(parsed.data.replace(/\.ics$/, '')) : null;
  if (!feed) {
    return new Response('Không tìm thấy lịch: địa chỉ sai, đã được đổi hoặc đã bị thu hồi. Hãy lấy địa chỉ mới ở trang Lịch công tác.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const host = new URL(request.url).hostname || 'toa-soan';
  return new Response(calendarDocument({ name: feed.name, host, items: feed.items }), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="lich-cong-tac.ics"',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
