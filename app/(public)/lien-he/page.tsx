import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { publicAgencyPage } from '@/lib/data/public-agency';

export const metadata: Metadata = { title: 'Liên hệ', alternates: { canonical: '/lien-he' } };

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export default async function ContactPage() {
  const { settings } = await publicAgencyPage('contacts');
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ name: 'Liên hệ' }]} />
      <h1 className="text-2xl font-bold text-brand-dark">Liên hệ</h1>
      <section aria-labelledby="co-quan" className="mt-4">
        <h2 id="co-quan" className="text-lg font-bold">
          {settings.agencyName}
        </h2>
        <address className="mt-2 grid gap-1 not-italic">
          {settings.address ? <span>Địa chỉ: {settings.address}</span> : null}
          {settings.phone ? (
            <span>
              Điện thoại: <a href={tel(settings.phone)} className="text-blue-800 underline">{settings.phone}</a>
            </span>
          ) : null}
          {settings.fax ? <span>Fax: {settings.fax}</span> : null}
          {settings.email ? (
            <span>
              Email: <a href={`mailto:${settings.email}`} className="text-blue-800 underline">{settings.email}</a>
            </span>
          ) : null}
        </address>
        {settings.responsiblePerson ? (
          <p className="mt-2">
            Người chịu trách nhiệm chính: {settings.responsiblePerson}
            {settings.responsibleTitle ? `, ${settings.responsibleTitle}` : ''}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="can-bo-dau-moi" className="mt-8">
        <h2 id="can-bo-dau-moi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          Cán bộ đầu mối
        </h2>
        {settings.contacts.length === 0 ? (
          <p className="mt-3 text-gray-800">Thông tin cán bộ đầu mối sẽ được cập nhật.</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {settings.contacts.map((c) => (
              <li key={`${c.name}-${c.title}`} className="rounded border border-line p-4">
                <p className="font-semibold">{c.name}</p>
                <p className="text-sm text-gray-800">{c.title}</p>
                {c.phone ? (
                  <p className="mt-1 text-sm">
                    Điện thoại: <a href={tel(c.phone)} className="text-blue-800 underline">{c.phone}</a>
                  </p>
                ) : null}
                {c.email ? (
                  <p className="text-sm">
                    Email: <a href={`mailto:${c.email}`} className="text-blue-800 underline">{c.email}</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
