import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, langIfOther, languageAlternates, type LocaleParams, readerLocale } from '@/i18n/server';
import { CORRECTIONS_PAGE_LIMIT, publicCorrections } from '@/lib/data/public/corrections';
import { formatArticleTime } from '@/lib/time/format';

// Every published correction, newest first. Cached like the other reader pages and refreshed by
// every publish (SITE_WIDE_PATHS in lib/data/public/surfaces.ts).

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [{ locale }, t] = await Promise.all([readerLocale(), getTranslations('Corrections')]);
  return { title: t('title'), description: t('description'), alternates: languageAlternates('/dinh-chinh', locale) };
}

export default async function CorrectionsPage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [entries, { locale, href }, t] = await Promise.all([publicCorrections(), readerLocale(), getTranslations('Corrections')]);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <p className="mt-3">{t('intro')}</p>
      {entries.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <ol className="mt-4 grid gap-4" data-testid="danh-sach-dinh-chinh">
          {entries.map((c) => (
            <li key={`${c.slug}-${c.publishedAt.toISOString()}`} className="border-l-4 border-amber-600 bg-amber-50 p-3">
              <p className="text-sm text-muted">
                <time dateTime={c.publishedAt.toISOString()}>{formatArticleTime(c.publishedAt, locale)}</time>
              </p>
              <p className="mt-1" lang={langIfOther('vi', locale)}>
                {c.note}
              </p>
              <p className="mt-1 text-sm">
                {t('of')}{' '}
                <a href={href(`/bai-viet/${c.slug}`)} lang={langIfOther(c.language === 'en' ? 'en' : 'vi', locale)} className="text-blue-800 underline">
                  {c.title}
                </a>
              </p>
            </li>
          ))}
        </ol>
      )}
      {entries.length >= CORRECTIONS_PAGE_LIMIT ? <p className="mt-4 text-sm text-muted">{t('bound', { count: CORRECTIONS_PAGE_LIMIT })}</p> : null}
    </div>
  );
}
