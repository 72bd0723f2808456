import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { QaLinks, QuestionList, QuestionSearchForm } from '@/components/qa/question-list';
import { enterLocale, type LocaleParams } from '@/i18n/server';
import { publicQuestions } from '@/lib/data/questions/public';

// Cached like every reader page; revalidated when an answer is published (lib/data/questions/workflow.ts).
export const revalidate = 86400;

export const metadata: Metadata = {
  title: 'Hỏi đáp – Góp ý',
  description: 'Câu hỏi, góp ý của người dân, doanh nghiệp và câu trả lời của cơ quan.',
  alternates: { canonical: '/hoi-dap' },
};

export default async function QuestionsPage({ params }: { params: LocaleParams }) {
  if ((await enterLocale(params)) !== 'vi') notFound();
  const { rows } = await publicQuestions({});
  return (
    <div>
      <Breadcrumb items={[{ name: 'Hỏi đáp – Góp ý' }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">Hỏi đáp – Góp ý</h1>
      <p className="mt-2 text-gray-800">Người dân, doanh nghiệp gửi câu hỏi, góp ý; câu trả lời được đơn vị chuyên môn soạn và lãnh đạo duyệt trước khi đăng.</p>
      <QaLinks />
      <QuestionSearchForm />
      <h2 className="mt-6 text-lg font-bold">Câu hỏi mới được trả lời</h2>
      <QuestionList rows={rows} />
    </div>
  );
}
