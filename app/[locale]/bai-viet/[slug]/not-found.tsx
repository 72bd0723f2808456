import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';

// Shown for a story that does not exist; a withdrawn one answers 410 (proxy.ts -> /da-go/[slug]).
export default async function ArticleNotFound() {
  const [t, locale] = await Promise.all([getTranslations('NotFound'), getLocale()]);
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-6xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t('articleTitle')}</h1>
      <p className="mt-3 text-gray-700">{t('articleBody')}</p>
      <p className="mt-6 flex justify-center gap-3">
        <a href={localePath('/', locale)} className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t('home')}
        </a>
        <a href={localePath('/tim-kiem', locale)} className="inline-block rounded border border-gray-400 px-5 py-2 font-semibold hover:bg-gray-100">
          {t('search')}
        </a>
      </p>
    </div>
  );
}
