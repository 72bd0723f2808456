import Link from 'next/link';
import type { ArticleCard as Card } from '@/lib/data/public-articles';
import { formatDate } from '@/lib/time/format';
import { ResponsiveImage } from './responsive-image';

type Variant = 'lead' | 'highlight' | 'list' | 'compact';

export function ArticleCard({ article, variant = 'list', headingLevel = 3 }: { article: Card; variant?: Variant; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = `/bai-viet/${article.slug}`;
  const showImage = article.cover && variant !== 'compact';
  const sizes = variant === 'lead' ? '(min-width: 1024px) 640px, 100vw' : '(min-width: 768px) 240px, 100vw';
  return (
    <article className={variant === 'list' ? 'flex gap-4 border-b border-line py-4' : 'flex flex-col gap-2'}>
      {showImage ? (
        <Link href={href} className={variant === 'list' ? 'w-40 shrink-0 sm:w-56' : 'block'} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage media={article.cover!} alt="" sizes={sizes} className="aspect-[3/2] w-full object-cover" priority={variant === 'lead'} />
        </Link>
      ) : null}
      <div className="min-w-0">
        <Heading className={variant === 'lead' ? 'text-2xl font-bold leading-snug' : variant === 'compact' ? 'text-base font-semibold leading-snug' : 'text-lg font-semibold leading-snug'}>
          <Link href={href} className="hover:text-brand hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
          {article.section && variant !== 'compact' ? <> · {article.section.name}</> : null}
        </p>
        {variant === 'lead' || variant === 'list' ? <p className="mt-2 line-clamp-3 text-[0.95rem] text-gray-700">{article.sapo}</p> : null}
      </div>
    </article>
  );
}
