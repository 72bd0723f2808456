'use client';

import { Success } from '../_components/form-bits';
import type { LinkResult } from './actions';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';

/** After creating a user or a reset link: where the link went, or the link itself to hand over. */
export function LinkNotice({ result, created }: { result: LinkResult; created: boolean }) {
  return (
    <Success>
      <p>
        {created ? `Đã tạo tài khoản ${result.email}. ` : ''}
        {result.mailed
          ? `Đã gửi liên kết đặt mật khẩu tới ${result.email}.`
          : 'Chưa cấu hình máy chủ thư: hãy chuyển liên kết dưới đây cho người dùng (chỉ hiện một lần, dùng được một lần).'}
      </p>
      {result.url ? (
        <p className="mt-2">
          <label htmlFor={`lien-ket-${result.userId}`} className="font-semibold">
            Liên kết đặt mật khẩu
          </label>
          <input
            id={`lien-ket-${result.userId}`}
            readOnly
            value={result.url}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1 font-mono text-sm"
          />
        </p>
      ) : null}
      <p className="mt-1 text-sm">Hết hạn lúc {formatDateTime(result.expiresAt)}.</p>
    </Success>
  );
}
