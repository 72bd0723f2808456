import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, langIfOther, languageAlternates, type LocaleParams, localText, readerLocale } from '@/i18n/server';
import { renderBody } from '@/lib/content/render';
import { publicAgencyPage } from '@/lib/data/public/agency';
import { publicUnitTree, type UnitNode } from '@/lib/data/public/taxonomy';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [{ locale }, t] = await Promise.all([readerLocale(), getTranslations('Organisation')]);
  return { title: t('title'), alternates: languageAlternates('/co-cau-to-chuc', locale) };
}

function UnitList({ nodes, href }: { nodes: UnitNode[]; href: (path: string) => string }) {
  return (
    <ul className="ml-5 mt-2 grid list-disc gap-1">
      {nodes.map((n) => (
        <li key={n.slug}>
          <a href={href(`/don-vi/${n.slug}`)} className="text-blue-800 underline hover:text-brand">
            {n.name}
          </a>
          {n.children.length ? <UnitList nodes={n.children} href={href} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function OrganisationPage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [{ settings, body, media }, tree, { locale, href }, t] = await Promise.all([
    publicAgencyPage('organisation'),
    publicUnitTree(),
    readerLocale(),
    getTranslations('Organisation'),
  ]);
  // The functions text and the unit names are Vietnamese data.
  const vi = langIfOther('vi', locale);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <section aria-labelledby="chuc-nang-nhiem-vu" className="mt-4">
        <h2 id="chuc-nang-nhiem-vu" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          {t('functions')}
        </h2>
        {body ? (
          <div lang={vi} className="article-body mt-3">
            {renderBody(body, { media })}
          </div>
        ) : (
          <p className="mt-3 text-gray-800">{t('fallback', { agency: localText(settings.agencyName, settings.agencyNameEn, locale).text })}</p>
        )}
      </section>
      {tree.length > 0 ? (
        <section aria-labelledby="cac-don-vi" className="mt-8" lang={vi}>
          <h2 id="cac-don-vi" lang={locale} className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
            {t('units')}
          </h2>
          <UnitList nodes={tree} href={href} />
        </section>
      ) : null}
    </div>
  );
}
