'use client';

import { useState } from 'react';
import { useFormStatus } from 'react-dom';
import { dangerButton, secondaryButton } from '../../_components/form-bits';
import { deleteEventAction } from '../actions';

function ConfirmButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={dangerButton} disabled={pending}>
      {pending ? 'Đang xóa…' : 'Xác nhận xóa sự kiện'}
    </button>
  );
}

/**
 * "Xóa sự kiện" asks once more before deleting. While the event cannot be deleted (a story was
 * started from it, or an assignment is still on) the reason is shown instead of the button; the
 * server checks again either way.
 */
export function DeleteEvent({ id, title, blockedReason }: { id: string; title: string; blockedReason: string | null }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="xoa-su-kien" className="grid gap-2">
      <h2 id="xoa-su-kien" className="text-lg font-bold">
        Xóa sự kiện
      </h2>
      <p className="text-sm text-muted">
        Xóa sự kiện không bao giờ xóa bài viết: sự kiện đã có bài bắt đầu viết được giữ làm hồ sơ của bài, và sự kiện còn việc giao chưa hủy thì phải hủy việc giao trước (để người viết được báo).
      </p>
      {blockedReason ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="ly-do-khong-xoa">
          {blockedReason}
        </p>
      ) : confirming ? (
        <form action={deleteEventAction} className="grid gap-2 rounded border border-red-300 bg-red-50 p-3">
          <input type="hidden" name="id" value={id} />
          <p className="break-words text-sm text-red-900">Xóa hẳn sự kiện “{title}” khỏi lịch công tác và lịch của người được giao? Không hoàn tác được.</p>
          <div className="flex flex-wrap gap-2">
            <ConfirmButton />
            <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
              Không xóa
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" className={dangerButton} onClick={() => setConfirming(true)}>
            Xóa sự kiện
          </button>
        </div>
      )}
    </section>
  );
}
