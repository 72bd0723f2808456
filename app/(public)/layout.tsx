import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { siteOrigin } from '@/lib/data/public-origin';
import { getSiteSettings, listSections } from '@/lib/data/site';

// Rendered per request from the database (never at build time, which has no database). Shared
// caches (a CDN or reverse proxy) keep copies for a short time: see the Cache-Control rule in
// next.config.ts and lib/data/revalidate-public.ts for what a change purges.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [settings, origin] = await Promise.all([getSiteSettings(), siteOrigin()]);
  return {
    metadataBase: new URL(origin),
    title: { default: settings.siteTitle, template: `%s - ${settings.siteTitle}` },
    description: settings.tagline || undefined,
    applicationName: settings.siteTitle,
    openGraph: { siteName: settings.siteTitle, locale: 'vi_VN', type: 'website' },
    twitter: { card: 'summary' },
    alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: settings.siteTitle }] } },
  };
}

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [settings, sections] = await Promise.all([getSiteSettings(), listSections()]);
  return (
    <>
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <SiteHeader settings={settings} sections={sections} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}
