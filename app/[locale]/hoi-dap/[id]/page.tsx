import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale } from '@/i18n/server';
import { publicQuestion } from '@/lib/data/questions/public';
import { topicLabel, vnDate, qaPath } from '@/lib/qa/qa';

// Cached, revalidated when the answer is published (lib/data/questions/workflow.ts).
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const { id } = await params;
  const question = await publicQuestion(id);
  if (!question) return { title: 'Không tìm thấy câu hỏi' };
  return { title: `Hỏi đáp: ${question.body.slice(0, 80)}`, alternates: { canonical: `/hoi-dap/${id}` } };
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}|\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export default async function QuestionPage({ params }: Props) {
  if ((await enterLocale(params)) !== 'vi') notFound();
  const { id } = await params;
  const question = await publicQuestion(id);
  if (!question) notFound();
  return (
    <article className="max-w-3xl">
      <Breadcrumb items={[{ name: 'Hỏi đáp – Góp ý', href: '/hoi-dap' }, { name: topicLabel(question.topic) }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">Câu hỏi của bạn đọc {question.senderShort}</h1>
      <p className="mt-2 text-sm text-muted">
        Chủ đề: {topicLabel(question.topic)} · Gửi ngày {vnDate(question.askedAt)}
      </p>
      <section aria-labelledby="cau-hoi" className="mt-4">
        <h2 id="cau-hoi" className="text-lg font-bold">
          Câu hỏi
        </h2>
        {paragraphs(question.body).map((p, i) => (
          <p key={i} className="mt-2 whitespace-pre-line">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="tra-loi" className="mt-6 rounded border-l-4 border-brand bg-gray-50 p-4">
        <h2 id="tra-loi" className="text-lg font-bold">
          Trả lời
        </h2>
        <p className="text-sm text-muted">Ngày {vnDate(question.publishedAt)}</p>
        {paragraphs(question.answer).map((p, i) => (
          <p key={i} className="mt-2">
            {p}
          </p>
        ))}
      </section>
      <p className="mt-6">
        <a href={qaPath()} className="text-blue-800 underline">
          Các câu hỏi khác
        </a>
      </p>
    </article>
  );
}
