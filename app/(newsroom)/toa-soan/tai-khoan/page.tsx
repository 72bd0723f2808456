import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { listOwnApiTokens } from '@/lib/data/api-tokens';
import { staffDesk } from '@/lib/data/staff';
import { ROLE_LABELS } from '@/lib/policy/roles';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';
import { ChangePasswordForm, CreateTokenForm, RevokeTokenButton } from './account-forms';

export const metadata: Metadata = { title: 'Tài khoản của tôi' };

export default async function AccountPage() {
  const { desk, tokens } = await pageData('/toa-soan/tai-khoan', async (viewer) => {
    const [desk, tokens] = await Promise.all([staffDesk(viewer), listOwnApiTokens(viewer)]);
    return { desk, tokens };
  });
  return (
    <div className="grid gap-6">
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

      <section aria-labelledby="doi-mat-khau" className="rounded border border-line bg-white p-5">
        <h2 id="doi-mat-khau" className="text-xl font-bold">
          Đổi mật khẩu
        </h2>
        <p className="mt-1 text-sm text-muted">Sau khi đổi, mọi phiên đăng nhập của bạn kết thúc và bạn đăng nhập lại bằng mật khẩu mới.</p>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="token-api" className="rounded border border-line bg-white p-5">
        <h2 id="token-api" className="text-xl font-bold">
          Token API cá nhân
        </h2>
        <p className="mt-1 text-sm text-muted">
          Token hành động với đúng các vai trò của bạn. Gửi kèm tiêu đề <code>Authorization: Bearer …</code>. Token chỉ hiện một lần khi tạo.
        </p>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p className="mt-4 text-muted">Bạn chưa có token nào.</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Token API của bạn</caption>
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">Tên</th>
                  <th scope="col" className="px-3 py-2">Mã đầu</th>
                  <th scope="col" className="px-3 py-2">Tạo lúc</th>
                  <th scope="col" className="px-3 py-2">Dùng gần nhất</th>
                  <th scope="col" className="px-3 py-2">Hết hạn</th>
                  <th scope="col" className="px-3 py-2">Trạng thái</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id} className="border-t border-line">
                    <td className="px-3 py-2">{t.name}</td>
                    <td className="px-3 py-2 font-mono">{t.prefix}…</td>
                    <td className="px-3 py-2">{formatDateTime(t.createdAt)}</td>
                    <td className="px-3 py-2">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : '—'}</td>
                    <td className="px-3 py-2">{t.expiresAt ? formatDateTime(t.expiresAt) : 'Không hết hạn'}</td>
                    <td className="px-3 py-2">
                      {t.revokedAt ? `Đã thu hồi ${formatDateTime(t.revokedAt)}` : <RevokeTokenButton tokenId={t.id} name={t.name} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
