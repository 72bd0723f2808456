import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArchiveDatePicker } from '@/components/archive/archive-date-picker';
import { ArticleCard } from '@/components/article/article-card';
import { MostReadLists } from '@/components/article/most-read';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { enterLocale, languageAlternates, localText, readerLocale } from '@/i18n/server';
import { publicSectionPage } from '@/lib/data/public/articles';
import { tagListPage } from '@/lib/data/public/list-tag';
import { publicMostRead } from '@/lib/data/public/most-read';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ locale: string; slug: string; trang?: string[] }> };

// Rendered on its first request, then served from the cache until revalidated (app/[locale]/layout.tsx);
// every page of the list carries the list's tag (tagListPage), so a change refreshes them all.

export function generateStaticParams() {
  return [];
}

// proxy.ts turns ?trang=N into the last segment, so every page of a list is its own cached page.
const pageNumber = (trang: string[] | undefined) => pageParam(trang?.[0]);
const sectionPath = (slug: string, page: number) => (page > 1 ? `/chuyen-muc/${slug}?trang=${page}` : `/chuyen-muc/${slug}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [{ slug, trang }, { locale }, t] = await Promise.all([params, readerLocale(), getTranslations('Pagination')]);
  const page = await publicSectionPage(slug, pageNumber(trang));
  if (!page) return {};
  const name = localText(page.section.name, page.section.nameEn, locale).text;
  const description = localText(page.section.description, page.section.descriptionEn, locale).text;
  return {
    title: `${name}${page.page > 1 ? t('titleSuffix', { page: page.page }) : ''}`,
    description: description || undefined,
    alternates: {
      ...languageAlternates(sectionPath(page.section.slug, page.page), locale),
      types: { 'application/rss+xml': [{ url: `/chuyen-muc/${page.section.slug}/rss.xml`, title: page.section.name }] },
    },
  };
}

export default async function SectionPage({ params }: Props) {
  await enterLocale(params);
  const [{ slug, trang }, { locale }, t, tl] = await Promise.all([params, readerLocale(), getTranslations('Section'), getTranslations('Lists')]);
  const data = await publicSectionPage(slug, pageNumber(trang));
  if (!data) notFound();
  const [mostRead] = await Promise.all([publicMostRead(), tagListPage('chuyen-muc', slug)]);
  const { section, articles, page, pageCount } = data;
  const name = localText(section.name, section.nameEn, locale);
  const description = localText(section.description, section.descriptionEn, locale);
  return (
    <>
      <Breadcrumb items={[{ name: name.text, lang: name.lang }]} />
      <h1 lang={name.lang} className="border-b-2 border-brand pb-2 text-2xl font-bold uppercase text-brand-dark">
        {name.text}
      </h1>
      {description.text ? (
        <p lang={description.lang} className="mt-2 text-muted">
          {description.text}
        </p>
      ) : null}
      <div className="no-print mt-1 flex flex-wrap items-end justify-between gap-3 text-sm">
        <a href={`/chuyen-muc/${section.slug}/rss.xml`} className="text-blue-800 underline">
          {t('rss')}
        </a>
        <ArchiveDatePicker locale={locale} />
      </div>
      {articles.length === 0 ? (
        <p className="py-10 text-muted">{page > 1 ? tl('emptyPage') : t('empty')}</p>
      ) : (
        <div className="mt-2">
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} variant="list" headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} href={(n) => sectionPath(section.slug, n)} />
      <MostReadLists lists={mostRead} className="mt-10" />
    </>
  );
}
