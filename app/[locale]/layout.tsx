import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorStringsProvider } from '@/components/site/error-strings';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { isLocale, localePath } from '@/i18n/routing';
import { localText } from '@/i18n/server';
import { siteOrigin } from '@/lib/data/public/origin';
import { getSiteSettings, listSections } from '@/lib/data/site/site';

// Reader pages are rendered once, on their first request, and served from the Next.js cache (on
// disk per instance, or in Redis shared by all: lib/cache) until lib/data/public/revalidate.ts
// revalidates exactly the pages a change touches. Nothing is rendered at build time (the build has
// no database): no params are listed here, so every page is rendered on demand and then kept.
// The language comes from the address alone: proxy.ts maps /... to /vi/... and /en/... stays.
export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  setRequestLocale(locale);
  const [settings, origin, t] = await Promise.all([getSiteSettings(), siteOrigin(), getTranslations('Shell')]);
  const siteTitle = localText(settings.siteTitle, settings.siteTitleEn, locale).text;
  const tagline = localText(settings.tagline, settings.taglineEn, locale).text;
  return {
    metadataBase: new URL(origin),
    title: { default: siteTitle, template: `%s - ${siteTitle}` },
    description: tagline || undefined,
    applicationName: siteTitle,
    openGraph: { siteName: siteTitle, locale: locale === 'en' ? 'en_GB' : 'vi_VN', alternateLocale: locale === 'en' ? 'vi_VN' : 'en_GB', type: 'website' },
    twitter: { card: 'summary' },
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${siteTitle} - ${t('latestFeed')}` }] } },
  };
}

export default async function ReaderLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [settings, sections, t, te, tn] = await Promise.all([getSiteSettings(), listSections(), getTranslations('Shell'), getTranslations('Error'), getTranslations('NotFound')]);
  const missing = {
    title: tn('title'),
    body: tn('body'),
    home: tn('home'),
    articleTitle: tn('articleTitle'),
    articleBody: tn('articleBody'),
    search: tn('search'),
    searchHref: localePath('/tim-kiem', locale),
  };
  const errorStrings = { title: te('title'), body: te('body'), retry: te('retry'), home: te('home'), homeHref: localePath('/', locale), notFound: missing };
  return (
    // public/co-chu.js puts the reader's text size on <html> as a class before React hydrates.
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-screen bg-white font-sans antialiased">
        <ErrorStringsProvider value={errorStrings}>
          <a href="#noi-dung" className="skip-link">
            {t('skipLink')}
          </a>
          <SiteHeader settings={settings} sections={sections} locale={locale} />
          <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
            {children}
          </main>
          <SiteFooter settings={settings} locale={locale} />
        </ErrorStringsProvider>
      </body>
    </html>
  );
}
