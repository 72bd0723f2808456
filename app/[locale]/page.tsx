import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article/article-card';
import { MostReadLists } from '@/components/article/most-read';
import { enterLocale, languageAlternates, type LocaleParams, localText, readerLocale } from '@/i18n/server';
import { publicHomePage } from '@/lib/data/public/articles';
import { publicMostRead } from '@/lib/data/public/most-read';
import { getSiteSettings } from '@/lib/data/site/site';
import { foldStyle } from '@/components/site/below-fold';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [settings, { locale, href }, t] = await Promise.all([getSiteSettings(), readerLocale(), getTranslations('Shell')]);
  const siteTitle = localText(settings.siteTitle, settings.siteTitleEn, locale).text;
  const tagline = localText(settings.tagline, settings.taglineEn, locale).text;
  return {
    title: { absolute: siteTitle },
    description: tagline || undefined,
    alternates: { ...languageAlternates('/', locale), types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${siteTitle} - ${t('latestFeed')}` }] } },
    openGraph: { url: href('/'), title: siteTitle, description: tagline || undefined },
  };
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [home, mostRead, settings, { locale, href }, t] = await Promise.all([publicHomePage(), publicMostRead(), getSiteSettings(), readerLocale(), getTranslations('Home')]);
  const siteTitle = localText(settings.siteTitle, settings.siteTitleEn, locale);
  return (
    <>
      <h1 className="sr-only" lang={siteTitle.lang}>
        {siteTitle.text}
      </h1>
      {home.lead ? (
        <section aria-labelledby="tin-noi-bat" className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <h2 id="tin-noi-bat" className="sr-only">
            {t('highlights')}
          </h2>
          <ArticleCard article={home.lead} variant="lead" />
          <div className="grid content-start gap-5">
            {home.highlights.map((a) => (
              <ArticleCard key={a.id} article={a} variant="compact" />
            ))}
          </div>
        </section>
      ) : (
        <p className="py-12 text-center text-muted">{t('empty')}</p>
      )}

      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-10">
          {home.sections.map((section) => {
            const name = localText(section.name, section.nameEn, locale);
            return (
              <section key={section.slug} aria-labelledby={`cm-${section.slug}`} className="below-fold" style={foldStyle(section.articles.length, 24)}>
                <h2 id={`cm-${section.slug}`} lang={name.lang} className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
                  <a href={href(`/chuyen-muc/${section.slug}`)} className="hover:underline">
                    {name.text}
                  </a>
                </h2>
                <div>
                  {section.articles.map((a) => (
                    <ArticleCard key={a.id} article={a} variant="list" />
                  ))}
                </div>
              </section>
            );
          })}
        </div>
        <div className="grid content-start gap-10">
          <section aria-labelledby="tin-moi" className="below-fold content-start" style={foldStyle(home.latest.length, 8)}>
            <h2 id="tin-moi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
              {t('latest')}
            </h2>
            <div className="mt-3 grid gap-4">
              {home.latest.map((a) => (
                <ArticleCard key={a.id} article={a} variant="compact" />
              ))}
            </div>
          </section>
          <MostReadLists lists={mostRead} layout="sidebar" />
        </div>
      </div>
    </>
  );
}
