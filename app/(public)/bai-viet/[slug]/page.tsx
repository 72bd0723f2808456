import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { MeetingBox } from '@/components/article/meeting-box';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { renderBody } from '@/lib/content/render';
import { publicArticleBySlug } from '@/lib/data/public-articles';
import { formatArticleTime, formatDateTime } from '@/lib/time/format';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await publicArticleBySlug(slug);
  if (lookup.found !== 'article') return {};
  const { article } = lookup;
  return {
    title: article.meta.seoTitle || article.title,
    description: article.meta.seoDescription || article.sapo.slice(0, 300),
    alternates: { canonical: `/bai-viet/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const lookup = await publicArticleBySlug(slug);
  if (lookup.found === 'redirect') permanentRedirect(`/bai-viet/${lookup.slug}`);
  if (lookup.found === 'none') notFound();
  const { article } = lookup;
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumb items={article.section ? [{ name: article.section.name, href: `/chuyen-muc/${article.section.slug}` }] : []} />
      <h1 className="text-3xl font-bold leading-tight text-gray-900">{article.title}</h1>
      <p className="mt-3 text-sm text-muted">
        <time dateTime={article.publishedAt.toISOString()}>{formatArticleTime(article.publishedAt)}</time>
        {article.updatedAt && article.updatedAt > article.publishedAt ? (
          <>
            {' '}
            · Cập nhật: <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt)}</time>
          </>
        ) : null}
      </p>
      {article.sapo ? <p className="article-sapo mt-4 text-lg font-bold leading-relaxed text-gray-900">{article.sapo}</p> : null}
      {article.meeting ? <MeetingBox meeting={article.meeting} /> : null}
      <div className="article-body mt-6">{renderBody(article.body, { media: article.media })}</div>
      {article.meta.byline ? <p className="article-byline mt-8 text-right font-bold">{article.meta.byline}</p> : null}
      {article.tags.length > 0 ? (
        <nav aria-label="Từ khóa" className="no-print mt-8 flex flex-wrap items-center gap-2 border-t border-line pt-4 text-sm">
          <span className="font-semibold">Từ khóa:</span>
          {article.tags.map((tag) => (
            <Link key={tag.slug} href={`/tu-khoa/${tag.slug}`} className="rounded-full bg-gray-100 px-3 py-1 text-gray-800 hover:bg-gray-200">
              {tag.name}
            </Link>
          ))}
        </nav>
      ) : null}
    </article>
  );
}
