import Link from 'next/link';
import { markAllNotificationsReadAction } from '@/app/(newsroom)/toa-soan/desk-actions';
import { formatDateTime } from '@/lib/time/format';

interface Item {
  id: string;
  articleId: string | null;
  message: string;
  readAt: Date | null;
  createdAt: Date;
}

export function NotificationPanel({ items, unread }: { items: Item[]; unread: number }) {
  return (
    <section aria-labelledby="thong-bao" className="rounded border border-gray-300 bg-white p-4">
      <h2 id="thong-bao" className="flex items-center justify-between font-bold">
        Thông báo
        {unread > 0 ? (
          <span className="rounded-full bg-brand px-2 text-sm text-white" data-testid="so-thong-bao-chua-doc">
            {unread} chưa đọc
          </span>
        ) : null}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">Chưa có thông báo.</p>
      ) : (
        <ul className="mt-2 grid gap-2 text-sm">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'text-gray-700' : 'font-semibold'}>
              {n.articleId ? (
                <Link href={`/toa-soan/bai-viet/${n.articleId}`} className="hover:underline">
                  {n.message}
                </Link>
              ) : (
                n.message
              )}
              <span className="block text-xs font-normal text-gray-600">{formatDateTime(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {unread > 0 ? (
        <form action={markAllNotificationsReadAction} className="mt-3">
          <button type="submit" className="text-sm underline">
            Đánh dấu tất cả là đã đọc
          </button>
        </form>
      ) : null}
    </section>
  );
}
