import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { waitText } from '@/lib/credentials/lockout';
import { TokenTable } from '@/components/newsroom/token-table';
import { listUserApiTokens } from '@/lib/data/tokens/admin';
import { userDetail } from '@/lib/data/users/admin';
import { ROLE_LABELS } from '@/lib/policy/roles';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';
import { ActiveToggle, PasswordLinkButton, RevokeUserTokensButton, RolesForm, UnlockButton } from '../user-controls';

export const metadata: Metadata = { title: 'Người dùng' };

const AUDIT_LABELS: Record<string, string> = {
  'sign_in.succeeded': 'Đăng nhập thành công',
  'sign_in.failed': 'Đăng nhập thất bại',
  'sign_in.locked': 'Khóa đăng nhập do nhập sai nhiều lần',
  'sign_in.lock_cleared': 'Mở khóa đăng nhập',
  'user.created': 'Tạo tài khoản',
  'user.roles_changed': 'Đổi vai trò',
  'user.deactivated': 'Vô hiệu hóa tài khoản',
  'user.reactivated': 'Kích hoạt lại tài khoản',
  'password.link_created': 'Tạo liên kết đặt mật khẩu',
  'password.set': 'Đặt mật khẩu qua liên kết',
  'password.changed': 'Đổi mật khẩu',
  'token.created': 'Tạo token API',
  'token.revoked': 'Thu hồi token API',
  'token.revoked_all': 'Thu hồi mọi token API',
  'session.ended': 'Đăng xuất',
  'session.ended_all': 'Đăng xuất khỏi mọi nơi',
};

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, tokens } = await pageData(`/toa-soan/nguoi-dung/${id}`, async (viewer) => {
    const [user, tokens] = await Promise.all([userDetail(viewer, id), listUserApiTokens(viewer, id)]);
    return { user, tokens };
  });
  const now = new Date();
  const liveTokens = tokens.filter((t) => !t.revokedAt && (!t.expiresAt || t.expiresAt > now));
  return (
    <div className="grid grid-cols-1 gap-6">
      <p>
        <Link href="/toa-soan/nguoi-dung" className="text-brand underline">
          ← Danh sách người dùng
        </Link>
      </p>
      <section aria-labelledby="tieu-de" className="rounded border border-line bg-white p-5">
        <h1 id="tieu-de" className="text-2xl font-bold">
          {user.name}
        </h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Email</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">Vai trò</dt>
          <dd>{user.roles.map((r) => ROLE_LABELS[r]).join(', ') || '—'}</dd>
          <dt className="font-semibold">Trạng thái</dt>
          <dd>{user.isActive ? (user.hasPassword ? 'Đang hoạt động' : 'Chưa đặt mật khẩu') : 'Đã vô hiệu hóa'}</dd>
          <dt className="font-semibold">Đăng nhập gần nhất</dt>
          <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : '—'}</dd>
          <dt className="font-semibold">Khóa đăng nhập</dt>
          <dd>{user.locked.locked ? `Đang bị khóa, tự mở sau ${waitText(user.locked.retryAfterSeconds)}` : 'Không bị khóa'}</dd>
        </dl>
        {user.locked.locked ? (
          <div className="mt-3">
            <UnlockButton target={{ email: user.email }} label="Mở khóa đăng nhập" />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="vai-tro" className="rounded border border-line bg-white p-5">
        <h2 id="vai-tro" className="mb-3 text-xl font-bold">
          Vai trò
        </h2>
        <RolesForm userId={user.id} roles={user.roles} />
      </section>

      <section aria-labelledby="tai-khoan" className="grid gap-4 rounded border border-line bg-white p-5">
        <h2 id="tai-khoan" className="text-xl font-bold">
          Tài khoản
        </h2>
        <ActiveToggle userId={user.id} isActive={user.isActive} />
        {user.isActive ? <PasswordLinkButton userId={user.id} /> : null}
      </section>

      <section aria-labelledby="token-api" className="grid gap-4 rounded border border-line bg-white p-5">
        <h2 id="token-api" className="text-xl font-bold">
          Token API
        </h2>
        {tokens.length === 0 ? (
          <p className="text-muted">Người dùng chưa có token nào.</p>
        ) : (
          <TokenTable tokens={tokens} caption="Token API của người dùng" />
        )}
        {liveTokens.length > 0 ? <RevokeUserTokensButton userId={user.id} /> : null}
      </section>

      <section aria-labelledby="nhat-ky" className="rounded border border-line bg-white p-5">
        <h2 id="nhat-ky" className="text-xl font-bold">
          Nhật ký bảo mật
        </h2>
        {user.audit.length === 0 ? (
          <p className="mt-2 text-muted">Chưa có sự kiện nào.</p>
        ) : (
          <ul className="mt-3 grid gap-1 text-sm">
            {user.audit.map((a) => (
              <li key={a.id}>
                <span className="font-mono">{formatDateTime(a.createdAt)}</span> — {AUDIT_LABELS[a.action] ?? a.action}
                {a.actorName ? ` (bởi ${a.actorName})` : ''}
                {a.ip ? ` · IP ${a.ip}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
