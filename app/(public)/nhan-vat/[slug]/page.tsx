import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CardList } from '@/components/article/card-list';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { publicPersonPage } from '@/lib/data/public-taxonomy';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ trang?: string | string[] }> };

/** "2018-01-01" -> "01/01/2018" */
const day = (iso: string) => iso.split('-').reverse().join('/');

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicPersonPage(slug, pageParam(query.trang));
  if (!data) return {};
  const { person } = data;
  return {
    title: `${person.fullName}${data.page > 1 ? ` - Trang ${data.page}` : ''}`,
    description: person.currentTitle ? `${person.fullName}, ${person.currentTitle}: các bài viết liên quan.` : `Các bài viết liên quan đến ${person.fullName}.`,
    alternates: { canonical: `/nhan-vat/${person.slug}${data.page > 1 ? `?trang=${data.page}` : ''}` },
    openGraph: { type: 'profile', title: person.fullName },
  };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicPersonPage(slug, pageParam(query.trang));
  if (!data) notFound();
  const { person } = data;
  return (
    <>
      <Breadcrumb items={[{ name: person.fullName }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{person.fullName}</h1>
      {person.currentTitle ? <p className="mt-1 text-lg text-gray-800">{person.currentTitle}</p> : null}
      {person.bio ? <p className="mt-3 max-w-3xl text-gray-800">{person.bio}</p> : null}
      {person.positions.length > 0 ? (
        <section aria-labelledby="qua-trinh-cong-tac" className="mt-6 max-w-3xl">
          <h2 id="qua-trinh-cong-tac" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
            Quá trình công tác
          </h2>
          <ol className="mt-3 grid gap-2">
            {person.positions.map((p, i) => (
              <li key={i} className="grid gap-x-4 sm:grid-cols-[12rem_1fr]">
                <span className="text-sm font-semibold text-gray-700">
                  {p.endsOn ? `${day(p.startsOn)} – ${day(p.endsOn)}` : `Từ ${day(p.startsOn)}`}
                </span>
                <span>
                  {p.title}
                  {p.unit && !p.title.includes(p.unit.name) ? (
                    <>
                      {', '}
                      <Link href={`/don-vi/${p.unit.slug}`} className="text-blue-800 underline hover:text-brand">
                        {p.unit.name}
                      </Link>
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
          Bài viết liên quan{data.total > 0 ? ` (${data.total})` : ''}
        </h2>
        <CardList articles={data.articles} headingLevel={3} empty={data.page > 1 ? 'Trang này không có bài viết.' : 'Chưa có bài viết nào nhắc đến người này.'} />
        <Pagination page={data.page} pageCount={data.pageCount} href={(n) => (n === 1 ? `/nhan-vat/${person.slug}` : `/nhan-vat/${person.slug}?trang=${n}`)} />
      </section>
    </>
  );
}
