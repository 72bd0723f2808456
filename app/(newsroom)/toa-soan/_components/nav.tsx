import type { StaffDesk } from '@/lib/data/users/staff';
import { NavMenu } from './nav-menu';

/**
 * Newsroom navigation. Add an entry for a new area here; `show` only hides links (each page checks
 * access itself), so keep it to the flags StaffDesk provides.
 */
export const NAV_ITEMS: Array<{ href: string; label: string; show?: (desk: StaffDesk) => boolean }> = [
  { href: '/toa-soan', label: 'Bàn làm việc' },
  { href: '/toa-soan/bai-viet', label: 'Bài viết' },
  { href: '/toa-soan/thu-vien', label: 'Thư viện ảnh' },
  { href: '/toa-soan/van-ban', label: 'Văn bản', show: (desk) => !desk.roles.every((r) => r === 'reporter') },
  { href: '/toa-soan/lich', label: 'Lịch công tác' },
  { href: '/toa-soan/hoi-dap', label: 'Hỏi đáp' },
  { href: '/toa-soan/trang-chu', label: 'Trang chủ', show: (desk) => desk.roles.includes('editor') },
  { href: '/toa-soan/nguoi-dung', label: 'Người dùng', show: (desk) => desk.canManageUsers },
  { href: '/toa-soan/nhan-vat', label: 'Nhân vật, đơn vị', show: (desk) => desk.canManageUsers },
  { href: '/toa-soan/cai-dat', label: 'Cấu hình', show: (desk) => desk.canManageUsers },
  { href: '/toa-soan/tai-khoan', label: 'Tài khoản của tôi' },
];

export function NewsroomNav({ desk }: { desk: StaffDesk }) {
  return <NavMenu items={NAV_ITEMS.filter((item) => !item.show || item.show(desk)).map(({ href, label }) => ({ href, label }))} />;
}
