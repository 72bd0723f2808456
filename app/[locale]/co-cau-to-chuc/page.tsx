import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { OrganisationChart } from '@/components/site/organisation-chart';
import { enterLocale, langIfOther, languageAlternates, type LocaleParams, localText, readerLocale } from '@/i18n/server';
import { renderBody } from '@/lib/content/render';
import { organisationChart, publicAgencyPage } from '@/lib/data/public/agency';

// Rendered on its first request, then served from the cache until revalidated (app/[locale]/layout.tsx).
// Heads' posts are dated: an appointment made ahead of its date begins with no edit to revalidate the
// page, so the chart is also rendered again at least every hour (the day is Vietnam's, see
// organisationChart), as the person and unit pages are.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [{ locale }, t] = await Promise.all([readerLocale(), getTranslations('Organisation')]);
  return { title: t('title'), alternates: languageAlternates('/co-cau-to-chuc', locale) };
}

export default async function OrganisationPage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [{ settings, body, bodyEn, media }, chart, { locale, href }, t] = await Promise.all([
    publicAgencyPage('organisation'),
    organisationChart(),
    readerLocale(),
    getTranslations('Organisation'),
  ]);
  // /en shows the English functions text when there is one, else the Vietnamese one marked as such.
  const shown = locale === 'en' && bodyEn ? bodyEn : body;
  const vi = shown === body ? langIfOther('vi', locale) : undefined;
  const agency = localText(settings.agencyName, settings.agencyNameEn, locale);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <section aria-labelledby="chuc-nang-nhiem-vu" className="mt-4">
        <h2 id="chuc-nang-nhiem-vu" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          {t('functions')}
        </h2>
        {shown ? (
          <>
            {vi ? <p className="mt-2 text-sm text-muted">{t('contentLanguage')}</p> : null}
            <div lang={vi} className="article-body mt-3">
              {renderBody(shown, { media })}
            </div>
          </>
        ) : (
          <p className="mt-3 text-gray-800">{t('fallback', { agency: agency.text })}</p>
        )}
      </section>
      <section aria-labelledby="so-do-to-chuc" className="mt-8">
        <h2 id="so-do-to-chuc" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          {t('chart')}
        </h2>
        <OrganisationChart
          chart={chart}
          agency={agency}
          locale={locale}
          href={href}
          labels={{ since: (month) => t('since', { month }), vacant: t('vacant') }}
        />
      </section>
    </div>
  );
}
