import type { Metadata } from 'next';
import { ArchiveMonthView, archiveMonthMetadata } from '@/components/archive/archive-month';
import { enterLocale } from '@/i18n/server';

type Props = { params: Promise<{ locale: string; nam: string; thang: string }> };

// Rendered on its first request, then served from the cache until a story of that month is
// published, changed or withdrawn (lib/data/public/surfaces.ts adds its archive pages).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const { nam, thang } = await params;
  return archiveMonthMetadata(locale, nam, thang, 1);
}

export default async function ArchiveMonthPage({ params }: Props) {
  const locale = await enterLocale(params);
  const { nam, thang } = await params;
  return <ArchiveMonthView locale={locale} nam={nam} thang={thang} page={1} />;
}
