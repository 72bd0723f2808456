import Link from 'next/link';
import { markAllNotificationsReadAction } from '@/app/(newsroom)/toa-soan/desk-actions';
import { markNotificationReadAction } from '@/app/(newsroom)/toa-soan/thong-bao/actions';
import { formatDateTime } from '@/lib/time/format';
import { UnreadChanged } from './unread-changed';

interface Item {
  id: string;
  articleId: string | null;
  message: string;
  readAt: Date | null;
  createdAt: Date;
}

/** Notifications, each with its own "Đã đọc" (a form: works without JavaScript). */
export function NotificationList({ items, back }: { items: Item[]; back: string }) {
  if (items.length === 0) return <p className="mt-2 text-sm text-gray-700">Chưa có thông báo.</p>;
  return (
    <ul className="mt-2 grid gap-2 text-sm" data-testid="danh-sach-thong-bao">
      {items.map((n) => (
        <li key={n.id} className={`flex items-start justify-between gap-2 ${n.readAt ? 'text-gray-700' : 'font-semibold'}`} data-unread={n.readAt ? undefined : 'true'}>
          <span>
            {n.articleId ? (
              <Link href={`/toa-soan/bai-viet/${n.articleId}`} className="hover:underline">
                {n.message}
              </Link>
            ) : (
              n.message
            )}
            <span className="block text-xs font-normal text-gray-600">{formatDateTime(n.createdAt)}</span>
          </span>
          {n.readAt ? null : (
            <form action={markNotificationReadAction}>
              <input type="hidden" name="id" value={n.id} />
              <input type="hidden" name="back" value={back} />
              <button type="submit" className="whitespace-nowrap text-xs font-normal underline" aria-label={`Đánh dấu đã đọc: ${n.message.slice(0, 80)}`}>
                Đã đọc
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}

export function NotificationPanel({ items, unread }: { items: Item[]; unread: number }) {
  return (
    <section aria-labelledby="thong-bao" className="rounded border border-gray-300 bg-white p-4">
      <UnreadChanged unread={unread} />
      <h2 id="thong-bao" className="flex items-center justify-between font-bold">
        Thông báo
        {unread > 0 ? (
          <span className="rounded-full bg-brand px-2 text-sm text-white" data-testid="so-thong-bao-chua-doc">
            {unread} chưa đọc
          </span>
        ) : null}
      </h2>
      <NotificationList items={items} back="/toa-soan" />
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href="/toa-soan/thong-bao" className="underline">
          Xem tất cả thông báo
        </Link>
        {unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className="underline">
              Đánh dấu tất cả là đã đọc
            </button>
          </form>
        ) : null}
      </p>
    </section>
  );
}
