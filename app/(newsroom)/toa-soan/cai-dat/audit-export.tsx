'use client';

// The audit export for admins: a link to the existing API route (GET /api/v1/audit/workflow-events.csv,
// admin only, checked there), downloaded with the session cookie. Empty dates are left out of the
// address (the route refuses an empty value).
import { useState } from 'react';

const input = 'mt-1 block rounded border border-gray-400 px-2 py-1';
export const AUDIT_EXPORT_PATH = '/api/v1/audit/workflow-events.csv';

export function AuditExport() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  return (
    <section aria-labelledby="nhat-ky" className="rounded border border-gray-300 bg-white p-4">
      <h2 id="nhat-ky" className="font-bold">
        Nhật ký biên tập
      </h2>
      <p className="mt-1 text-sm text-gray-700">Mọi bước quy trình (gửi, trả lại, duyệt, đăng, gỡ…) dạng CSV; để trống ngày để lấy toàn bộ.</p>
      <div className="mt-3 flex flex-wrap items-end gap-3 text-sm">
        <label className="font-semibold">
          Từ ngày
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} className={input} />
        </label>
        <label className="font-semibold">
          Đến ngày
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} className={input} />
        </label>
        <a href={query ? `${AUDIT_EXPORT_PATH}?${query}` : AUDIT_EXPORT_PATH} download className="rounded border border-gray-600 px-3 py-1 font-semibold hover:bg-gray-100">
          Tải nhật ký biên tập (CSV)
        </a>
      </div>
    </section>
  );
}
