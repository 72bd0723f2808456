import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Không tìm thấy trang' };

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-6xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-gray-700">Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ.</p>
      <p className="mt-6">
        <Link href="/" className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
