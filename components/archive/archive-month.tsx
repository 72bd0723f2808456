import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article/article-card';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { languageAlternates, readerLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { publicArchiveMonth } from '@/lib/data/public/archive-by-date';
import { tagListPage } from '@/lib/data/public/list-tag';
import { archivePath, formatArchiveDay, formatArchiveMonth, inArchive, isoDay, parseArchiveMonth, shiftMonth, type ArchiveMonth } from '@/lib/time/archive-date';
import { ArchiveDatePicker } from './archive-date-picker';
import { ArchiveNav } from './archive-nav';

const pageHref = (at: ArchiveMonth, page: number) => (page > 1 ? `${archivePath(at)}?trang=${page}` : archivePath(at));

export async function archiveMonthMetadata(locale: Locale, nam: string, thang: string, page: number): Promise<Metadata> {
  const [t, tp] = await Promise.all([getTranslations('Archive'), getTranslations('Pagination')]);
  const at = parseArchiveMonth(nam, thang, new Date());
  if (!at) return {};
  return {
    title: `${t('monthTitle', { month: formatArchiveMonth(at) })}${page > 1 ? tp('titleSuffix', { page }) : ''}`,
    alternates: languageAlternates(pageHref(at, page), locale),
  };
}

/**
 * A month of the archive: its days with how many stories each, then its stories newest first, a page
 * at a time (ARCHIVE_PAGE_SIZE, at most MAX_ARCHIVE_PAGE pages). Every page carries the month's tag,
 * so a publish refreshes them all.
 */
export async function ArchiveMonthView({ locale, nam, thang, page }: { locale: Locale; nam: string; thang: string; page: number }) {
  const now = new Date();
  const at = parseArchiveMonth(nam, thang, now);
  if (!at) notFound();
  const [t, { href }, data] = await Promise.all([getTranslations('Archive'), readerLocale(), publicArchiveMonth(at, page)]);
  if (!data) notFound();
  await tagListPage('luu-tru', archivePath(at).slice('/luu-tru/'.length));
  const month = formatArchiveMonth(at);
  const previous = shiftMonth(at, -1);
  const next = shiftMonth(at, 1);
  return (
    <>
      <Breadcrumb items={[{ name: t('title'), href: '/luu-tru' }, { name: String(at.year), href: archivePath({ year: at.year }) }, { name: month }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold uppercase text-brand-dark">{t('monthTitle', { month })}</h1>
      <div className="mt-4">
        <ArchiveDatePicker locale={locale} />
      </div>
      {data.days.length === 0 ? (
        <p className="py-10 text-muted">{t('emptyMonth')}</p>
      ) : (
        <>
          <nav aria-label={t('daysLabel', { month })} className="mt-6">
            <h2 className="text-lg font-bold">{t('daysLabel', { month })}</h2>
            <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 md:grid-cols-4">
              {data.days.map((d) => {
                const day = { ...at, day: d.day };
                return (
                  <li key={d.day}>
                    <a href={href(archivePath(day))} className="block rounded border border-line px-3 py-2 hover:bg-gray-100">
                      <time dateTime={isoDay(day)} className="font-semibold">
                        {formatArchiveDay(day, locale)}
                      </time>
                      <span className="block text-sm text-muted">{t('storyCount', { count: d.count })}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <h2 className="mt-8 border-b border-line pb-1 text-lg font-bold">{t('monthStories')}</h2>
          <div className="mt-2">
            {data.articles.map((a) => (
              <ArticleCard key={a.id} article={a} variant="list" headingLevel={3} />
            ))}
          </div>
          <Pagination page={data.page} pageCount={data.pageCount} href={(n) => pageHref(at, n)} />
        </>
      )}
      <ArchiveNav
        label={t('monthNav')}
        previous={inArchive(previous, now) ? { href: href(archivePath(previous)), text: t('previousMonth') } : null}
        next={inArchive(next, now) ? { href: href(archivePath(next)), text: t('nextMonth') } : null}
      />
    </>
  );
}
