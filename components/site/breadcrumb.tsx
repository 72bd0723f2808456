import { getTranslations } from 'next-intl/server';
import { readerLocale } from '@/i18n/server';

/** Items' hrefs are reader paths ("/chuyen-muc/x"); they are put into the request's language here. */
export async function Breadcrumb({ items }: { items: Array<{ name: string; href?: string; lang?: string }> }) {
  const [t, { href }] = await Promise.all([getTranslations('Breadcrumb'), readerLocale()]);
  return (
    <nav aria-label={t('label')} className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <a href={href('/')} className="hover:text-brand hover:underline">
            {t('home')}
          </a>
        </li>
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            {item.href ? (
              <a href={href(item.href)} lang={item.lang} className="hover:text-brand hover:underline">
                {item.name}
              </a>
            ) : (
              <span aria-current="page" lang={item.lang}>
                {item.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
