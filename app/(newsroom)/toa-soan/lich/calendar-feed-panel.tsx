'use client';

import { useState, useTransition } from 'react';
import { formatDayAndTime } from '@/lib/time/format';
import { Alert, dangerButton, secondaryButton, Success } from '../_components/form-bits';
import { renewCalendarFeedAction, revokeCalendarFeedAction } from './actions';

/** The viewer's private iCal address: made or renewed (shown once), or revoked. */
export function CalendarFeedPanel({ active, createdAt }: { active: boolean; createdAt: string | null }) {
  const [state, setState] = useState<{ active: boolean; createdAt: string | null }>({ active, createdAt });
  const [address, setAddress] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const renew = () =>
    start(async () => {
      const result = await renewCalendarFeedAction();
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setAddress(`${window.location.origin}/api/lich/${result.data.token}`);
      setState({ active: true, createdAt: new Date().toISOString() });
      setMessage({ ok: true, text: 'Đã tạo địa chỉ mới; địa chỉ cũ (nếu có) không còn dùng được.' });
    });
  const revoke = () =>
    start(async () => {
      const result = await revokeCalendarFeedAction();
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setAddress(null);
      setState({ active: false, createdAt: null });
      setMessage({ ok: true, text: 'Đã thu hồi địa chỉ lịch riêng.' });
    });

  return (
    <section aria-labelledby="lich-rieng" className="grid gap-2 rounded border border-gray-300 bg-white p-3 text-sm">
      <h2 id="lich-rieng" className="font-bold">
        Lịch riêng (iCal)
      </h2>
      <p>Thêm vào ứng dụng lịch (Google Calendar, Outlook, điện thoại) để thấy các việc được giao và sự kiện bạn phụ trách. Giữ kín địa chỉ này: ai có nó đều xem được lịch của bạn.</p>
      <p>{state.active ? `Đang dùng một địa chỉ tạo lúc ${state.createdAt ? formatDayAndTime(state.createdAt) : '—'}.` : 'Bạn chưa có địa chỉ lịch riêng.'}</p>
      {address ? (
        <div className="grid gap-1">
          <label htmlFor="dia-chi-lich" className="font-semibold">
            Địa chỉ lịch riêng (chỉ hiện một lần, hãy sao chép ngay)
          </label>
          <input id="dia-chi-lich" readOnly value={address} className="w-full rounded border border-gray-500 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      {message ? message.ok ? <Success>{message.text}</Success> : <Alert>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButton} onClick={renew} disabled={pending}>
          {state.active ? 'Đổi địa chỉ mới' : 'Tạo địa chỉ lịch riêng'}
        </button>
        {state.active ? (
          <button type="button" className={dangerButton} onClick={revoke} disabled={pending}>
            Thu hồi địa chỉ
          </button>
        ) : null}
      </div>
    </section>
  );
}
