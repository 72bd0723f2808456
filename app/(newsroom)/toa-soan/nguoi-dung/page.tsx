import { ScrollRegion } from '@/components/newsroom/scroll-region';
import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { waitText } from '@/lib/credentials/lockout';
import { lockedAddresses } from '@/lib/data/sessions/sign-in';
import { listUsers } from '@/lib/data/users/admin';
import { ROLE_LABELS } from '@/lib/policy/roles';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';
import { InviteUserForm } from './invite-form';
import { UnlockButton } from './user-controls';

export const metadata: Metadata = { title: 'Người dùng' };

export default async function UsersPage() {
  const { users, addresses } = await pageData('/toa-soan/nguoi-dung', async (viewer) => {
    const [users, addresses] = await Promise.all([listUsers(viewer), lockedAddresses(viewer)]);
    return { users, addresses };
  });
  return (
    <div className="grid grid-cols-1 gap-8">
      <section aria-labelledby="tieu-de">
        <h1 id="tieu-de" className="text-2xl font-bold">
          Người dùng
        </h1>
        <ScrollRegion label="Danh sách tài khoản (cuộn ngang để xem hết các cột)" className="mt-4 rounded border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Danh sách tài khoản tòa soạn</caption>
            <thead className="bg-gray-100">
              <tr>
                <th scope="col" className="px-3 py-2">Họ tên</th>
                <th scope="col" className="px-3 py-2">Email</th>
                <th scope="col" className="px-3 py-2">Vai trò</th>
                <th scope="col" className="px-3 py-2">Trạng thái</th>
                <th scope="col" className="px-3 py-2">Đăng nhập gần nhất</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-t border-line">
                  <td className="px-3 py-2">
                    <Link href={`/toa-soan/nguoi-dung/${u.id}`} className="font-semibold text-brand underline">
                      {u.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{u.email}</td>
                  <td className="px-3 py-2">{u.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                  <td className="px-3 py-2">{!u.isActive ? 'Đã vô hiệu hóa' : u.hasPassword ? 'Đang hoạt động' : 'Chưa đặt mật khẩu'}</td>
                  <td className="px-3 py-2">{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="tao-moi" className="rounded border border-line bg-white p-5">
        <h2 id="tao-moi" className="text-xl font-bold">
          Tạo tài khoản
        </h2>
        <p className="mt-1 text-sm text-muted">Người dùng mới nhận một liên kết dùng một lần để tự đặt mật khẩu.</p>
        <InviteUserForm />
      </section>

      <section aria-labelledby="ip-bi-khoa" className="rounded border border-line bg-white p-5">
        <h2 id="ip-bi-khoa" className="text-xl font-bold">
          Địa chỉ IP đang bị khóa đăng nhập
        </h2>
        {addresses.length === 0 ? (
          <p className="mt-2 text-muted">Không có địa chỉ nào bị khóa.</p>
        ) : (
          <ul className="mt-3 grid gap-2">
            {addresses.map((a) => (
              <li key={a.ip} className="flex flex-wrap items-center gap-3">
                <span className="font-mono">{a.ip}</span>
                <span className="text-sm text-muted">
                  {a.failures} lần sai, tự mở sau {waitText(a.retryAfterSeconds)}
                </span>
                <UnlockButton target={{ ip: a.ip }} label={`Mở khóa ${a.ip}`} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
