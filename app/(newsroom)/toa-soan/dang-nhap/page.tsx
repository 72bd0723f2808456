import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/http';
import { waitText } from '@/lib/credentials/lockout';
import { getViewer } from '@/lib/auth/viewer';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Đăng nhập' };

/** Messages for the no-script form post (the script path shows the server's own message). */
function errorMessage(code: string | undefined, after: string | undefined): string | null {
  switch (code) {
    case 'sai':
      return 'Email hoặc mật khẩu không đúng.';
    case 'khoa': {
      const seconds = Number(after);
      const wait = Number.isFinite(seconds) && seconds > 0 ? waitText(Math.min(Math.round(seconds), 86_400)) : 'ít phút';
      return `Đăng nhập tạm thời bị khóa vì nhập sai nhiều lần. Hãy thử lại sau ${wait} hoặc liên hệ quản trị viên.`;
    }
    case 'nguon':
      return 'Yêu cầu đăng nhập phải gửi từ trang đăng nhập của tòa soạn.';
    case 'nhap':
      return 'Hãy nhập email hợp lệ và mật khẩu.';
    default:
      return null;
  }
}

const NOTICES: Record<string, string> = {
  'da-dang-xuat': 'Bạn đã đăng xuất.',
  'da-dang-xuat-moi-noi': 'Đã đăng xuất khỏi mọi thiết bị và trình duyệt.',
  'mat-khau-da-doi': 'Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới.',
  'mat-khau-da-dat': 'Đã đặt mật khẩu. Hãy đăng nhập.',
};

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = safeNextPath(one(params.tiep));
  const viewer = await getViewer();
  if (viewer.kind === 'user') redirect(next);
  const error = errorMessage(one(params.loi), one(params.sau));
  const notice = NOTICES[one(params['thong-bao']) ?? ''] ?? null;
  return (
    <section aria-labelledby="tieu-de" className="mx-auto max-w-md rounded border border-line bg-white p-6 shadow-sm">
      <h1 id="tieu-de" className="text-2xl font-bold">
        Đăng nhập tòa soạn
      </h1>
      {notice ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {notice}
        </p>
      ) : null}
      <SignInForm next={next} initialError={error} />
    </section>
  );
}
