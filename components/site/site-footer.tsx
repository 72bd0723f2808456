import type { SiteSettings } from '@/lib/data/site';

/** Decree 42/2022/NĐ-CP: the agency, its address and contacts, the person responsible and the licence. */
export function SiteFooter({ settings }: { settings: SiteSettings }) {
  return (
    <footer className="no-print mt-12 border-t-4 border-brand bg-gray-50 text-sm text-gray-800">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6">
        <p className="text-base font-bold text-brand-dark">{settings.siteTitle}</p>
        {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
        <p>
          {settings.phone ? <>Điện thoại: {settings.phone}</> : null}
          {settings.fax ? <> · Fax: {settings.fax}</> : null}
          {settings.email ? (
            <>
              {' '}
              · Email: <a href={`mailto:${settings.email}`} className="underline">{settings.email}</a>
            </>
          ) : null}
        </p>
        {settings.responsiblePerson ? (
          <p>
            Chịu trách nhiệm chính: {settings.responsiblePerson}
            {settings.responsibleTitle ? `, ${settings.responsibleTitle}` : ''}
          </p>
        ) : null}
        {settings.licence ? <p>{settings.licence}</p> : null}
      </div>
    </footer>
  );
}
