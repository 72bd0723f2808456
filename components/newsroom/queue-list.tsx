import Link from 'next/link';
import type { WorkQueue } from '@/lib/data/articles/queues';
import { formatDateTime } from '@/lib/time/format';

export function QueueList({ queue }: { queue: WorkQueue }) {
  return (
    <section aria-labelledby={`q-${queue.key}`} className="rounded border border-gray-300 bg-white p-4" data-queue={queue.key}>
      <h2 id={`q-${queue.key}`} className="flex items-center justify-between font-bold">
        {queue.title}
        <span className="rounded-full bg-gray-200 px-2 text-sm" aria-label={`${queue.count} bài`}>
          {queue.count}
        </span>
      </h2>
      {queue.items.length === 0 ? (
        <p className="mt-2 text-sm text-gray-700">{queue.empty}</p>
      ) : (
        <ul className="mt-2 grid gap-2 text-sm">
          {queue.items.map((item) => (
            <li key={item.id}>
              <Link href={`/toa-soan/bai-viet/${item.id}`} className="font-semibold hover:underline">
                {item.title}
              </Link>
              <span className="block text-xs text-gray-600">
                {item.authorName ?? '—'}
                {item.section ? ` · ${item.section}` : ''} ·{' '}
                {queue.key === 'scheduled' && item.scheduledAt
                  ? `đăng lúc ${formatDateTime(item.scheduledAt)}`
                  : queue.key === 'recently_published' && item.publishedAt
                    ? `xuất bản ${formatDateTime(item.publishedAt)}`
                    : `cập nhật ${formatDateTime(item.updatedAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {queue.count > queue.items.length ? (
        <p className="mt-2 text-sm">
          <Link href="/toa-soan/bai-viet" className="underline">
            Xem tất cả
          </Link>
        </p>
      ) : null}
    </section>
  );
}
