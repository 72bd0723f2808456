import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CardList } from '@/components/article/card-list';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { enterLocale, langIfOther, languageAlternates, readerLocale } from '@/i18n/server';
import { publicPersonPage } from '@/lib/data/public/taxonomy';
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

/** "2018-01-01" -> "01/01/2018" */
const day = (iso: string) => iso.split('-').reverse().join('/');
const personPath = (slug: string, page: number) => (page > 1 ? `/nhan-vat/${slug}?trang=${page}` : `/nhan-vat/${slug}`);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [{ slug, trang }, { locale }, t, tp] = await Promise.all([params, readerLocale(), getTranslations('Person'), getTranslations('Pagination')]);
  const data = await publicPersonPage(slug, pageParam(trang));
  if (!data) return {};
  const { person } = data;
  return {
    title: `${person.fullName}${data.page > 1 ? tp('titleSuffix', { page: data.page }) : ''}`,
    description: person.currentTitle ? t('descriptionWithTitle', { name: person.fullName, title: person.currentTitle }) : t('description', { name: person.fullName }),
    alternates: languageAlternates(personPath(person.slug, data.page), locale),
    openGraph: { type: 'profile', title: person.fullName },
  };
}

export default async function PersonPage({ params }: Props) {
  await enterLocale(params);
  const [{ slug, trang }, { locale, href }, t, tl] = await Promise.all([params, readerLocale(), getTranslations('Person'), getTranslations('Lists')]);
  const data = await publicPersonPage(slug, pageParam(trang));
  if (!data) notFound();
  await tagListPage('nhan-vat', slug);
  const { person } = data;
  // Titles, biographies and unit names are registry data in Vietnamese.
  const vi = langIfOther('vi', locale);
  return (
    <>
      <Breadcrumb items={[{ name: person.fullName, lang: vi }]} />
      <h1 lang={vi} className="text-2xl font-bold text-brand-dark">
        {person.fullName}
      </h1>
      {person.currentTitle ? (
        <p lang={vi} className="mt-1 text-lg text-gray-800">
          {person.currentTitle}
        </p>
      ) : null}
      {person.bio ? (
        <p lang={vi} className="mt-3 max-w-3xl text-gray-800">
          {person.bio}
        </p>
      ) : null}
      {person.positions.length > 0 ? (
        <section aria-labelledby="qua-trinh-cong-tac" className="mt-6 max-w-3xl">
          <h2 id="qua-trinh-cong-tac" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
            {t('career')}
          </h2>
          <ol className="mt-3 grid gap-2">
            {person.positions.map((p, i) => (
              <li key={i} className="grid gap-x-4 sm:grid-cols-[12rem_1fr]">
                <span className="text-sm font-semibold text-gray-700">{p.endsOn ? `${day(p.startsOn)} – ${day(p.endsOn)}` : t('since', { date: day(p.startsOn) })}</span>
                <span lang={vi}>
                  {p.title}
                  {p.unit && !p.title.includes(p.unit.name) ? (
                    <>
                      {', '}
                      <a href={href(`/don-vi/${p.unit.slug}`)} className="text-blue-800 underline hover:text-brand">
                        {p.unit.name}
                      </a>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="bai-viet-nhan-vat" className="mt-8">
        <h2 id="bai-viet-nhan-vat" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          {t('articles')}
          {data.total > 0 ? ` (${data.total})` : ''}
        </h2>
        <CardList articles={data.articles} headingLevel={3} empty={data.page > 1 ? tl('emptyPage') : t('empty')} />
        <Pagination page={data.page} pageCount={data.pageCount} href={(n) => personPath(person.slug, n)} />
      </section>
    </>
  );
}
