'use client';

import Link from 'next/link';
import { useState } from 'react';
import { createPreviewLinkAction, revokePreviewLinkAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';
import { ShareLinkList } from './share-link-list';

/** Staff preview, and share links for someone without an account (48 hours unless chosen otherwise). */
export function PreviewPanel({ articleId }: { articleId: string }) {
  const [hours, setHours] = useState(48);
  const [link, setLink] = useState<{ id: string; url: string; expiresAt: Date } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Bumped after a link is made or revoked here, so the list below reloads.
  const [changes, setChanges] = useState(0);
  return (
    <section className="rounded border border-gray-300 bg-white p-3 text-sm">
      <h2 className="font-bold">Xem trước</h2>
      <p className="mt-1">
        <Link href={`/toa-soan/bai-viet/${articleId}/xem-truoc`} className="font-semibold underline" target="_blank">
          Xem như bạn đọc ↗
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="font-semibold">
          Hiệu lực (giờ)
          <input type="number" min={1} max={720} value={hours} onChange={(e) => setHours(Number(e.target.value))} className="mt-1 block w-20 rounded border border-gray-300 px-2 py-1" />
        </label>
        <button
          type="button"
          className="rounded border border-gray-500 px-3 py-1 font-semibold hover:bg-gray-100"
          onClick={async () => {
            const result = await createPreviewLinkAction(articleId, hours);
            if (!result.ok) return setMessage(result.message);
            setMessage(null);
            setLink({ ...result.data, url: `${window.location.origin}${result.data.url}` });
            setChanges((n) => n + 1);
          }}
        >
          Tạo liên kết chia sẻ
        </button>
      </div>
      {link ? (
        <div className="mt-2 grid gap-1">
          <label className="font-semibold">
            Liên kết (chỉ hiện một lần)
            <input readOnly value={link.url} className="mt-1 block w-full rounded border border-gray-300 px-2 py-1" onFocus={(e) => e.target.select()} />
          </label>
          <span className="text-xs text-gray-700">Hết hạn lúc {new Date(link.expiresAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.</span>
          <button
            type="button"
            className="justify-self-start text-red-800 underline"
            onClick={async () => {
              const result = await revokePreviewLinkAction(articleId, link.id);
              setMessage(result.ok ? 'Đã thu hồi liên kết.' : result.message);
              if (result.ok) setLink(null);
              setChanges((n) => n + 1);
            }}
          >
            Thu hồi liên kết
          </button>
        </div>
      ) : null}
      {message ? <p role="status" className="mt-2">{message}</p> : null}
      <ShareLinkList articleId={articleId} refresh={changes} />
    </section>
  );
}
