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
      <div className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-2">
          <nav aria-label="Chuyên mục">
            <ul className="flex flex-wrap gap-x-1 text-sm font-semibold">
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
          <form role="search" action="/tim-kiem" method="get" aria-label="Tìm kiếm trên cổng thông tin" className="flex items-center gap-1 px-2 py-2">
            <label htmlFor="o-tim-kiem" className="sr-only">
              Từ khóa tìm kiếm
            </label>
            <input id="o-tim-kiem" type="search" name="q" placeholder="Tìm kiếm…" className="w-44 rounded border border-gray-500 px-2 py-1 text-sm" />
            <button type="submit" className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark">
              Tìm
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
