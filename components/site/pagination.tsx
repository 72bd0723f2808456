import { getTranslations } from 'next-intl/server';
import { readerLocale } from '@/i18n/server';

/** Previous / next links with "Trang n / m"; nothing when there is one page. `href` gives reader paths. */
export async function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const [t, locale] = await Promise.all([getTranslations('Pagination'), readerLocale()]);
  const to = (n: number) => locale.href(href(n));
  return (
    <nav aria-label={t('label')} className="no-print mt-6 flex items-center justify-between text-sm font-semibold">
      {page > 1 ? (
        <a href={to(Math.min(page - 1, pageCount))} rel="prev" className="rounded border border-line px-4 py-2 hover:bg-gray-100">
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span>{t('position', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <a href={to(page + 1)} rel="next" className="rounded border border-line px-4 py-2 hover:bg-gray-100">
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
