import Link from 'next/link';
import { BADGE_CAP } from '@/lib/data/notifications/inbox-limits';

/** The header's link to the notifications, with the unread count counted on the server (capped). */
export function NotificationBadge({ unread }: { unread: number }) {
  const shown = unread > BADGE_CAP ? `${BADGE_CAP}+` : String(unread);
  return (
    <Link
      href="/toa-soan/thong-bao"
      className="inline-flex items-center gap-1 rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100"
      aria-label={unread > 0 ? `Thông báo: ${shown} chưa đọc` : 'Thông báo: không có thông báo chưa đọc'}
      data-testid="huy-hieu-thong-bao"
    >
      Thông báo
      {unread > 0 ? (
        <span className="rounded-full bg-brand px-2 text-xs text-white" data-testid="so-huy-hieu">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
