import Link from 'next/link';
import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { documentFormOptions, documentsForStaff } from '@/lib/data/documents/staff';
import { ScrollRegion } from '@/components/newsroom/scroll-region';
import { createDocumentTypeAction } from './actions';

export const metadata: Metadata = { title: 'Văn bản' };

const input = 'mt-1 block w-full rounded border border-gray-400 px-2 py-1';
const dmy = (iso: string) => iso.split('-').reverse().join('/');

type Props = { searchParams: Promise<{ ok?: string; loi?: string; q?: string }> };

export default async function DocumentsDeskPage({ searchParams }: Props) {
  const { ok, loi, q } = await searchParams;
  const { rows, options } = await pageData('/toa-soan/van-ban', async (viewer) => ({ rows: await documentsForStaff(viewer, q ?? ''), options: await documentFormOptions(viewer) }));
  return (
    <div className="grid min-w-0 gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold">Văn bản</h1>
        <Link href="/toa-soan/van-ban/moi" className="rounded bg-blue-800 px-4 py-1.5 font-semibold text-white">Thêm văn bản</Link>
      </div>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 400)}</p> : null}
      <form role="search" method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <label className="font-semibold">
          Tìm theo số, ký hiệu hoặc trích yếu
          <input type="search" name="q" defaultValue={q ?? ''} maxLength={100} className={input} />
        </label>
        <button type="submit" className="rounded border border-gray-600 px-3 py-1 font-semibold">Tìm</button>
      </form>
      <ScrollRegion label="Danh sách văn bản">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-gray-400 text-left">
            <th scope="col" className="p-2">Số, ký hiệu</th>
            <th scope="col" className="p-2">Loại</th>
            <th scope="col" className="p-2">Ngày ban hành</th>
            <th scope="col" className="p-2">Trích yếu</th>
            <th scope="col" className="p-2">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-gray-200 align-top">
              <td className="p-2 font-semibold">
                <Link href={`/toa-soan/van-ban/${r.id}`} className="text-blue-800 underline">{r.numberSymbol}</Link>
              </td>
              <td className="p-2">{r.typeName}</td>
              <td className="p-2">{dmy(r.issuedOn)}</td>
              <td className="p-2">
                {r.summary}
                <span className="block text-xs text-gray-700">{r.issuer}</span>
              </td>
              <td className="p-2">{r.status === 'published' ? 'Đã đăng' : 'Bản nháp'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollRegion>
      {rows.length === 0 ? <p className="text-sm">Chưa có văn bản nào{q ? ' khớp với tìm kiếm' : ''}.</p> : null}
      <section aria-labelledby="loai-van-ban" className="grid gap-2 text-sm">
        <h2 id="loai-van-ban" className="text-lg font-bold">Loại văn bản</h2>
        <p>{options.types.map((t) => t.name).join(', ')}</p>
        <form action={createDocumentTypeAction} className="flex flex-wrap items-end gap-2">
          <label className="font-semibold">
            Thêm loại văn bản (chỉ quản trị viên)
            <input name="name" required maxLength={100} className={input} />
          </label>
          <button type="submit" className="rounded border border-gray-600 px-3 py-1 font-semibold">Thêm loại</button>
        </form>
      </section>
    </div>
  );
}
