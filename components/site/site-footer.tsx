import { getTranslations } from 'next-intl/server';
import { qaPath } from '@/lib/qa/qa';
import { localePath, type Locale } from '@/i18n/routing';
import { langIfOther, localText } from '@/i18n/server';
import type { SiteSettings } from '@/lib/data/site/site';

/** Decree 42/2022/NĐ-CP: the agency, its address and contacts, the person responsible and the licence. */
export async function SiteFooter({ settings, locale }: { settings: SiteSettings; locale: Locale }) {
  const t = await getTranslations('Footer');
  const href = (path: string) => localePath(path, locale);
  const site = localText(settings.siteTitle, settings.siteTitleEn, locale);
  const agency = localText(settings.agencyName, settings.agencyNameEn, locale);
  // Address, person and licence are Vietnamese data; marked so in the English interface.
  const vi = langIfOther('vi', locale);
  return (
    <footer className="below-fold no-print mt-12 border-t-4 border-brand bg-gray-50 text-sm text-gray-800">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-2">
          <p lang={site.lang} className="text-base font-bold text-brand-dark">
            {site.text}
          </p>
          <p>
            {t('governingAgency')} <span lang={agency.lang}>{agency.text}</span>
          </p>
          {settings.address ? (
            <p>
              {t('address')} <span lang={vi}>{settings.address}</span>
            </p>
          ) : null}
          <p>
            {settings.phone ? `${t('phone')} ${settings.phone}` : null}
            {settings.fax ? ` · ${t('fax')} ${settings.fax}` : null}
            {settings.email ? (
              <>
                {' '}
                · {t('email')}{' '}
                <a href={`mailto:${settings.email}`} className="underline">
                  {settings.email}
                </a>
              </>
            ) : null}
          </p>
          {settings.responsiblePerson ? (
            <p>
              {t('responsible')}{' '}
              <span lang={vi}>
                {settings.responsiblePerson}
                {settings.responsibleTitle ? `, ${settings.responsibleTitle}` : ''}
              </span>
            </p>
          ) : null}
          {settings.licence ? <p lang={vi}>{settings.licence}</p> : null}
        </div>
        <nav aria-label={t('agencyNav')}>
          <ul className="grid gap-2">
            <li>
              <a href={href('/gioi-thieu')} className="underline hover:text-brand">
                {t('about')}
              </a>
            </li>
            <li>
              <a href={href('/co-cau-to-chuc')} className="underline hover:text-brand">
                {t('organisation')}
              </a>
            </li>
            <li>
              <a href={href('/lien-he')} className="underline hover:text-brand">
                {t('contact')}
              </a>
            </li>
            <li>
              <a href={href('/dinh-chinh')} className="underline hover:text-brand">
                {t('corrections')}
              </a>
            </li>
            <li>
              <a href={href('/van-ban')} className="underline hover:text-brand">
                {t('documents')}
              </a>
            </li>
            <li>
              <a href={href('/luu-tru')} className="underline hover:text-brand">
                {t('archive')}
              </a>
            </li>
            <li>
              {/* Questions are answered in Vietnamese: the link goes to the Vietnamese pages from both interfaces. */}
              <a href={qaPath()} className="underline hover:text-brand">
                {t('questions')}
              </a>
            </li>
            <li>
              <a href={href('/tim-kiem')} className="underline hover:text-brand">
                {t('search')}
              </a>
            </li>
            <li>
              <a href="/rss.xml" className="underline hover:text-brand">
                {t('rss')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
