import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getSiteSettings, listSections } from '@/lib/data/site';

// Rendered per request from the database (never at build time, which has no database).
export const dynamic = 'force-dynamic';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [settings, sections] = await Promise.all([getSiteSettings(), listSections()]);
  return (
    <>
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <SiteHeader settings={settings} sections={sections} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}
