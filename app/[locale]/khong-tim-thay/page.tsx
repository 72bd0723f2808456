import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { enterLocale, type LocaleParams } from '@/i18n/server';
import { localePath } from '@/i18n/routing';
import { PAGE_STATUS_META } from '@/lib/cache/page-entry.mjs';

// proxy.ts sends every address that is no reader page here, so the 404 page is rendered once per
// language and served from the cache rather than once per unknown address. It renders the page
// itself and asks the cache layer for status 404 (lib/cache/page-entry.mjs): a page that always
// calls notFound() is prerendered as an empty error shell.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations('NotFound');
  return { title: t('title'), robots: { index: false }, other: { [PAGE_STATUS_META]: '404' } };
}

export default async function MissingPage({ params }: { params: LocaleParams }) {
  const locale = await enterLocale(params);
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-6xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-gray-700">{t('body')}</p>
      <p className="mt-6">
        <a href={localePath('/', locale)} className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t('home')}
        </a>
      </p>
    </div>
  );
}
