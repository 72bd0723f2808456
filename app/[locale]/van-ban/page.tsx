import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { DocumentFilterForm, DocumentTable } from '@/components/documents/document-list';
import { enterLocale, languageAlternates, type LocaleParams, readerLocale } from '@/i18n/server';
import { publicDocumentFacets, publicDocuments } from '@/lib/data/documents/public';

// Cached like every reader page and revalidated when a document is published or changed
// (lib/data/documents/shared.ts); once a day as well, because the status of effect follows the date.
export const revalidate = 86400;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [{ locale }, t] = await Promise.all([readerLocale(), getTranslations('Documents')]);
  return {
    title: t('title'),
    description: t('description'),
    alternates: { ...languageAlternates('/van-ban', locale), types: { 'application/rss+xml': '/van-ban/rss.xml' } },
  };
}

export default async function DocumentsPage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [{ locale }, t, list, facets] = await Promise.all([readerLocale(), getTranslations('Documents'), publicDocuments({}), publicDocumentFacets()]);
  return (
    <div>
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <p className="mt-2 text-gray-800">{t('description')}</p>
      <DocumentFilterForm facets={facets} filters={{}} locale={locale} />
      <h2 className="mt-6 text-lg font-bold">{t('latest')}</h2>
      <DocumentTable rows={list.rows} locale={locale} />
      <p className="mt-4 text-sm">
        <a href="/van-ban/rss.xml" className="text-blue-800 underline">{t('rss')}</a>
      </p>
    </div>
  );
}
