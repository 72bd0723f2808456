import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { DocumentFilterForm, documentFiltersOf, DocumentTable } from '@/components/documents/document-list';
import { localePath } from '@/i18n/routing';
import { enterLocale, type LocaleParams, readerLocale } from '@/i18n/server';
import { DOCUMENTS_PAGE_SIZE, MAX_DOCUMENTS_PAGE, publicDocumentFacets, publicDocuments } from '@/lib/data/documents/public';

// Rendered per request: the filters and the query are the page (like /tim-kiem).
export const dynamic = 'force-dynamic';

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations('Documents');
  return { title: t('title'), robots: { index: false, follow: true }, alternates: { canonical: '/van-ban' } };
}

export default async function DocumentSearchPage({ params, searchParams }: Props) {
  await enterLocale(params);
  const query = await searchParams;
  const filters = documentFiltersOf(query);
  const [{ locale }, t, list, facets] = await Promise.all([readerLocale(), getTranslations('Documents'), publicDocuments(filters), publicDocumentFacets()]);
  const pageCount = Math.min(MAX_DOCUMENTS_PAGE, Math.max(1, Math.ceil(list.total / DOCUMENTS_PAGE_SIZE)));
  const href = (page: number) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string' && value && key !== 'trang') next.set(key, value.slice(0, 300));
    if (page > 1) next.set('trang', String(page));
    return `${localePath('/van-ban/tra-cuu', locale)}?${next}`;
  };
  return (
    <div>
      <Breadcrumb items={[{ name: t('title'), href: localePath('/van-ban', locale) }, { name: t('submit') }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <DocumentFilterForm facets={facets} filters={filters} locale={locale} />
      <p role="status" className="mt-4 font-semibold">{t('results', { count: list.total })}</p>
      <DocumentTable rows={list.rows} locale={locale} />
      <Pagination page={list.page} pageCount={pageCount} href={href} />
    </div>
  );
}
