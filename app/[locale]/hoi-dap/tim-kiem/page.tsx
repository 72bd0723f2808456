import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { QaLinks, QuestionList, QuestionSearchForm } from '@/components/qa/question-list';
import { enterLocale, type LocaleParams } from '@/i18n/server';
import { publicQuestions, QA_MAX_PAGE, QA_PAGE_SIZE } from '@/lib/data/questions/public';
import { isTopic, topicLabel } from '@/lib/qa/qa';

// Rendered per request: the query and the topic are the page (like /tim-kiem).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tìm câu hỏi', robots: { index: false, follow: true }, alternates: { canonical: '/hoi-dap' } };

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 200) : '');

export default async function QuestionSearchPage({ params, searchParams }: Props) {
  if ((await enterLocale(params)) !== 'vi') notFound();
  const query = await searchParams;
  const q = one(query.q).trim();
  const topic = isTopic(one(query['chu-de'])) ? one(query['chu-de']) : '';
  const page = Math.min(QA_MAX_PAGE, Math.max(1, Number.parseInt(one(query.trang), 10) || 1));
  const { rows, total } = await publicQuestions({ q, topic, page });
  const pages = Math.min(QA_MAX_PAGE, Math.max(1, Math.ceil(total / QA_PAGE_SIZE)));
  const link = (p: number) => `/hoi-dap/tim-kiem?${new URLSearchParams({ ...(q ? { q } : {}), ...(topic ? { 'chu-de': topic } : {}), ...(p > 1 ? { trang: String(p) } : {}) })}`;
  return (
    <div>
      <Breadcrumb items={[{ name: 'Hỏi đáp – Góp ý', href: '/hoi-dap' }, { name: 'Tìm câu hỏi' }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">Tìm câu hỏi đã trả lời</h1>
      <QaLinks />
      <QuestionSearchForm q={q} topic={topic} />
      <p role="status" className="mt-4 text-sm">
        {total.toLocaleString('vi-VN')} câu hỏi{q ? ` khớp với “${q}”` : ''}
        {topic ? ` trong chủ đề “${topicLabel(topic)}”` : ''}.
      </p>
      <QuestionList rows={rows} />
      {pages > 1 ? (
        <nav aria-label="Trang kết quả" className="mt-4 flex gap-4 text-sm">
          {page > 1 ? <a href={link(page - 1)} className="text-blue-800 underline">Trang trước</a> : null}
          <span>
            Trang {page}/{pages}
          </span>
          {page < pages ? <a href={link(page + 1)} className="text-blue-800 underline">Trang sau</a> : null}
        </nav>
      ) : null}
    </div>
  );
}
