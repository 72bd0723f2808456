'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import type { MediaItem } from '@/lib/media/types';
import { updateMediaAction } from '../actions';

const field = 'w-full rounded border border-gray-500 px-3 py-2 aria-[invalid=true]:border-red-700';

/** Caption, credit, alt text (required for images) and the display name of one library item. */
export function MediaEditForm({ item }: { item: MediaItem }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [altMissing, setAltMissing] = useState(false);
  const id = useId();
  const isImage = item.kind === 'image';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    if (isImage && !value('alt').trim()) {
      setAltMissing(true);
      setMessage({ ok: false, text: 'Hãy nhập mô tả thay thế (alt): ảnh chưa có alt thì chưa chèn được vào bài.' });
      (event.currentTarget.elements.namedItem('alt') as HTMLInputElement | null)?.focus();
      return;
    }
    setAltMissing(false);
    setMessage(null);
    startTransition(async () => {
      const result = await updateMediaAction({
        id: item.id,
        ...(isImage ? { alt: value('alt') } : {}),
        caption: value('caption'),
        credit: value('credit'),
        originalFilename: value('originalFilename'),
      });
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: 'Đã lưu thông tin tệp.' });
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 grid gap-3">
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`rounded border px-3 py-2 text-sm ${message.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
          {message.text}
        </p>
      ) : null}
      {isImage ? (
        <div>
          <label htmlFor={`${id}-alt`} className="font-semibold">
            Mô tả thay thế (alt) <span aria-hidden="true" className="text-red-700">*</span>
          </label>
          <input
            id={`${id}-alt`}
            name="alt"
            defaultValue={item.alt}
            required
            aria-required="true"
            aria-invalid={altMissing}
            aria-describedby={`${id}-alt-help`}
            maxLength={500}
            className={field}
          />
          <p id={`${id}-alt-help`} className="text-xs text-muted">
            Tả điều ảnh cho thấy, cho người không xem được ảnh (ví dụ: “Đồng chí Trưởng Ban phát biểu tại hội nghị”). Bắt buộc trước khi dùng ảnh trong bài.
          </p>
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-caption`} className="font-semibold">
          Chú thích
        </label>
        <textarea id={`${id}-caption`} name="caption" defaultValue={item.caption} rows={3} maxLength={2000} className={field} />
      </div>
      <div>
        <label htmlFor={`${id}-credit`} className="font-semibold">
          Nguồn
        </label>
        <input id={`${id}-credit`} name="credit" defaultValue={item.credit} maxLength={200} className={field} />
      </div>
      <div>
        <label htmlFor={`${id}-name`} className="font-semibold">
          Tên tệp hiển thị
        </label>
        <input id={`${id}-name`} name="originalFilename" defaultValue={item.originalFilename} maxLength={200} className={field} />
      </div>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {pending ? 'Đang lưu…' : 'Lưu thông tin'}
        </button>
      </div>
    </form>
  );
}
