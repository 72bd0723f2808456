'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteMediaAction } from '../actions';

/** Two steps, so a stray click deletes nothing. Only rendered for an unused item the viewer may delete. */
export function DeleteMediaButton({ id }: { id: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const danger = 'rounded border border-red-700 px-3 py-1.5 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60';

  if (!confirming) {
    return (
      <div className="mt-2 grid gap-2">
        <p className="text-sm text-muted">Tệp chưa được dùng trong bài viết nào.</p>
        <div>
          <button type="button" className={danger} onClick={() => setConfirming(true)}>
            Xóa tệp…
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="mt-2 grid gap-2" role="group" aria-label="Xác nhận xóa">
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <p className="font-semibold">Xóa vĩnh viễn tệp này khỏi thư viện? Không hoàn tác được.</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          className={danger}
          autoFocus
          onClick={() =>
            startTransition(async () => {
              const result = await deleteMediaAction({ id });
              if (!result.ok) return setError(result.message);
              router.push('/toa-soan/thu-vien?da_xoa=1');
            })
          }
        >
          {pending ? 'Đang xóa…' : 'Xóa vĩnh viễn'}
        </button>
        <button type="button" disabled={pending} className="rounded border border-gray-500 px-3 py-1.5 font-semibold hover:bg-gray-100" onClick={() => setConfirming(false)}>
          Thôi
        </button>
      </div>
    </div>
  );
}
