'use client';

import Link from 'next/link';

// Shown for unexpected failures; the details stay in the server log, never in the browser.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-3 text-gray-700">Hệ thống tạm thời không hiển thị được trang này. Xin vui lòng thử lại sau ít phút.</p>
      <p className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Thử lại
        </button>
        <Link href="/" className="rounded border border-gray-300 px-5 py-2 font-semibold hover:bg-gray-100">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
