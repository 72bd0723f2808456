import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CardList } from '@/components/article/card-list';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { enterLocale, langIfOther, languageAlternates, readerLocale } from '@/i18n/server';
import { publicUnitPage } from '@/lib/data/public/taxonomy';
import { tagListPage } from '@/lib/data/public/list-tag';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ locale: string; slug: string; trang?: string[] }> };

// Rendered on its first request, then served from the cache until revalidated (app/[locale]/layout.tsx);
// every page of the list carries the list's tag (tagListPage), so a change refreshes them all.
// Positions are dated: one that begins or ends tomorrow changes this page with no edit, so it is
// also rendered again at least every hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const unitPath = (slug: string, page: number) => (page > 1 ? `/don-vi/${slug}?trang=${page}` : `/don-vi/${slug}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [{ slug, trang }, { locale }, t, tp] = await Promise.all([params, readerLocale(), getTranslations('Unit'), getTranslations('Pagination')]);
  const data = await publicUnitPage(slug, pageParam(trang));
  if (!data) return {};
  return {
    title: `${data.unit.name}${data.page > 1 ? tp('titleSuffix', { page: data.page }) : ''}`,
    description: data.unit.description || t('description', { name: data.unit.name }),
    alternates: languageAlternates(unitPath(data.unit.slug, data.page), locale),
  };
}

export default async function UnitPage({ params }: Props) {
  await enterLocale(params);
  const [{ slug, trang }, { locale, href }, t, tl] = await Promise.all([params, readerLocale(), getTranslations('Unit'), getTranslations('Lists')]);
  const data = await publicUnitPage(slug, pageParam(trang));
  if (!data) notFound();
  await tagListPage('don-vi', slug);
  const { unit } = data;
  // Unit names, descriptions and titles are registry data in Vietnamese.
  const vi = langIfOther('vi', locale);
  return (
    <>
      <Breadcrumb
        items={[
          { name: t('organisation'), href: '/co-cau-to-chuc' },
          ...(unit.parent ? [{ name: unit.parent.name, href: `/don-vi/${unit.parent.slug}`, lang: vi }] : []),
          { name: unit.name, lang: vi },
        ]}
      />
      <h1 lang={vi} className="text-2xl font-bold text-brand-dark">
        {unit.name}
      </h1>
      {unit.description ? (
        <p lang={vi} className="mt-2 max-w-3xl text-gray-800">
          {unit.description}
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {data.people.length > 0 ? (
          <section aria-labelledby="lanh-dao-don-vi">
            <h2 id="lanh-dao-don-vi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
              {t('people')}
            </h2>
            <ul className="mt-3 grid gap-1" lang={vi}>
              {data.people.map((p) => (
                <li key={`${p.slug}-${p.title}`}>
                  <a href={href(`/nhan-vat/${p.slug}`)} className="font-semibold text-blue-800 underline hover:text-brand">
                    {p.fullName}
                  </a>
                  , {p.title}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {unit.children.length > 0 ? (
          <section aria-labelledby="don-vi-truc-thuoc">
            <h2 id="don-vi-truc-thuoc" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
              {t('children')}
            </h2>
            <ul className="mt-3 grid gap-1" lang={vi}>
              {unit.children.map((c) => (
                <li key={c.slug}>
                  <a href={href(`/don-vi/${c.slug}`)} className="text-blue-800 underline hover:text-brand">
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <section aria-labelledby="hoat-dong-don-vi" className="mt-8">
        <h2 id="hoat-dong-don-vi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          {t('activities')}
        </h2>
        <CardList articles={data.articles} headingLevel={3} empty={data.page > 1 ? tl('emptyPage') : t('empty')} />
        <Pagination page={data.page} pageCount={data.pageCount} href={(n) => unitPath(unit.slug, n)} />
      </section>
    </>
  );
}
