import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { listStaffArticles } from '@/lib/data/articles/read-article';
import { formatDateTime } from '@/lib/time/format';
import { STATE_LABELS, STATES } from '@/lib/workflow/transition';
import { createDraftAction, importDocxAction } from './actions';

export const metadata: Metadata = { title: 'Bài viết' };

/** A table cell that, in a phone's stacked card, is shown after its column's name (data-label). */
const CARD_CELL = 'p-2 max-md:px-1 max-md:py-0.5 max-md:before:font-semibold max-md:before:text-gray-700 max-md:before:content-[attr(data-label)_":_"]';

type Props = { searchParams: Promise<{ trang_thai?: string; q?: string; trang?: string; loi?: string }> };

export default async function ArticleListPage({ searchParams }: Props) {
  const query = await searchParams;
  const page = Math.max(1, Number(query.trang) || 1);
  const status = STATES.includes(query.trang_thai as never) ? query.trang_thai : undefined;
  const list = await pageData('/toa-soan/bai-viet', (viewer) => listStaffArticles(viewer, { status, q: query.q, page }));
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => `/toa-soan/bai-viet?${new URLSearchParams({ ...(status ? { trang_thai: status } : {}), ...(query.q ? { q: query.q } : {}), trang: String(p) })}`;
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold">Bài viết</h1>
        <div className="flex flex-wrap gap-2">
          <form action={createDraftAction}>
            <input type="hidden" name="kind" value="news" />
            <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
              Viết bài mới
            </button>
          </form>
          <form action={createDraftAction}>
            <input type="hidden" name="kind" value="meeting_report" />
            <button type="submit" className="rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-red-50">
              Báo cáo hội nghị mới
            </button>
          </form>
        </div>
      </div>
      <form action={importDocxAction} className="flex flex-wrap items-end gap-2 rounded border border-gray-300 bg-white p-3 text-sm">
        <label className="font-semibold">
          Nhập bài từ tệp Word (.docx)
          <input type="file" name="tep" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required className="mt-1 block max-w-full" />
        </label>
        <button type="submit" className="rounded border border-gray-500 px-3 py-1 font-semibold hover:bg-gray-100">
          Nhập thành bản nháp
        </button>
      </form>
      {query.loi ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">
          {query.loi.slice(0, 300)}
        </p>
      ) : null}
      <form className="flex flex-wrap items-end gap-2 text-sm" role="search">
        <label className="font-semibold">
          Tìm theo tiêu đề
          <input name="q" defaultValue={query.q} className="mt-1 block max-w-full rounded border border-gray-300 px-2 py-1" />
        </label>
        <label className="font-semibold">
          Trạng thái
          <select name="trang_thai" defaultValue={status ?? ''} className="mt-1 block rounded border border-gray-300 px-2 py-1">
            <option value="">Tất cả</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-gray-500 px-3 py-1 font-semibold">
          Lọc
        </button>
      </form>
      {/* Below md the rows become stacked cards, each value labelled by its column (data-label). */}
      <table className="w-full border-collapse text-sm max-md:block md:bg-white">
        <thead className="max-md:sr-only">
          <tr className="border-b-2 border-gray-300 text-left">
            <th scope="col" className="p-2">Tiêu đề</th>
            <th scope="col" className="p-2">Trạng thái</th>
            <th scope="col" className="p-2">Chuyên mục</th>
            <th scope="col" className="p-2">Người viết</th>
            <th scope="col" className="p-2">Cập nhật</th>
          </tr>
        </thead>
        <tbody className="max-md:grid max-md:gap-3">
          {list.items.map((a) => (
            <tr key={a.id} className="border-b border-gray-200 max-md:grid max-md:rounded max-md:border max-md:border-gray-300 max-md:bg-white max-md:p-2">
              <td className="p-2 break-words max-md:px-1 max-md:py-0.5">
                <Link href={`/toa-soan/bai-viet/${a.id}`} className="font-semibold hover:underline">
                  {a.title}
                </Link>
              </td>
              <td data-label="Trạng thái" className={CARD_CELL}>{STATE_LABELS[a.status]}</td>
              <td data-label="Chuyên mục" className={CARD_CELL}>{a.section ?? '—'}</td>
              <td data-label="Người viết" className={CARD_CELL}>{a.authorName ?? '—'}</td>
              <td data-label="Cập nhật" className={CARD_CELL}>{formatDateTime(a.updatedAt)}</td>
            </tr>
          ))}
          {list.items.length === 0 ? (
            <tr>
              <td colSpan={5} className="p-4 text-center text-gray-700">
                Không có bài viết nào.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav aria-label="Phân trang" className="flex flex-wrap gap-3 text-sm">
          {page > 1 ? <Link href={href(page - 1)} className="underline">← Trang trước</Link> : null}
          <span>
            Trang {page}/{pages}
          </span>
          {page < pages ? <Link href={href(page + 1)} className="underline">Trang sau →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
