import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, type LocaleParams } from '@/i18n/server';
import { normaliseTrackingCode, TRACKING_CODE, qaPath } from '@/lib/qa/qa';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Đã nhận câu hỏi', robots: { index: false, follow: false } };

type Props = { params: LocaleParams; searchParams: Promise<{ ma?: string | string[] }> };

/** The receipt: only echoes a well-formed code (nothing is read from the database). */
export default async function ReceivedPage({ params, searchParams }: Props) {
  if ((await enterLocale(params)) !== 'vi') notFound();
  const { ma } = await searchParams;
  const code = typeof ma === 'string' ? normaliseTrackingCode(ma.slice(0, 40)) : '';
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ name: 'Hỏi đáp – Góp ý', href: '/hoi-dap' }, { name: 'Đã nhận' }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">Đã nhận câu hỏi của bạn</h1>
      {TRACKING_CODE.test(code) ? (
        <div role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-4">
          <p>Mã theo dõi câu hỏi của bạn:</p>
          <p className="mt-1 font-mono text-2xl font-bold tracking-wider" data-testid="ma-theo-doi">
            {code}
          </p>
          <p className="mt-2 text-sm">Xin ghi lại mã này. Cùng với email đã khai, mã dùng để tra cứu tình trạng câu hỏi; chúng tôi cũng gửi mã vào email của bạn.</p>
        </div>
      ) : (
        <p className="mt-4">Không đọc được mã theo dõi trong địa chỉ trang.</p>
      )}
      <p className="mt-4">Câu hỏi sẽ được kiểm duyệt, chuyển đến đơn vị chuyên môn và được trả lời sau khi lãnh đạo duyệt. Câu trả lời được đăng trên trang Hỏi đáp.</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <a href={qaPath()} className="text-blue-800 underline">
          Về trang Hỏi đáp
        </a>
        <a href={qaPath('/tra-cuu')} className="text-blue-800 underline">
          Tra cứu tình trạng
        </a>
      </p>
    </div>
  );
}
