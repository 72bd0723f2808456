import { translatorFor } from '@/i18n/messages';
import { localePath, type Locale } from '@/i18n/routing';
import type { SiteSettings } from '@/lib/data/site';

const STYLES = `
body{margin:0;font-family:'Segoe UI',Roboto,Arial,'Noto Sans',sans-serif;color:#1c1c1c;background:#fff}
header{background:#a3161a;color:#fff;padding:1.25rem 1rem}header a{color:#fff;text-decoration:none;font-weight:700;text-transform:uppercase;font-size:1.4rem}
main{max-width:40rem;margin:0 auto;padding:4rem 1rem;text-align:center}
.code{font-size:3.5rem;font-weight:700;color:#a3161a;margin:0}
h1{font-size:1.6rem;margin:1rem 0 .5rem}p{line-height:1.6;color:#374151}
.links a{display:inline-block;margin:.5rem;padding:.5rem 1.25rem;border-radius:.25rem;font-weight:600;text-decoration:none}
.primary{background:#a3161a;color:#fff}.secondary{border:1px solid #9ca3af;color:#1c1c1c}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
footer{border-top:4px solid #a3161a;background:#f9fafb;padding:1rem;font-size:.875rem;color:#374151;text-align:center}
`;

/** The 410 page: a whole document, because it is served by a route handler (see app/(public)/da-go). */
export function GoneDocument({ settings, locale = 'vi' }: { settings: SiteSettings; locale?: Locale }) {
  const t = translatorFor(locale, 'Gone');
  const english = locale === 'en';
  const siteTitle = (english && settings.siteTitleEn) || settings.siteTitle;
  const agencyName = (english && settings.agencyNameEn) || settings.agencyName;
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a standalone document, not a Next.js page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t('title')} - ${siteTitle}`}</title>
        <style>{STYLES}</style>
      </head>
      <body>
        <header>
          <a href={localePath('/', locale)}>{agencyName}</a>
        </header>
        <main>
          <p className="code">410</p>
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <p className="links">
            <a className="primary" href={localePath('/', locale)}>
              {t('home')}
            </a>
            <a className="secondary" href={localePath('/tim-kiem', locale)}>
              {t('search')}
            </a>
          </p>
        </main>
        <footer>{siteTitle}</footer>
      </body>
    </html>
  );
}
