import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { localText, readerLocale } from '@/i18n/server';
import { siteOrigin } from '@/lib/data/public-origin';
import { getSiteSettings, listSections } from '@/lib/data/site';

// Rendered per request from the database (never at build time, which has no database). Shared
// caches (a CDN or reverse proxy) keep copies for a short time: see the Cache-Control rule in
// next.config.ts and lib/data/revalidate-public.ts for what a change purges.
// The shell speaks the request's language (i18n/routing.ts: /en/... is English).
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [settings, origin, { locale }, t] = await Promise.all([getSiteSettings(), siteOrigin(), readerLocale(), getTranslations('Shell')]);
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

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [settings, sections, { locale }, t] = await Promise.all([getSiteSettings(), listSections(), readerLocale(), getTranslations('Shell')]);
  return (
    <>
      <a href="#noi-dung" className="skip-link">
        {t('skipLink')}
      </a>
      <SiteHeader settings={settings} sections={sections} locale={locale} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} locale={locale} />
    </>
  );
}
