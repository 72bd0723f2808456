import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, langIfOther, languageAlternates, type LocaleParams, localText, readerLocale } from '@/i18n/server';
import { liaisonContacts, publicAgencyPage } from '@/lib/data/public/agency';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  await enterLocale(params);
  const [{ locale }, t] = await Promise.all([readerLocale(), getTranslations('Contact')]);
  return { title: t('title'), alternates: languageAlternates('/lien-he', locale) };
}

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export default async function ContactPage({ params }: { params: LocaleParams }) {
  await enterLocale(params);
  const [{ settings }, { locale, href }, t] = await Promise.all([publicAgencyPage('contacts'), readerLocale(), getTranslations('Contact')]);
  const agency = localText(settings.agencyName, settings.agencyNameEn, locale);
  const contacts = await liaisonContacts(settings);
  // Addresses are Vietnamese data; titles and units have English forms where staff gave them.
  const vi = langIfOther('vi', locale);
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <section aria-labelledby="co-quan" className="mt-4">
        <h2 id="co-quan" lang={agency.lang} className="text-lg font-bold">
          {agency.text}
        </h2>
        <address className="mt-2 grid gap-1 not-italic">
          {settings.address ? (
            <span>
              {t('address')} <span lang={vi}>{settings.address}</span>
            </span>
          ) : null}
          {settings.phone ? (
            <span>
              {t('phone')} <a href={tel(settings.phone)} className="text-blue-800 underline">{settings.phone}</a>
            </span>
          ) : null}
          {settings.fax ? (
            <span>
              {t('fax')} {settings.fax}
            </span>
          ) : null}
          {settings.email ? (
            <span>
              {t('email')} <a href={`mailto:${settings.email}`} className="text-blue-800 underline">{settings.email}</a>
            </span>
          ) : null}
        </address>
        {settings.responsiblePerson ? (
          <p className="mt-2">
            {t('responsible')}{' '}
            <span lang={vi}>
              {settings.responsiblePerson}
              {settings.responsibleTitle ? `, ${settings.responsibleTitle}` : ''}
            </span>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="can-bo-dau-moi" className="mt-8">
        <h2 id="can-bo-dau-moi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          {t('liaison')}
        </h2>
        {contacts.length === 0 ? (
          <p className="mt-3 text-gray-800">{t('liaisonEmpty')}</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {contacts.map((c, i) => {
              const title = localText(c.title, c.titleEn, locale);
              const unit = c.unit ? localText(c.unit.name, c.unit.nameEn, locale) : null;
              return (
                <li key={`${i}-${c.name}`} className="rounded border border-line p-4">
                  <p className="font-semibold">{c.name}</p>
                  <p lang={title.lang} className="text-sm text-gray-800">
                    {title.text}
                  </p>
                  {unit && c.unit ? (
                    <p className="text-sm">
                      {t('unit')}{' '}
                      <a href={href(`/don-vi/${c.unit.slug}`)} lang={unit.lang} className="text-blue-800 underline">
                        {unit.text}
                      </a>
                    </p>
                  ) : null}
                  {c.phone ? (
                    <p className="mt-1 text-sm">
                      {t('phone')} <a href={tel(c.phone)} className="text-blue-800 underline">{c.phone}</a>
                    </p>
                  ) : null}
                  {c.email ? (
                    <p className="text-sm">
                      {t('email')} <a href={`mailto:${c.email}`} className="text-blue-800 underline">{c.email}</a>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
