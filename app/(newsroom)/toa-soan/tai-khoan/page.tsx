import { ScrollRegion } from '@/components/newsroom/scroll-region';
import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { credentialLifetimes } from '@/lib/credentials/lifetimes';
import { listOwnApiTokens } from '@/lib/data/tokens/api-tokens';
import { listOwnSessions } from '@/lib/data/sessions/user-sessions';
import { staffDesk } from '@/lib/data/users/staff';
import { digestSetting } from '@/lib/data/notifications/inbox';
import { mailConfigured } from '@/lib/mail/mail';
import { ROLE_LABELS } from '@/lib/policy/roles';
import { DigestSection } from './digest-section';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';
import { TokenTable } from '@/components/newsroom/token-table';
import { ChangePasswordForm, CreateTokenForm, RevokeTokenButton, SignOutEverywhereButton } from './account-forms';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ ok?: string; loi?: string }> }) {
  const { ok, loi } = await searchParams;
  const { desk, tokens, sessions, digest } = await pageData('/toa-soan/tai-khoan', async (viewer) => {
    const [desk, tokens, sessions, digest] = await Promise.all([staffDesk(viewer), listOwnApiTokens(viewer), listOwnSessions(viewer), digestSetting(viewer)]);
    return { desk, tokens, sessions, digest };
  });
  const lifetimes = credentialLifetimes();
  return (
    <div className="grid grid-cols-1 gap-6">
      <section aria-labelledby="tieu-de" className="rounded border border-line bg-white p-5">
        <h1 id="tieu-de" className="text-2xl font-bold">
          Tài khoản của tôi
        </h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Họ tên</dt>
          <dd>{desk.name}</dd>
          <dt className="font-semibold">Email</dt>
          <dd>{desk.email}</dd>
          <dt className="font-semibold">Vai trò</dt>
          <dd>{desk.roles.map((r) => ROLE_LABELS[r]).join(', ')}</dd>
        </dl>
      </section>

      <DigestSection digest={digest.digest} email={digest.email} ok={ok} error={loi} mailConfigured={mailConfigured()} />

      <section aria-labelledby="doi-mat-khau" className="rounded border border-line bg-white p-5">
        <h2 id="doi-mat-khau" className="text-xl font-bold">
          Đổi mật khẩu
        </h2>
        <p className="mt-1 text-sm text-muted">Sau khi đổi, mọi phiên đăng nhập của bạn kết thúc và bạn đăng nhập lại bằng mật khẩu mới.</p>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="phien-dang-nhap" className="rounded border border-line bg-white p-5">
        <h2 id="phien-dang-nhap" className="text-xl font-bold">
          Phiên đăng nhập
        </h2>
        <p className="mt-1 text-sm text-muted">
          Mỗi phiên kéo dài tối đa {lifetimes.sessionHours} giờ kể từ lúc đăng nhập. Nếu bạn thấy một phiên lạ, hãy đăng xuất khỏi mọi nơi và đổi mật khẩu.
        </p>
        <ScrollRegion label="Các phiên đăng nhập (cuộn ngang để xem hết các cột)" className="mt-4">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Các phiên đăng nhập còn hiệu lực</caption>
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">Trình duyệt</th>
                <th scope="col" className="px-3 py-2">Đăng nhập lúc</th>
                <th scope="col" className="px-3 py-2">Hoạt động gần nhất</th>
                <th scope="col" className="px-3 py-2">Hết hạn</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-t border-line">
                  <td className="px-3 py-2">
                    {s.userAgent || 'Không rõ'}
                    {s.current ? <strong> (phiên này)</strong> : null}
                  </td>
                  <td className="px-3 py-2">{formatDateTime(s.createdAt)}</td>
                  <td className="px-3 py-2">{formatDateTime(s.lastSeenAt)}</td>
                  <td className="px-3 py-2">{formatDateTime(s.expiresAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <SignOutEverywhereButton />
      </section>

      <section aria-labelledby="token-api" className="rounded border border-line bg-white p-5">
        <h2 id="token-api" className="text-xl font-bold">
          Token API cá nhân
        </h2>
        <p className="mt-1 text-sm text-muted">
          Token hành động với đúng các vai trò của bạn. Gửi kèm tiêu đề <code>Authorization: Bearer …</code>. Token chỉ hiện một lần khi tạo
          và dùng được tối đa {lifetimes.tokenMaxDays} ngày.
        </p>
        <CreateTokenForm defaultDays={lifetimes.tokenDefaultDays} maxDays={lifetimes.tokenMaxDays} />
        {tokens.length === 0 ? (
          <p className="mt-4 text-muted">Bạn chưa có token nào.</p>
        ) : (
          <div className="mt-4">
            <TokenTable tokens={tokens} caption="Token API của bạn" liveAction={(t) => <RevokeTokenButton tokenId={t.id} name={t.name} />} />
          </div>
        )}
      </section>
    </div>
  );
}
