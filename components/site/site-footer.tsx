import Link from 'next/link';
import type { SiteSettings } from '@/lib/data/site';

/** Decree 42/2022/NĐ-CP: the agency, its address and contacts, the person responsible and the licence. */
export function SiteFooter({ settings }: { settings: SiteSettings }) {
  return (
    <footer className="no-print mt-12 border-t-4 border-brand bg-gray-50 text-sm text-gray-800">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-2">
          <p className="text-base font-bold text-brand-dark">{settings.siteTitle}</p>
          <p>Cơ quan chủ quản: {settings.agencyName}</p>
          {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
          <p>
            {settings.phone ? <>Điện thoại: {settings.phone}</> : null}
            {settings.fax ? <> · Fax: {settings.fax}</> : null}
            {settings.email ? (
              <>
                {' '}
                · Email:{' '}
                <a href={`mailto:${settings.email}`} className="underline">
                  {settings.email}
                </a>
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
        <nav aria-label="Thông tin cơ quan">
          <ul className="grid gap-2">
            <li>
              <Link href="/gioi-thieu" className="underline hover:text-brand">
                Giới thiệu
              </Link>
            </li>
            <li>
              <Link href="/co-cau-to-chuc" className="underline hover:text-brand">
                Cơ cấu tổ chức
              </Link>
            </li>
            <li>
              <Link href="/lien-he" className="underline hover:text-brand">
                Liên hệ
              </Link>
            </li>
            <li>
              <Link href="/tim-kiem" className="underline hover:text-brand">
                Tìm kiếm
              </Link>
            </li>
            <li>
              <a href="/rss.xml" className="underline hover:text-brand">
                RSS
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
