import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { PrivacyNotice } from '@/components/qa/privacy-notice';
import { QuestionForm } from '@/components/qa/question-form';
import { enterLocale, type LocaleParams } from '@/i18n/server';
import { sendQuestionAction } from './actions';

// Per request: a form posted without scripts comes back to this page with its state.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Gửi câu hỏi, góp ý', robots: { index: false, follow: true } };

export default async function SendQuestionPage({ params }: { params: LocaleParams }) {
  if ((await enterLocale(params)) !== 'vi') notFound();
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ name: 'Hỏi đáp – Góp ý', href: '/hoi-dap' }, { name: 'Gửi câu hỏi' }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">Gửi câu hỏi, góp ý</h1>
      <p className="mt-2">Sau khi gửi, bạn nhận được một mã theo dõi (dạng HD-2026-XXXXXXXX) để tra cứu tình trạng câu hỏi.</p>
      <QuestionForm action={sendQuestionAction} />
      <PrivacyNotice />
    </div>
  );
}
