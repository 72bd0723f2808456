import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CardList } from '@/components/article/card-list';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { enterLocale, langIfOther, languageAlternates, readerLocale } from '@/i18n/server';
import { publicTagPage } from '@/lib/data/public/taxonomy';
import { tagListPage } from '@/lib/data/public/list-tag';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ locale: string; slug: string; trang?: string[] }> };

// Rendered on its first request, then served from the cache until revalidated (app/[locale]/layout.tsx);
// every page of the list carries the list's tag (tagListPage), so a change refreshes them all.

export function generateStaticParams() {
  return [];
}

const tagPath = (slug: string, page: number) => (page > 1 ? `/tu-khoa/${slug}?trang=${page}` : `/tu-khoa/${slug}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [{ slug, trang }, { locale }, t, tp] = await Promise.all([params, readerLocale(), getTranslations('Tag'), getTranslations('Pagination')]);
  const data = await publicTagPage(slug, pageParam(trang));
  if (!data) return {};
  return {
    title: `${t('title', { name: data.tag.name })}${data.page > 1 ? tp('titleSuffix', { page: data.page }) : ''}`,
    description: t('description', { name: data.tag.name }),
    alternates: languageAlternates(tagPath(data.tag.slug, data.page), locale),
  };
}

export default async function TagPage({ params }: Props) {
  await enterLocale(params);
  const [{ slug, trang }, { locale }, t, tl] = await Promise.all([params, readerLocale(), getTranslations('Tag'), getTranslations('Lists')]);
  const data = await publicTagPage(slug, pageParam(trang));
  if (!data) notFound();
  await tagListPage('tu-khoa', slug);
  // Tags are words from the stories: Vietnamese, marked so in the English interface.
  const lang = langIfOther('vi', locale);
  return (
    <>
      <Breadcrumb items={[{ name: t('title', { name: data.tag.name }) }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">
        <span className="text-base font-semibold uppercase text-muted">{t('label')}</span>
        <span lang={lang}>{data.tag.name}</span>
      </h1>
      <CardList articles={data.articles} empty={data.page > 1 ? tl('emptyPage') : t('empty')} />
      <Pagination page={data.page} pageCount={data.pageCount} href={(n) => tagPath(data.tag.slug, n)} />
    </>
  );
}
