import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/i18n/routing';

/**
 * The page of a story that was public and has been withdrawn. The page renders it with the
 * `portal-status` marker (storyGoneMetadata), and the cache layer stores and serves it with status
 * 410 (lib/cache/page-entry.mjs), so the 410 comes from the cache like any other page.
 */
export async function GoneNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations('Gone');
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-6xl font-bold text-brand">410</p>
      <h1 className="mt-4 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-gray-700">{t('body')}</p>
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
