import Link from 'next/link';

export default function NewsroomNotFound() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy</h1>
      <p className="mt-3 text-gray-700">Mục bạn tìm không tồn tại hoặc đã bị xóa.</p>
      <p className="mt-6">
        <Link href="/toa-soan" className="font-semibold text-brand underline">
          Về bàn làm việc
        </Link>
      </p>
    </section>
  );
}
