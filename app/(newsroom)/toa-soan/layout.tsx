import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getViewer } from '@/lib/auth/viewer';
import { unreadBadge } from '@/lib/data/notifications/inbox';
import { staffDesk, type StaffDesk } from '@/lib/data/users/staff';
import { NotificationBadge } from '@/components/newsroom/notification-badge';
import { ROLE_LABELS } from '@/lib/policy/roles';
import { signOutAction } from './actions';
import { OfflineCopiesGuard } from '@/components/newsroom/offline-copies-guard';
import { SignOutForm } from '@/components/newsroom/sign-out-form';
import { NewsroomNav } from './_components/nav';
import { ErrorStringsProvider } from '@/components/site/error-strings';

// Per request, always: the newsroom shows who is signed in, and nothing here is cacheable.
export const dynamic = 'force-dynamic';

const NEWSROOM_ERROR_STRINGS = {
  title: 'Đã có lỗi xảy ra',
  body: 'Hệ thống tạm thời không hiển thị được trang này. Xin vui lòng thử lại sau ít phút.',
  retry: 'Thử lại',
  home: 'Về trang chủ',
  homeHref: '/toa-soan',
};

export const metadata: Metadata = {
  title: { default: 'Tòa soạn', template: '%s · Tòa soạn' },
  robots: { index: false, follow: false },
};

/**
 * The staff shell. Comfort only: it shows the navigation to a signed-in staff member, and decides
 * no access. Each page loads its own data through pageData() (lib/auth/guard.ts).
 */
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  let desk: StaffDesk | null = null;
  let unread = 0;
  let userId: string | null = null;
  try {
    const viewer = await getViewer();
    userId = viewer.kind === 'user' ? viewer.id : null;
    desk = await staffDesk(viewer);
    unread = await unreadBadge(viewer);
  } catch {
    desk = null; // anonymous or without a role: the page itself answers (sign-in, 403)
  }
  // The newsroom is its own document (app/layout.tsx only passes children on), always Vietnamese.
  return (
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">
        <ErrorStringsProvider value={NEWSROOM_ERROR_STRINGS}>
          <OfflineCopiesGuard userId={desk ? userId : null} />
    <div className="min-h-screen bg-gray-50">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-lg font-bold text-brand">
            <Link href="/toa-soan">Tòa soạn</Link>
          </p>
          {desk ? (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <NotificationBadge unread={unread} />
              <span>
                <span className="font-semibold">{desk.name}</span>{' '}
                <span className="text-muted">({desk.roles.map((r) => ROLE_LABELS[r]).join(', ')})</span>
              </span>
              <SignOutForm signOut={signOutAction} />
            </div>
          ) : null}
        </div>
        {desk ? <NewsroomNav desk={desk} /> : null}
      </header>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
        </ErrorStringsProvider>
      </body>
    </html>
  );
}
