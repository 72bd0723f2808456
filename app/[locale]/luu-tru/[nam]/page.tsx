import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArchiveDatePicker } from '@/components/archive/archive-date-picker';
import { ArchiveNav } from '@/components/archive/archive-nav';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { enterLocale, languageAlternates, readerLocale } from '@/i18n/server';
import { publicArchiveYear } from '@/lib/data/public/archive-by-date';
import { archivePath, formatArchiveMonth, inArchive, parseArchiveYear } from '@/lib/time/archive-date';

type Props = { params: Promise<{ locale: string; nam: string }> };

// Rendered on its first request, then served from the cache until a story of that year is
// published, changed or withdrawn (lib/data/public/surfaces.ts adds its archive pages).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const [{ nam }, t] = await Promise.all([params, getTranslations('Archive')]);
  const at = parseArchiveYear(nam, new Date());
  if (!at) return {};
  return { title: t('yearTitle', { year: String(at.year) }), alternates: languageAlternates(archivePath(at), locale) };
}

export default async function ArchiveYearPage({ params }: Props) {
  const locale = await enterLocale(params);
  const [{ nam }, t, { href }] = await Promise.all([params, getTranslations('Archive'), readerLocale()]);
  const now = new Date();
  const at = parseArchiveYear(nam, now);
  if (!at) notFound();
  const { months } = await publicArchiveYear(at);
  const year = String(at.year);
  const previous = { year: at.year - 1 };
  const next = { year: at.year + 1 };
  return (
    <>
      <Breadcrumb items={[{ name: t('title'), href: '/luu-tru' }, { name: year }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold uppercase text-brand-dark">{t('yearTitle', { year })}</h1>
      <div className="mt-4">
        <ArchiveDatePicker locale={locale} />
      </div>
      {months.length === 0 ? (
        <p className="py-10 text-muted">{t('emptyYear')}</p>
      ) : (
        <nav aria-label={t('monthsLabel', { year })} className="mt-6">
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 md:grid-cols-4">
            {months.map((m) => (
              <li key={m.month}>
                <a href={href(archivePath({ year: at.year, month: m.month }))} className="block rounded border border-line px-3 py-2 hover:bg-gray-100">
                  <span className="font-semibold">{t('monthName', { month: formatArchiveMonth({ year: at.year, month: m.month }) })}</span>
                  <span className="block text-sm text-muted">{t('storyCount', { count: m.count })}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ArchiveNav
        label={t('yearNav')}
        previous={inArchive(previous, now) ? { href: href(archivePath(previous)), text: t('previousYear') } : null}
        next={inArchive(next, now) ? { href: href(archivePath(next)), text: t('nextYear') } : null}
      />
    </>
  );
}
