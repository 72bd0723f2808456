import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveMonthView, archiveMonthMetadata } from '@/components/archive/archive-month';
import { enterLocale } from '@/i18n/server';

type Props = { params: Promise<{ locale: string; nam: string; thang: string; trang: string }> };

// Page 2 and on of a month's stories (proxy.ts and next.config.ts turn ?trang=N into this path).
export function generateStaticParams() {
  return [];
}

const pageNumber = (trang: string) => (/^[1-9][0-9]{0,5}$/.test(trang) ? Number(trang) : 0);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const { nam, thang, trang } = await params;
  return pageNumber(trang) > 1 ? archiveMonthMetadata(locale, nam, thang, pageNumber(trang)) : {};
}

export default async function ArchiveMonthMorePage({ params }: Props) {
  const locale = await enterLocale(params);
  const { nam, thang, trang } = await params;
  // Page 1 has one address, without ?trang.
  if (pageNumber(trang) < 2) notFound();
  return <ArchiveMonthView locale={locale} nam={nam} thang={thang} page={pageNumber(trang)} />;
}
