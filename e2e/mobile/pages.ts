// The pages e2e/mobile/no-horizontal-scroll.spec.ts opens at 360 px: every newsroom page (as a role
// that may see it, with content in it) and the reader pages. A new page gets a row here.
import type { Page } from '@playwright/test';
import * as s from '../../db/schema';
import { withE2eDb } from '../fixtures/db';
import { createTestUser } from '../fixtures/users';
import type { Who } from '../security/matrix/types';
import type { MobileFixtures } from './fixtures';
import { createTestQuestion } from '../fixtures/questions';

export interface PageVisit {
  /** Shown in the test title and in a failure. */
  name: string;
  /** Who opens it: a role (a fresh user of that role signs in) or 'anonymous'. */
  as: Who;
  path: (fx: MobileFixtures) => Promise<string> | string;
  /** Waits for what the page draws after loading (client components), before the width is measured. */
  ready?: (page: Page) => Promise<void>;
}

const editorReady = async (page: Page) => {
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).waitFor();
};

/** An event with a long title and one assignment with long notes; returns the event's id. */
async function eventWithAssignment(): Promise<string> {
  const writer = await createTestUser({ roles: ['reporter'], name: 'Phóng viên có họ tên khá dài để thử màn hình hẹp' });
  const start = new Date(Date.now() + 86_400_000);
  return withE2eDb(async (db) => {
    const [event] = await db.insert(s.planningEvents).values({ title: 'Hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm sau của toàn ngành', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), location: 'Hội trường lớn' }).returning();
    await db.insert(s.assignments).values({ eventId: event!.id, assigneeId: writer.id, dueAt: new Date(start.getTime() + 86_400_000), notes: 'Tin 800 chữ, kèm ảnh; phỏng vấn nhanh đại biểu. '.repeat(4) });
    return event!.id;
  });
}

export const NEWSROOM_PAGES: PageVisit[] = [
  { name: 'đăng nhập', as: 'anonymous', path: () => '/toa-soan/dang-nhap' },
  { name: 'đặt mật khẩu', as: 'anonymous', path: async (fx) => `/toa-soan/dat-mat-khau/${await fx.passwordLink()}` },
  { name: 'bàn làm việc (phóng viên)', as: 'reporter', path: async (fx) => (await fx.draft(), '/toa-soan') },
  { name: 'bàn làm việc (biên tập)', as: 'editor', path: async (fx) => (await fx.inReview(), '/toa-soan') },
  { name: 'bàn làm việc (lãnh đạo)', as: 'leader', path: async (fx) => (await fx.awaitingApproval(), '/toa-soan') },
  { name: 'danh sách bài viết', as: 'editor', path: async (fx) => (await fx.inReview(), '/toa-soan/bai-viet') },
  { name: 'soạn bài (phóng viên, bản nháp)', as: 'reporter', path: async (fx) => `/toa-soan/bai-viet/${await fx.draft()}`, ready: editorReady },
  { name: 'soạn bài (biên tập, chờ biên tập)', as: 'editor', path: async (fx) => `/toa-soan/bai-viet/${await fx.inReview()}`, ready: editorReady },
  { name: 'soạn bài (lãnh đạo, chờ duyệt)', as: 'leader', path: async (fx) => `/toa-soan/bai-viet/${await fx.awaitingApproval()}`, ready: editorReady },
  { name: 'so sánh phiên bản', as: 'editor', path: async (fx) => `/toa-soan/bai-viet/${await fx.revised()}/phien-ban` },
  { name: 'xem trước trong tòa soạn', as: 'editor', path: async (fx) => `/toa-soan/bai-viet/${await fx.inReview()}/xem-truoc` },
  { name: 'liên kết xem trước', as: 'anonymous', path: (fx) => fx.previewLinkPath() },
  { name: 'thư viện ảnh', as: 'reporter', path: () => '/toa-soan/thu-vien' },
  { name: 'một ảnh trong thư viện', as: 'reporter', path: async (fx) => `/toa-soan/thu-vien/${await fx.mediaId()}` },
  { name: 'nhân vật, đơn vị', as: 'admin', path: () => '/toa-soan/nhan-vat' },
  { name: 'người dùng', as: 'admin', path: () => '/toa-soan/nguoi-dung' },
  { name: 'một người dùng', as: 'admin', path: async (fx) => `/toa-soan/nguoi-dung/${await fx.userWithToken()}` },
  { name: 'cấu hình', as: 'admin', path: () => '/toa-soan/cai-dat' },
  { name: 'tài khoản của tôi', as: 'reporter', path: () => '/toa-soan/tai-khoan' },
  { name: 'thông báo', as: 'editor', path: async (fx) => (await fx.inReview(), '/toa-soan/thong-bao') },
  { name: 'từ viết tắt', as: 'admin', path: () => '/toa-soan/cai-dat/viet-tat' },
  { name: 'trang giới thiệu cơ quan', as: 'admin', path: () => '/toa-soan/cai-dat/trang-co-quan' },
  { name: 'văn bản', as: 'editor', path: () => '/toa-soan/van-ban' },
  { name: 'văn bản mới', as: 'editor', path: () => '/toa-soan/van-ban/moi' },
  { name: 'lịch công tác (tuần)', as: 'reporter', path: () => '/toa-soan/lich' },
  { name: 'sự kiện mới', as: 'editor', path: () => '/toa-soan/lich/moi' },
  { name: 'trang chủ (biên tập)', as: 'editor', path: () => '/toa-soan/trang-chu' },
  { name: 'hỏi đáp (hàng đợi)', as: 'editor', path: async () => (await createTestQuestion('received'), '/toa-soan/hoi-dap') },
  { name: 'một câu hỏi (phân công)', as: 'editor', path: async () => `/toa-soan/hoi-dap/${(await createTestQuestion('moderated')).id}` },
  { name: 'một câu hỏi (chờ duyệt)', as: 'leader', path: async () => `/toa-soan/hoi-dap/${(await createTestQuestion('awaiting_approval')).id}` },
  {
    name: 'sự kiện, sửa việc giao (biên tập)',
    as: 'editor',
    path: async () => `/toa-soan/lich/${await eventWithAssignment()}`,
    ready: async (page) => {
      await page.getByRole('button', { name: /^Sửa việc giao/ }).click();
      await page.getByRole('button', { name: 'Lưu việc giao' }).waitFor();
    },
  },
];

export const READER_PAGES: PageVisit[] = [
  { name: 'trang chủ', as: 'anonymous', path: () => '/' },
  { name: 'bài viết', as: 'anonymous', path: (fx) => fx.publicArticlePath() },
  { name: 'chuyên mục', as: 'anonymous', path: (fx) => fx.sectionPath() },
  { name: 'tìm kiếm', as: 'anonymous', path: () => `/tim-kiem?q=${encodeURIComponent('hội nghị tổng kết')}` },
  { name: 'English home', as: 'anonymous', path: () => '/en' },
  { name: 'văn bản', as: 'anonymous', path: () => '/van-ban' },
  { name: 'đính chính', as: 'anonymous', path: () => '/dinh-chinh' },
  { name: 'lưu trữ theo ngày', as: 'anonymous', path: () => '/luu-tru/2019/12/23' },
  { name: 'lưu trữ theo tháng', as: 'anonymous', path: () => '/luu-tru/2019/12' },
  { name: 'cơ cấu tổ chức', as: 'anonymous', path: () => '/co-cau-to-chuc' },
  { name: 'liên hệ', as: 'anonymous', path: () => '/lien-he' },
  { name: 'hỏi đáp', as: 'anonymous', path: async () => (await createTestQuestion('published'), '/hoi-dap') },
  { name: 'gửi câu hỏi', as: 'anonymous', path: () => '/hoi-dap/gui' },
  { name: 'một câu hỏi đã trả lời', as: 'anonymous', path: async () => `/hoi-dap/${(await createTestQuestion('published')).id}` },
];
