import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArchiveDatePicker } from '@/components/archive/archive-date-picker';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, languageAlternates, readerLocale, type LocaleParams } from '@/i18n/server';
import { publicArchiveYears } from '@/lib/data/public/archive-by-date';
import { archivePath } from '@/lib/time/archive-date';

// Rendered on its first request, then served from the cache until a publish revalidates /luu-tru
// (a site-wide path: lib/data/public/surfaces.ts).

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await enterLocale(params);
  const t = await getTranslations('Archive');
  return { title: t('title'), description: t('intro'), alternates: languageAlternates('/luu-tru', locale) };
}

export default async function ArchivePage({ params }: { params: LocaleParams }) {
  const locale = await enterLocale(params);
  const [t, { href }, years] = await Promise.all([getTranslations('Archive'), readerLocale(), publicArchiveYears()]);
  const list = years ? Array.from({ length: years.last - years.first + 1 }, (_, i) => years.last - i) : [];
  return (
    <>
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold uppercase text-brand-dark">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('intro')}</p>
      <div className="mt-4">
        <ArchiveDatePicker locale={locale} />
      </div>
      {list.length === 0 ? (
        <p className="py-10 text-muted">{t('noStories')}</p>
      ) : (
        <nav aria-label={t('yearsLabel')} className="mt-6">
          <h2 className="text-lg font-bold">{t('yearsLabel')}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {list.map((year) => (
              <li key={year}>
                <a href={href(archivePath({ year }))} className="inline-block rounded border border-line px-3 py-1.5 hover:bg-gray-100">
                  {year}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
