import { langIfOther, localText, readerLocale } from '@/i18n/server';
import type { ArticleCard as Card } from '@/lib/data/public/articles';
import { formatDate } from '@/lib/time/format';
import { ResponsiveImage } from './responsive-image';

type Variant = 'lead' | 'highlight' | 'list' | 'compact';

/**
 * How wide each variant's photo is drawn, so the browser fetches the smallest file that is sharp
 * enough: the lead and highlights fill the column (a third of max-w-6xl beside the lead from lg),
 * a list photo is w-40, sm:w-56. A list card on a phone saying 100vw fetched the largest file.
 */
const SIZES: Record<Variant, string> = {
  lead: '(min-width: 1024px) 720px, 100vw',
  highlight: '(min-width: 1024px) 360px, 100vw',
  list: '(min-width: 640px) 224px, 160px',
  compact: '160px',
};

/** A story in a list; its title and sapo keep the story's own language (lang when it differs from the interface's). */
export async function ArticleCard({ article, variant = 'list', headingLevel = 3 }: { article: Card; variant?: Variant; headingLevel?: 2 | 3 }) {
  const { locale, href: local } = await readerLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = local(`/bai-viet/${article.slug}`);
  const showImage = article.cover && variant !== 'compact';
  const sizes = SIZES[variant];
  const lang = langIfOther(article.language, locale);
  const section = article.section ? localText(article.section.name, article.section.nameEn, locale) : null;
  return (
    <article className={variant === 'list' ? 'flex gap-4 border-b border-line py-4' : 'flex flex-col gap-2'}>
      {showImage ? (
        <a href={href} className={variant === 'list' ? 'w-40 shrink-0 sm:w-56' : 'block'} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage media={article.cover!} alt="" sizes={sizes} className="aspect-[3/2] w-full object-cover" priority={variant === 'lead'} />
        </a>
      ) : null}
      <div className="min-w-0">
        <Heading lang={lang} className={variant === 'lead' ? 'text-2xl font-bold leading-snug' : variant === 'compact' ? 'text-base font-semibold leading-snug' : 'text-lg font-semibold leading-snug'}>
          <a href={href} className="hover:text-brand hover:underline">
            {article.title}
          </a>
        </Heading>
        <p className="mt-1 text-sm text-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
          {section && variant !== 'compact' ? (
            <>
              {' · '}
              <span lang={section.lang}>{section.text}</span>
            </>
          ) : null}
        </p>
        {variant === 'lead' || variant === 'list' ? (
          <p lang={lang} className="mt-2 line-clamp-3 text-[0.95rem] text-gray-700">
            {article.sapo}
          </p>
        ) : null}
      </div>
    </article>
  );
}
