import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, langIfOther, languageAlternates, type LocaleParams, localText, readerLocale } from '@/i18n/server';
import { renderBody } from '@/lib/content/render';
import { publicAgencyPage } from '@/lib/data/public/agency';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [{ settings }, { locale }, t] = await Promise.all([publicAgencyPage('about'), readerLocale(), getTranslations('About')]);
  const agency = localText(settings.agencyName, settings.agencyNameEn, locale).text;
  return { title: t('title'), description: t('description', { agency }), alternates: languageAlternates('/gioi-thieu', locale) };
}

export default async function AboutPage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [{ settings, body: bodyVi, bodyEn, media }, { locale, href }, t, tOrganisation, tContact] = await Promise.all([
    publicAgencyPage('about'),
    readerLocale(),
    getTranslations('About'),
    getTranslations('Organisation'),
    getTranslations('Contact'),
  ]);
  const site = localText(settings.siteTitle, settings.siteTitleEn, locale);
  const agency = localText(settings.agencyName, settings.agencyNameEn, locale);
  const parent = localText(settings.parentAgencyName, settings.parentAgencyNameEn, locale);
  const tagline = localText(settings.tagline, settings.taglineEn, locale);
  // /en shows the English text when staff wrote one, else the Vietnamese one marked as such.
  const body = locale === 'en' && bodyEn ? bodyEn : bodyVi;
  const vi = body === bodyVi ? langIfOther('vi', locale) : undefined;
  const viData = langIfOther('vi', locale);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{t('title')}</h1>
      {body ? (
        <>
          {vi ? <p className="mt-2 text-sm text-muted">{t('contentLanguage')}</p> : null}
          <div lang={vi} className="article-body mt-4">
            {renderBody(body, { media })}
          </div>
        </>
      ) : (
        <div className="article-body mt-4">
          <p>{t('fallback', { site: site.text, agency: agency.text, parent: parent.text || 'none' })}</p>
          {tagline.text ? <p lang={tagline.lang}>{tagline.text}.</p> : null}
        </div>
      )}
      <dl className="mt-8 grid gap-x-6 gap-y-2 border-t border-line pt-4 text-sm sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{t('governingAgency')}</dt>
        <dd lang={agency.lang}>{agency.text}</dd>
        {settings.responsiblePerson ? (
          <>
            <dt className="font-semibold">{t('responsible')}</dt>
            <dd lang={viData}>
              {settings.responsiblePerson}
              {settings.responsibleTitle ? `, ${settings.responsibleTitle}` : ''}
            </dd>
          </>
        ) : null}
        {settings.licence ? (
          <>
            <dt className="font-semibold">{t('licence')}</dt>
            <dd lang={viData}>{settings.licence}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-6 text-sm">
        {t('seeAlso')}{' '}
        <a href={href('/co-cau-to-chuc')} className="text-blue-800 underline">
          {tOrganisation('title')}
        </a>{' '}
        ·{' '}
        <a href={href('/lien-he')} className="text-blue-800 underline">
          {tContact('title')}
        </a>
      </p>
    </div>
  );
}
