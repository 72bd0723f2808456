import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { publicSectionPage } from '@/lib/data/public-articles';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ trang?: string | string[] }> };

function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = await publicSectionPage(slug, pageNumber(query.trang));
  if (!page) return {};
  const suffix = page.page > 1 ? ` - Trang ${page.page}` : '';
  return {
    title: `${page.section.name}${suffix}`,
    description: page.section.description || undefined,
    alternates: { canonical: `/chuyen-muc/${slug}${page.page > 1 ? `?trang=${page.page}` : ''}` },
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
      {articles.length === 0 ? (
        <p className="py-10 text-muted">{page > 1 ? 'Trang này không có bài viết.' : 'Chuyên mục chưa có bài viết.'}</p>
      ) : (
        <div className="mt-2">
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} variant="list" headingLevel={2} />
          ))}
        </div>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Phân trang" className="mt-6 flex items-center justify-between text-sm font-semibold">
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className="rounded border border-line px-4 py-2 hover:bg-gray-100">
              ← Trang trước
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">
            Trang {page} / {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={href(page + 1)} rel="next" className="rounded border border-line px-4 py-2 hover:bg-gray-100">
              Trang sau →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
