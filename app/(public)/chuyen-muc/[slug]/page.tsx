import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Pagination } from '@/components/site/pagination';
import { publicSectionPage } from '@/lib/data/public-articles';
import { pageParam } from '@/lib/search/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ trang?: string | string[] }> };

const pageNumber = (value: string | string[] | undefined) => pageParam(value);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = await publicSectionPage(slug, pageNumber(query.trang));
  if (!page) return {};
  const suffix = page.page > 1 ? ` - Trang ${page.page}` : '';
  return {
    title: `${page.section.name}${suffix}`,
    description: page.section.description || undefined,
    alternates: {
      canonical: `/chuyen-muc/${page.section.slug}${page.page > 1 ? `?trang=${page.page}` : ''}`,
      types: { 'application/rss+xml': [{ url: `/chuyen-muc/${page.section.slug}/rss.xml`, title: page.section.name }] },
    },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const data = await publicSectionPage(slug, pageNumber(query.trang));
  if (!data) notFound();
  const { section, articles, page, pageCount } = data;
  const href = (n: number) => (n === 1 ? `/chuyen-muc/${section.slug}` : `/chuyen-muc/${section.slug}?trang=${n}`);
  return (
    <>
      <Breadcrumb items={[{ name: section.name }]} />
      <h1 className="border-b-2 border-brand pb-2 text-2xl font-bold uppercase text-brand-dark">{section.name}</h1>
      {section.description ? <p className="mt-2 text-muted">{section.description}</p> : null}
      <p className="no-print mt-1 text-sm">
        <a href={`/chuyen-muc/${section.slug}/rss.xml`} className="text-blue-800 underline">
          RSS chuyên mục
        </a>
      </p>
      {articles.length === 0 ? (
        <p className="py-10 text-muted">{page > 1 ? 'Trang này không có bài viết.' : 'Chuyên mục chưa có bài viết.'}</p>
      ) : (
        <div className="mt-2">
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} variant="list" headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} href={href} />
    </>
  );
}
