'use client';

// A story's share links, listed after the page is left and come back to: who made each, for which
// version, until when; revoke where the server says this viewer may (its creator or senior staff).
import { useCallback, useEffect, useState } from 'react';
import { revokePreviewLinkAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';
import { shareLinksAction } from '@/app/(newsroom)/toa-soan/bai-viet/editor-tools-actions';
import type { ShareLinkRow } from '@/lib/data/tokens/preview-links';

const when = (d: Date) => new Date(d).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
const STATE: Record<ShareLinkRow['state'], string> = { active: 'còn hiệu lực', expired: 'đã hết hạn', revoked: 'đã thu hồi' };

export function ShareLinkList({ articleId, refresh }: { articleId: string; refresh: number }) {
  const [data, setData] = useState<{ links: ShareLinkRow[]; more: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await shareLinksAction(articleId).catch(() => null);
    if (result?.ok) setData(result.data);
    else setMessage(result ? result.message : 'Chưa tải được danh sách liên kết: mất kết nối.');
  }, [articleId]);

  useEffect(() => {
    let stale = false;
    void shareLinksAction(articleId)
      .catch(() => null)
      .then((result) => {
        if (stale) return;
        if (result?.ok) setData(result.data);
        else setMessage(result ? result.message : 'Chưa tải được danh sách liên kết: mất kết nối.');
      });
    return () => {
      stale = true;
    };
  }, [articleId, refresh]);

  if (!data) return message ? <p role="status" className="mt-2">{message}</p> : null;
  return (
    <div className="mt-3 grid gap-1" data-testid="lien-ket-chia-se">
      <h3 className="font-semibold">Liên kết chia sẻ đã tạo</h3>
      {data.links.length === 0 ? <p className="text-gray-700">Chưa có liên kết nào.</p> : null}
      <ul className="grid gap-1">
        {data.links.map((link) => (
          <li key={link.id} className={`flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 pb-1 ${link.state === 'active' ? '' : 'text-gray-600'}`}>
            <span>
              Phiên bản #{link.revisionNumber} · {link.createdByName} · tạo {when(link.createdAt)} · <strong>{STATE[link.state]}</strong>
              {link.state === 'active' ? <> (đến {when(link.expiresAt)})</> : null}
            </span>
            {link.canRevoke ? (
              <button
                type="button"
                className="text-red-800 underline"
                aria-label={`Thu hồi (liên kết của ${link.createdByName}, tạo lúc ${when(link.createdAt)})`}
                onClick={async () => {
                  const result = await revokePreviewLinkAction(articleId, link.id);
                  setMessage(result.ok ? 'Đã thu hồi liên kết.' : result.message);
                  await load();
                }}
              >
                Thu hồi
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {data.more ? <p className="text-xs text-gray-700">Chỉ hiện các liên kết mới nhất.</p> : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
