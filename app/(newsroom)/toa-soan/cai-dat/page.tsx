import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { settingsForAdmin, type SuggestingRole } from '@/lib/data/site/admin';
import { CHECKLIST_RULES, type ChecklistRule } from '@/lib/workflow/checklist';
import { AuditExport } from './audit-export';
import { createSectionAction, updateSectionAction, updateSettingsAction, updateSuggestingRolesAction, updateLiveCoeditingAction } from './actions';

export const metadata: Metadata = { title: 'Cấu hình' };

const input = 'mt-1 block w-full rounded border border-gray-400 px-2 py-1';
const button = 'rounded border border-gray-600 px-3 py-1 font-semibold hover:bg-gray-100';
const SETTINGS: Array<[string, string]> = [
  ['agencyName', 'Tên cơ quan'],
  ['agencyShortName', 'Tên viết tắt'],
  ['parentAgencyName', 'Cơ quan cấp trên'],
  ['siteTitle', 'Tên cổng thông tin'],
  ['tagline', 'Khẩu hiệu'],
  ['address', 'Địa chỉ'],
  ['phone', 'Điện thoại'],
  ['fax', 'Fax'],
  ['email', 'Email'],
  ['responsiblePerson', 'Người chịu trách nhiệm chính'],
  ['responsibleTitle', 'Chức vụ người chịu trách nhiệm'],
  ['licence', 'Giấy phép'],
  ['defaultCredit', 'Nguồn ảnh mặc định'],
  ['siteTitleEn', 'Tên cổng thông tin (tiếng Anh)'],
  ['agencyNameEn', 'Tên cơ quan (tiếng Anh)'],
  ['parentAgencyNameEn', 'Cơ quan cấp trên (tiếng Anh)'],
  ['taglineEn', 'Khẩu hiệu (tiếng Anh)'],
];

const SUGGESTING_ROLE_LABELS: Array<[SuggestingRole, string]> = [
  ['editor', 'Biên tập viên'],
  ['leader', 'Lãnh đạo'],
];

type Props = { searchParams: Promise<{ ok?: string; loi?: string }> };

export default async function SettingsPage({ searchParams }: Props) {
  const [{ ok, loi }, data] = await Promise.all([searchParams, pageData('/toa-soan/cai-dat', (viewer) => settingsForAdmin(viewer))]);
  const settings = (data.settings ?? {}) as Record<string, unknown>;
  const suggestingRoles: readonly string[] = data.settings?.suggestingRoles ?? ['leader'];
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">Cấu hình cổng thông tin</h1>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 300)}</p> : null}
      <section aria-labelledby="co-quan" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="co-quan" className="font-bold">Cơ quan và chân trang (Nghị định 42/2022/NĐ-CP)</h2>
        <p className="mt-1 text-sm text-gray-700">
          Mọi tên gọi bạn đọc thấy lấy từ đây; đổi tên cơ quan chỉ cần lưu lại biểu mẫu này. Các ô “tiếng Anh” dùng cho giao diện tiếng Anh (/en); để trống thì
          bạn đọc thấy tên tiếng Việt.
        </p>
        <form action={updateSettingsAction} className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
          {SETTINGS.map(([key, label]) => (
            <label key={key} className="font-semibold">
              {label}
              <input name={key} defaultValue={typeof settings[key] === 'string' ? (settings[key] as string) : ''} className={input} />
            </label>
          ))}
          <div className="sm:col-span-2">
            <button type="submit" className={button}>Lưu cấu hình</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="goi-y-mac-dinh" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="goi-y-mac-dinh" className="font-bold">Chế độ gợi ý</h2>
        <form action={updateSuggestingRolesAction} className="mt-2 text-sm">
          <fieldset>
            <legend className="font-semibold">Chế độ gợi ý mặc định cho</legend>
            <p className="text-gray-700">Người có vai trò được chọn mở bài ở chế độ gợi ý: sửa của họ thành gợi ý để người viết chấp nhận hoặc từ chối. Ai cũng tắt được chế độ này trong trình soạn thảo.</p>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {SUGGESTING_ROLE_LABELS.map(([role, label]) => (
                <label key={role} className="flex items-center gap-1">
                  <input type="checkbox" name="suggestingRoles" value={role} defaultChecked={suggestingRoles.includes(role)} />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className={`${button} mt-2`}>Lưu chế độ gợi ý</button>
        </form>
      </section>

      <section aria-labelledby="cung-soan" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="cung-soan" className="font-bold">Cùng soạn trực tiếp</h2>
        <form action={updateLiveCoeditingAction} className="mt-2 grid gap-2 text-sm">
          <label className="flex items-center gap-2 font-semibold">
            <input type="checkbox" name="liveCoediting" defaultChecked={data.settings?.liveCoediting !== false} />
            Nhiều người cùng sửa nội dung một bài cùng lúc
          </label>
          <p className="text-gray-700">
            Khi bật, phần nội dung bài được sửa trực tiếp cùng nhau: mỗi người thấy ai đang mở bài và con trỏ của họ, không còn cảnh “đang có người chỉnh sửa”. Mất mạng vẫn gõ tiếp được, nội dung được lưu trên máy và tự hòa khi có mạng lại. Các lần dừng gõ vẫn thành phiên bản như khi tự động lưu; quy trình gửi, duyệt và ký duyệt không đổi.
          </p>
          <button type="submit" className={`${button} justify-self-start`}>Lưu cùng soạn trực tiếp</button>
        </form>
      </section>

      <AuditExport />

      <p className="text-sm">
        <Link href="/toa-soan/cai-dat/trang-co-quan" className="font-semibold underline">Trang giới thiệu cơ quan</Link>: giới thiệu, chức năng nhiệm vụ, sơ đồ tổ chức và cán bộ đầu mối bằng tiếng Việt và tiếng Anh.
      </p>
      <p className="text-sm">
        <Link href="/toa-soan/cai-dat/viet-tat" className="font-semibold underline">Từ viết tắt trong tìm kiếm</Link> (TP.HCM, UBND, KT-XH…): bạn đọc gõ dạng nào cũng tìm thấy dạng kia.
      </p>
      <section aria-labelledby="chuyen-muc" className="grid gap-3">
        <h2 id="chuyen-muc" className="text-lg font-bold">Chuyên mục và kiểm tra trước khi gửi</h2>
        {data.sections.map((section) => (
          <form key={section.id} action={updateSectionAction} className="grid gap-2 rounded border border-gray-300 bg-white p-3 text-sm sm:grid-cols-[2fr_3fr_6rem]" aria-label={`Chuyên mục ${section.name}`}>
            <input type="hidden" name="id" value={section.id} />
            <label className="font-semibold">
              Tên
              <input name="name" defaultValue={section.name} required className={input} />
            </label>
            <label className="font-semibold">
              Mô tả
              <input name="description" defaultValue={section.description} className={input} />
            </label>
            <label className="font-semibold">
              Thứ tự
              <input name="sortOrder" type="number" min={0} max={1000} defaultValue={section.sortOrder} className={input} />
            </label>
            <label className="font-semibold">
              Tên tiếng Anh
              <input name="nameEn" defaultValue={section.nameEn} lang="en" className={input} />
            </label>
            <label className="font-semibold sm:col-span-2">
              Mô tả tiếng Anh
              <input name="descriptionEn" defaultValue={section.descriptionEn} lang="en" className={input} />
            </label>
            <fieldset className="sm:col-span-3">
              <legend className="font-semibold">Yêu cầu trước khi gửi biên tập</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {(Object.keys(CHECKLIST_RULES) as ChecklistRule[]).map((rule) => (
                  <label key={rule} className="flex items-center gap-1">
                    <input type="checkbox" name={`checklist.${rule}`} defaultChecked={section.checklist?.[rule] !== false} />
                    {CHECKLIST_RULES[rule]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <button type="submit" className={button}>Lưu chuyên mục</button>
            </div>
          </form>
        ))}
        <form action={createSectionAction} className="flex flex-wrap items-end gap-2 rounded border border-dashed border-gray-400 bg-white p-3 text-sm">
          <label className="font-semibold">
            Chuyên mục mới
            <input name="name" required className={input} />
          </label>
          <label className="font-semibold">
            Mô tả
            <input name="description" className={input} />
          </label>
          <label className="font-semibold">
            Thứ tự
            <input name="sortOrder" type="number" min={0} max={1000} defaultValue={data.sections.length} className={input} />
          </label>
          <button type="submit" className={button}>Thêm chuyên mục</button>
        </form>
      </section>
    </div>
  );
}
