import Link from 'next/link';
import type { SiteSettings, SectionLink } from '@/lib/data/site';

export function SiteHeader({ settings, sections }: { settings: SiteSettings; sections: SectionLink[] }) {
  return (
    <header className="no-print">
      <div className="bg-brand text-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-5">
          {settings.parentAgencyName ? <p className="text-xs uppercase tracking-wider text-red-100">{settings.parentAgencyName}</p> : null}
          <p className="text-2xl font-bold uppercase leading-tight sm:text-3xl">
            <Link href="/" className="hover:underline">
              {settings.agencyName}
            </Link>
          </p>
          {settings.tagline ? <p className="text-sm text-red-50">{settings.tagline}</p> : null}
        </div>
      </div>
      <nav aria-label="Chuyên mục" className="border-b border-line bg-white">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          <li>
            <Link href="/" className="block px-3 py-3 hover:bg-gray-100 hover:text-brand">
              Trang chủ
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link href={`/chuyen-muc/${s.slug}`} className="block px-3 py-3 hover:bg-gray-100 hover:text-brand">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
