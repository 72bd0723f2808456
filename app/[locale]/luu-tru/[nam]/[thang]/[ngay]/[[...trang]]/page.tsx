import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArchiveDatePicker } from '@/components/archive/archive-date-picker';
import { ArchiveNav } from '@/components/archive/archive-nav';
import { ArticleCard } from '@/components/article/article-card';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { enterLocale, languageAlternates, readerLocale } from '@/i18n/server';
import { publicArchiveDay } from '@/lib/data/public/archive-by-date';
import { tagListPage } from '@/lib/data/public/list-tag';
import { archivePath, formatArchiveDay, formatArchiveMonth, inArchive, isoDay, parseArchiveDay, shiftDay, type ArchiveDay } from '@/lib/time/archive-date';

type Props = { params: Promise<{ locale: string; nam: string; thang: string; ngay: string; trang?: string[] }> };

// Rendered on its first request, then served from the cache until a story of that day is published,
// changed or withdrawn (lib/data/public/surfaces.ts adds its archive pages; every page of the day
// carries the day's tag). proxy.ts and next.config.ts turn ?trang=N into the last segment.
export function generateStaticParams() {
  return [];
}

/** 1 for the bare address; NaN (not a page) for "/1", more segments or anything not a number from 2 up. */
function pageNumber(trang: string[] | undefined): number {
  if (!trang || trang.length === 0) return 1;
  return trang.length === 1 && /^[1-9][0-9]{0,5}$/.test(trang[0]!) && trang[0] !== '1' ? Number(trang[0]) : Number.NaN;
}

const pageHref = (at: ArchiveDay, page: number) => (page > 1 ? `${archivePath(at)}?trang=${page}` : archivePath(at));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await enterLocale(params);
  const [{ nam, thang, ngay, trang }, t, tp] = await Promise.all([params, getTranslations('Archive'), getTranslations('Pagination')]);
  const at = parseArchiveDay(nam, thang, ngay, new Date());
  const page = pageNumber(trang);
  if (!at || Number.isNaN(page)) return {};
  return {
    title: `${t('dayTitle', { date: formatArchiveDay(at, locale) })}${page > 1 ? tp('titleSuffix', { page }) : ''}`,
    alternates: languageAlternates(pageHref(at, page), locale),
  };
}

export default async function ArchiveDayPage({ params }: Props) {
  const locale = await enterLocale(params);
  const [{ nam, thang, ngay, trang }, t, { href }] = await Promise.all([params, getTranslations('Archive'), readerLocale()]);
  const now = new Date();
  const at = parseArchiveDay(nam, thang, ngay, now);
  const page = pageNumber(trang);
  if (!at || Number.isNaN(page)) notFound();
  const data = await publicArchiveDay(at, page);
  if (!data) notFound();
  await tagListPage('luu-tru', archivePath(at).slice('/luu-tru/'.length));
  const month = { year: at.year, month: at.month };
  const previous = shiftDay(at, -1);
  const next = shiftDay(at, 1);
  return (
    <>
      <Breadcrumb
        items={[
          { name: t('title'), href: '/luu-tru' },
          { name: String(at.year), href: archivePath({ year: at.year }) },
          { name: formatArchiveMonth(month), href: archivePath(month) },
          { name: formatArchiveDay(at, locale) },
        ]}
      />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">
        {t('dayHeading')} <time dateTime={isoDay(at)}>{formatArchiveDay(at, locale)}</time>
      </h1>
      <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
        <ArchiveDatePicker locale={locale} defaultDay={isoDay(at)} />
        <a href={href(archivePath(month))} className="no-print text-sm text-blue-800 underline">
          {t('wholeMonth', { month: formatArchiveMonth(month) })}
        </a>
      </div>
      {data.articles.length === 0 ? (
        <p className="py-10 text-muted">{t('emptyDay')}</p>
      ) : (
        <div className="mt-4">
          {data.articles.map((a) => (
            <ArticleCard key={a.id} article={a} variant="list" headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} href={(n) => pageHref(at, n)} />
      <ArchiveNav
        label={t('dayNav')}
        previous={inArchive(previous, now) ? { href: href(archivePath(previous)), text: t('previousDay') } : null}
        next={inArchive(next, now) ? { href: href(archivePath(next)), text: t('nextDay') } : null}
      />
    </>
  );
}
