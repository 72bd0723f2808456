import Link from 'next/link';

/** Previous / next links with "Trang n / m"; nothing when there is one page. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="no-print mt-6 flex items-center justify-between text-sm font-semibold">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev" className="rounded border border-line px-4 py-2 hover:bg-gray-100">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span>
        Trang {page} / {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="rounded border border-line px-4 py-2 hover:bg-gray-100">
          Trang sau →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
