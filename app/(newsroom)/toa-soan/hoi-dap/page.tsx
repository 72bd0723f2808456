import Link from 'next/link';
import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { questionsForStaff } from '@/lib/data/questions/staff';
import { ScrollRegion } from '@/components/newsroom/scroll-region';
import { QA_STATUS_LABELS, QA_STATUSES, topicLabel, vnDate } from '@/lib/qa/qa';

export const metadata: Metadata = { title: 'Hỏi đáp' };

type Props = { searchParams: Promise<{ ok?: string; loi?: string; trang_thai?: string }> };

export default async function QuestionsDeskPage({ searchParams }: Props) {
  const { ok, loi, trang_thai: status = '' } = await searchParams;
  const rows = await pageData('/toa-soan/hoi-dap', (viewer) => questionsForStaff(viewer, status));
  return (
    <div className="grid min-w-0 gap-4">
      <h1 className="text-xl font-bold">Hỏi đáp – Góp ý</h1>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 400)}</p> : null}
      <nav aria-label="Lọc theo trạng thái" className="flex flex-wrap gap-2 text-sm">
        <Link href="/toa-soan/hoi-dap" aria-current={status === '' ? 'page' : undefined} className="rounded border border-gray-500 px-2 py-1 aria-[current=page]:bg-gray-800 aria-[current=page]:text-white">
          Đang xử lý
        </Link>
        {QA_STATUSES.map((s) => (
          <Link key={s} href={`/toa-soan/hoi-dap?trang_thai=${s}`} aria-current={status === s ? 'page' : undefined} className="rounded border border-gray-500 px-2 py-1 aria-[current=page]:bg-gray-800 aria-[current=page]:text-white">
            {QA_STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <ScrollRegion label="Danh sách câu hỏi">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-gray-400 text-left">
              <th scope="col" className="p-2">Mã</th>
              <th scope="col" className="p-2">Câu hỏi</th>
              <th scope="col" className="p-2">Trạng thái</th>
              <th scope="col" className="p-2">Phân công</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-gray-200 align-top">
                <td className="p-2 font-mono">
                  <Link href={`/toa-soan/hoi-dap/${r.id}`} className="text-blue-800 underline">{r.trackingCode}</Link>
                  <span className="block font-sans text-xs text-gray-700">{vnDate(r.createdAt)}</span>
                </td>
                <td className="p-2">
                  <span className="block text-xs text-gray-700">{topicLabel(r.topic)} · {r.senderName}</span>
                  {r.excerpt}
                </td>
                <td className="p-2">
                  {QA_STATUS_LABELS[r.status]}
                  {!r.verified && r.status === 'received' ? <span className="mt-1 block w-fit rounded bg-amber-100 px-1 text-xs text-amber-900">chưa xác minh</span> : null}
                </td>
                <td className="p-2">{r.assigneeName ? `${r.assigneeName}${r.unitName ? ` (${r.unitName})` : ''}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length === 0 ? <p className="text-sm">Không có câu hỏi nào ở trạng thái này.</p> : null}
    </div>
  );
}
