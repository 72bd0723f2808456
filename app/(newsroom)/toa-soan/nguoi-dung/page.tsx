import { ScrollRegion } from '@/components/newsroom/scroll-region';
import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { waitText } from '@/lib/credentials/lockout';
import { lockedAddresses } from '@/lib/data/sessions/sign-in';
import { USERS_MAX_PAGE, userPage } from '@/lib/data/users/admin';
import { ROLE_LABELS } from '@/lib/policy/roles';
import { formatDayAndTime as formatDateTime } from '@/lib/time/format';
import { InviteUserForm } from './invite-form';
import { UnlockButton } from './user-controls';

export const metadata: Metadata = { title: 'Người dùng' };

type Props = { searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The list's own address for a search and a page (page 1 and an empty search left out). */
function listHref(q: string, page: number) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return query ? `/toa-soan/nguoi-dung?${query}` : '/toa-soan/nguoi-dung';
}

export default async function UsersPage({ searchParams }: Props) {
  const params = await searchParams;
  const asked = Number(one(params.trang));
  const requested = Number.isInteger(asked) ? Math.min(USERS_MAX_PAGE, Math.max(1, asked)) : 1;
  const { list, addresses } = await pageData(listHref(one(params.q).trim(), requested), async (viewer) => {
    const [list, addresses] = await Promise.all([userPage(viewer, { q: one(params.q), page: requested }), lockedAddresses(viewer)]);
    return { list, addresses };
  });
  const users = list.items;
  return (
    <div className="grid grid-cols-1 gap-8">
      <section aria-labelledby="tieu-de">
        <h1 id="tieu-de" className="text-2xl font-bold">
          Người dùng
        </h1>
        <form role="search" action="/toa-soan/nguoi-dung" className="mt-4 flex flex-wrap items-end gap-2">
          <label className="grid gap-1 text-sm">
            <span className="font-semibold">Tìm theo họ tên hoặc email</span>
            <input type="search" name="q" defaultValue={list.q} maxLength={100} className="min-w-0 rounded border border-line px-3 py-2" />
          </label>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            Tìm
          </button>
          {list.q ? (
            <Link href="/toa-soan/nguoi-dung" className="py-2 text-sm underline">
              Bỏ tìm kiếm
            </Link>
          ) : null}
        </form>
        <p className="mt-2 text-sm text-muted" role="status">
          {list.q
            ? list.total === 0
              ? `Không có tài khoản nào khớp “${list.q}”. Thử tìm bằng một phần họ tên hoặc email.`
              : `${list.total} tài khoản khớp “${list.q}”.`
            : `${list.total} tài khoản.`}
        </p>
        <ScrollRegion label="Danh sách tài khoản (cuộn ngang để xem hết các cột)" className="mt-2 rounded border border-line bg-white">
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
        {list.pages > 1 ? (
          <nav aria-label="Phân trang tài khoản" className="mt-3 flex items-center gap-4 text-sm">
            {list.page > 1 ? (
              <Link href={listHref(list.q, list.page - 1)} className="underline" rel="prev">
                ← Trang trước
              </Link>
            ) : null}
            <span>
              Trang {list.page}/{list.pages}
            </span>
            {list.page < list.pages ? (
              <Link href={listHref(list.q, list.page + 1)} className="underline" rel="next">
                Trang sau →
              </Link>
            ) : null}
          </nav>
        ) : null}
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
