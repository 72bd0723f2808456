import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { abbreviationsForAdmin, MAX_ABBREVIATIONS } from '@/lib/data/search/abbreviations';
import { createAbbreviationAction, deleteAbbreviationAction, updateAbbreviationAction } from './actions';

export const metadata: Metadata = { title: 'Từ viết tắt trong tìm kiếm' };

const input = 'mt-1 block w-full rounded border border-gray-400 px-2 py-1';
const button = 'rounded border border-gray-600 px-3 py-1 font-semibold hover:bg-gray-100';

type Props = { searchParams: Promise<{ ok?: string; loi?: string }> };

export default async function AbbreviationsPage({ searchParams }: Props) {
  const [{ ok, loi }, rows] = await Promise.all([searchParams, pageData('/toa-soan/cai-dat/viet-tat', (viewer) => abbreviationsForAdmin(viewer))]);
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">Từ viết tắt trong tìm kiếm</h1>
      <p className="text-sm text-gray-700">
        Bạn đọc gõ dạng nào cũng tìm thấy bài viết dùng dạng kia: tìm “TP.HCM” ra cả bài viết “Thành phố Hồ Chí Minh” và ngược lại. Không phân biệt dấu và
        chữ hoa. Tối đa {MAX_ABBREVIATIONS} mục; dạng viết tắt tối đa 30 ký tự, dạng đầy đủ tối đa 200 ký tự.
      </p>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 300)}</p> : null}

      <form action={createAbbreviationAction} aria-label="Thêm mục viết tắt" className="flex flex-wrap items-end gap-2 rounded border border-dashed border-gray-400 bg-white p-3 text-sm">
        <label className="font-semibold">
          Viết tắt
          <input name="short" required maxLength={30} className={input} placeholder="TP.HCM" />
        </label>
        <label className="min-w-64 grow font-semibold">
          Dạng đầy đủ
          <input name="long" required maxLength={200} className={input} placeholder="Thành phố Hồ Chí Minh" />
        </label>
        <button type="submit" className={button} disabled={rows.length >= MAX_ABBREVIATIONS}>Thêm</button>
      </form>

      <section aria-labelledby="danh-sach" className="grid gap-2">
        <h2 id="danh-sach" className="text-lg font-bold">Danh sách ({rows.length} mục)</h2>
        {rows.length === 0 ? <p className="text-sm">Chưa có mục nào.</p> : null}
        {rows.map((row) => (
          <div key={row.id} className="flex flex-wrap items-end gap-2 rounded border border-gray-300 bg-white p-3 text-sm">
            <form action={updateAbbreviationAction} aria-label={`Mục viết tắt ${row.short}`} className="flex grow flex-wrap items-end gap-2">
              <input type="hidden" name="id" value={row.id} />
              <label className="font-semibold">
                Viết tắt
                <input name="short" required maxLength={30} defaultValue={row.short} className={input} />
              </label>
              <label className="min-w-64 grow font-semibold">
                Dạng đầy đủ
                <input name="long" required maxLength={200} defaultValue={row.long} className={input} />
              </label>
              <button type="submit" className={button}>Lưu</button>
            </form>
            <form action={deleteAbbreviationAction}>
              <input type="hidden" name="id" value={row.id} />
              <button type="submit" className={button} aria-label={`Xóa mục viết tắt ${row.short}`}>Xóa</button>
            </form>
          </div>
        ))}
      </section>
    </div>
  );
}
