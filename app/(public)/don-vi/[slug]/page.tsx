import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CardList } from '@/components/article/card-list';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { publicUnitPage } from '@/lib/data/public-taxonomy';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ trang?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicUnitPage(slug, pageParam(query.trang));
  if (!data) return {};
  return {
    title: `${data.unit.name}${data.page > 1 ? ` - Trang ${data.page}` : ''}`,
    description: data.unit.description || `Hoạt động của ${data.unit.name}.`,
    alternates: { canonical: `/don-vi/${data.unit.slug}${data.page > 1 ? `?trang=${data.page}` : ''}` },
  };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicUnitPage(slug, pageParam(query.trang));
  if (!data) notFound();
  const { unit } = data;
  return (
    <>
      <Breadcrumb items={[{ name: 'Cơ cấu tổ chức', href: '/co-cau-to-chuc' }, ...(unit.parent ? [{ name: unit.parent.name, href: `/don-vi/${unit.parent.slug}` }] : []), { name: unit.name }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{unit.name}</h1>
      {unit.description ? <p className="mt-2 max-w-3xl text-gray-800">{unit.description}</p> : null}
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {data.people.length > 0 ? (
          <section aria-labelledby="lanh-dao-don-vi">
            <h2 id="lanh-dao-don-vi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
              Lãnh đạo, cán bộ
            </h2>
            <ul className="mt-3 grid gap-1">
              {data.people.map((p) => (
                <li key={`${p.slug}-${p.title}`}>
                  <Link href={`/nhan-vat/${p.slug}`} className="font-semibold text-blue-800 underline hover:text-brand">
                    {p.fullName}
                  </Link>
                  , {p.title}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {unit.children.length > 0 ? (
          <section aria-labelledby="don-vi-truc-thuoc">
            <h2 id="don-vi-truc-thuoc" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
              Đơn vị trực thuộc
            </h2>
            <ul className="mt-3 grid gap-1">
              {unit.children.map((c) => (
                <li key={c.slug}>
                  <Link href={`/don-vi/${c.slug}`} className="text-blue-800 underline hover:text-brand">
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <section aria-labelledby="hoat-dong-don-vi" className="mt-8">
        <h2 id="hoat-dong-don-vi" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
          Hội nghị, hoạt động do đơn vị tổ chức
        </h2>
        <CardList articles={data.articles} headingLevel={3} empty={data.page > 1 ? 'Trang này không có bài viết.' : 'Chưa có bài viết nào về hoạt động của đơn vị.'} />
        <Pagination page={data.page} pageCount={data.pageCount} href={(n) => (n === 1 ? `/don-vi/${unit.slug}` : `/don-vi/${unit.slug}?trang=${n}`)} />
      </section>
    </>
  );
}
