import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { LookupForm } from '@/components/qa/lookup-form';
import { enterLocale, type LocaleParams } from '@/i18n/server';
import { lookupQuestionAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tra cứu câu hỏi đã gửi', robots: { index: false, follow: true } };

export default async function LookupPage({ params }: { params: LocaleParams }) {
  if ((await enterLocale(params)) !== 'vi') notFound();
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ name: 'Hỏi đáp – Góp ý', href: '/hoi-dap' }, { name: 'Tra cứu' }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">Tra cứu câu hỏi đã gửi</h1>
      <p className="mt-2">Nhập mã theo dõi (trong thư xác nhận) và email bạn đã dùng khi gửi câu hỏi.</p>
      <LookupForm action={lookupQuestionAction} />
    </div>
  );
}
