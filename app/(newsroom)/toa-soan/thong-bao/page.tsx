import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationList } from '@/components/newsroom/notification-panel';
import { UnreadChanged } from '@/components/newsroom/unread-changed';
import { pageData } from '@/lib/auth/guard';
import { NOTIFICATIONS_MAX_PAGE, notificationPage } from '@/lib/data/notifications/inbox';
import { markAllNotificationsReadOnPageAction } from './actions';

export const metadata: Metadata = { title: 'Thông báo' };

type Props = { searchParams: Promise<{ trang?: string; loi?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const { trang, loi } = await searchParams;
  const asked = Number.parseInt(trang ?? '1', 10);
  const page = Number.isInteger(asked) ? Math.min(NOTIFICATIONS_MAX_PAGE, Math.max(1, asked)) : 1;
  const data = await pageData('/toa-soan/thong-bao', (viewer) => notificationPage(viewer, page));
  const back = page === 1 ? '/toa-soan/thong-bao' : `/toa-soan/thong-bao?trang=${page}`;
  return (
    <section aria-labelledby="tieu-de" className="grid gap-4">
      <UnreadChanged unread={data.unread} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="tieu-de" className="text-2xl font-bold">
          Tất cả thông báo
        </h1>
        <p className="text-sm">
          {data.total} thông báo, <span data-testid="so-chua-doc">{data.unread}</span> chưa đọc
        </p>
      </div>
      {loi ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm font-semibold text-red-800">
          {loi.slice(0, 300)}
        </p>
      ) : null}
      <div className="rounded border border-gray-300 bg-white p-4">
        <NotificationList items={data.items} back={back} />
        {data.unread > 0 ? (
          <form action={markAllNotificationsReadOnPageAction} className="mt-3">
            <button type="submit" className="text-sm underline">
              Đánh dấu tất cả là đã đọc
            </button>
          </form>
        ) : null}
      </div>
      {data.pages > 1 ? (
        <nav aria-label="Phân trang thông báo" className="flex items-center gap-4 text-sm">
          {page > 1 ? (
            <Link href={`/toa-soan/thong-bao?trang=${page - 1}`} className="underline" rel="prev">
              ← Mới hơn
            </Link>
          ) : null}
          <span>
            Trang {page}/{data.pages}
          </span>
          {page < data.pages ? (
            <Link href={`/toa-soan/thong-bao?trang=${page + 1}`} className="underline" rel="next">
              Cũ hơn →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
