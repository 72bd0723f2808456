import { getTranslations } from 'next-intl/server';
import { localText } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/routing';
import type { SiteSettings, SectionLink } from '@/lib/data/site/site';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search-box';

export async function SiteHeader({ settings, sections, locale }: { settings: SiteSettings; sections: SectionLink[]; locale: Locale }) {
  const [t, tp] = await Promise.all([getTranslations('Shell'), getTranslations('PeopleSuggest')]);
  const href = (path: string) => localePath(path, locale);
  const parent = localText(settings.parentAgencyName, settings.parentAgencyNameEn, locale);
  const agency = localText(settings.agencyName, settings.agencyNameEn, locale);
  const tagline = localText(settings.tagline, settings.taglineEn, locale);
  return (
    <header className="no-print">
      <div className="bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-5">
          {parent.text ? (
            <p lang={parent.lang} className="text-xs uppercase tracking-wider text-red-100">
              {parent.text}
            </p>
          ) : null}
          <p className="text-2xl font-bold uppercase leading-tight sm:text-3xl">
            <a href={href('/')} lang={agency.lang} className="hover:underline">
              {agency.text}
            </a>
          </p>
          {tagline.text ? (
            <p lang={tagline.lang} className="text-sm text-red-50">
              {tagline.text}
            </p>
          ) : null}
        </div>
      </div>
      <div className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-2">
          <nav aria-label={t('sectionsNav')}>
            <ul className="flex flex-wrap gap-x-1 text-sm font-semibold">
              <li>
                <a href={href('/')} className="block px-3 py-3 hover:bg-gray-100 hover:text-brand">
                  {t('home')}
                </a>
              </li>
              {sections.map((s) => {
                const name = localText(s.name, s.nameEn, locale);
                return (
                  <li key={s.id}>
                    <a href={href(`/chuyen-muc/${s.slug}`)} lang={name.lang} className="block px-3 py-3 hover:bg-gray-100 hover:text-brand">
                      {name.text}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="flex items-center gap-1">
            <form role="search" action={href('/tim-kiem')} method="get" aria-label={t('searchForm')} className="flex items-center gap-1 px-2 py-2">
              <SearchBox
                id="o-tim-kiem"
                locale={locale}
                labels={{
                  label: t('searchLabel'),
                  placeholder: t('searchPlaceholder'),
                  listLabel: tp('listLabel'),
                  suggestedOne: tp('suggestedOne'),
                  suggestedOther: tp('suggestedOther'),
                  instructions: tp('instructions'),
                }}
                className="w-44 rounded border border-gray-500 px-2 py-1 text-sm"
              />
              <button type="submit" className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark">
                {t('searchButton')}
              </button>
            </form>
            <nav aria-label={t('languageNav')}>
              <LanguageSwitch to={locale === 'vi' ? 'en' : 'vi'} text={t('otherLanguage')} />
            </nav>
          </div>
        </div>
      </div>
    </header>
  );
}
