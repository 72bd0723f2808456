import type { Metadata } from 'next';
import Link from 'next/link';
import { passwordLinkHolder } from '@/lib/data/users/password-links';
import { SetPasswordForm } from './set-password-form';

export const metadata: Metadata = { title: 'Đặt mật khẩu', referrer: 'no-referrer' };

/** Reached from a one-time link; no session needed (the link is the credential, checked in lib/data). */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await passwordLinkHolder(decodeURIComponent(token));
  return (
    <section aria-labelledby="tieu-de" className="mx-auto max-w-md rounded border border-line bg-white p-6 shadow-sm">
      <h1 id="tieu-de" className="text-2xl font-bold">
        Đặt mật khẩu
      </h1>
      {holder ? (
        <>
          <p className="mt-3">
            Tài khoản: <strong>{holder.name}</strong> ({holder.email})
          </p>
          <SetPasswordForm token={decodeURIComponent(token)} />
        </>
      ) : (
        <>
          <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            Liên kết đặt mật khẩu không hợp lệ, đã hết hạn hoặc đã được dùng. Hãy đề nghị quản trị viên gửi liên kết mới.
          </p>
          <p className="mt-4">
            <Link href="/toa-soan/dang-nhap" className="text-brand underline">
              Đến trang đăng nhập
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
