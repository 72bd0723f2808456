import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorStringsProvider } from '@/components/site/error-strings';
import { localePath } from '@/i18n/routing';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cổng thông tin điện tử', template: '%s' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a3161a' };

// Every page carries the per-request CSP nonce from proxy.ts, which only a dynamic render can put
// on Next.js's scripts; a prerendered page (e.g. the 404) would have its scripts blocked.
export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The interface language of this request (proxy.ts: /en/... is English, everything else Vietnamese).
  const locale = await getLocale();
  const t = await getTranslations('Error');
  const errorStrings = { title: t('title'), body: t('body'), retry: t('retry'), home: t('home'), homeHref: localePath('/', locale) };
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans antialiased">
        <ErrorStringsProvider value={errorStrings}>{children}</ErrorStringsProvider>
      </body>
    </html>
  );
}
