import Link from 'next/link';

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand">403</p>
      <h1 className="mt-4 text-2xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-3 text-gray-700">Vai trò của tài khoản không cho phép thao tác này. Nếu cần, hãy liên hệ quản trị viên.</p>
      <p className="mt-6">
        <Link href="/toa-soan" className="font-semibold text-brand underline">
          Về bàn làm việc
        </Link>
      </p>
    </section>
  );
}
