import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CardList } from '@/components/article/card-list';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { publicTagPage } from '@/lib/data/public-taxonomy';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ trang?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicTagPage(slug, pageParam(query.trang));
  if (!data) return {};
  const suffix = data.page > 1 ? ` - Trang ${data.page}` : '';
  return {
    title: `Từ khóa: ${data.tag.name}${suffix}`,
    description: `Các bài viết về ${data.tag.name}.`,
    alternates: { canonical: `/tu-khoa/${data.tag.slug}${data.page > 1 ? `?trang=${data.page}` : ''}` },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicTagPage(slug, pageParam(query.trang));
  if (!data) notFound();
  return (
    <>
      <Breadcrumb items={[{ name: `Từ khóa: ${data.tag.name}` }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold text-brand-dark">
        <span className="text-base font-semibold uppercase text-muted">Từ khóa: </span>
        {data.tag.name}
      </h1>
      <CardList articles={data.articles} empty={data.page > 1 ? 'Trang này không có bài viết.' : 'Chưa có bài viết nào với từ khóa này.'} />
      <Pagination page={data.page} pageCount={data.pageCount} href={(n) => (n === 1 ? `/tu-khoa/${data.tag.slug}` : `/tu-khoa/${data.tag.slug}?trang=${n}`)} />
    </>
  );
}
