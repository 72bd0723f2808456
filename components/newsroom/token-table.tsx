import { ScrollRegion } from '@/components/newsroom/scroll-region';
import type { ReactNode } from 'react';
import type { ApiTokenListItem } from '@/lib/data/tokens/api-tokens';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';

/** API tokens with their last use and state (never the secrets); `liveAction` fills the state cell of a live token. */
export function TokenTable({ tokens, caption, liveAction }: { tokens: ApiTokenListItem[]; caption: string; liveAction?: (token: ApiTokenListItem) => ReactNode }) {
  const now = new Date();
  return (
    <ScrollRegion label={`${caption} (cuộn ngang để xem hết các cột)`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100">
          <tr>
            <th scope="col" className="px-3 py-2">Tên</th>
            <th scope="col" className="px-3 py-2">Mã đầu</th>
            <th scope="col" className="px-3 py-2">Tạo lúc</th>
            <th scope="col" className="px-3 py-2">Dùng gần nhất</th>
            <th scope="col" className="px-3 py-2">Hết hạn</th>
            <th scope="col" className="px-3 py-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-t border-line">
              <td className="px-3 py-2">{t.name}</td>
              <td className="px-3 py-2 font-mono">{t.prefix}…</td>
              <td className="px-3 py-2">{formatDateTime(t.createdAt)}</td>
              <td className="px-3 py-2">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Chưa dùng'}</td>
              <td className="px-3 py-2">{t.expiresAt ? formatDateTime(t.expiresAt) : '—'}</td>
              <td className="px-3 py-2">
                {t.revokedAt ? `Đã thu hồi ${formatDateTime(t.revokedAt)}` : t.expiresAt && t.expiresAt <= now ? 'Đã hết hạn' : (liveAction?.(t) ?? 'Đang dùng được')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
