import { getTranslations } from 'next-intl/server';
import { langIfOther, readerLocale } from '@/i18n/server';
import type { ArticleCard } from '@/lib/data/public/articles';
import type { MostRead } from '@/lib/data/public/most-read';
import { foldStyle } from '@/components/site/below-fold';

/**
 * "Đọc nhiều nhất": the most read stories of the last 24 hours and the last 7 days, side by side (no
 * script: both lists are in the cached page). Nothing at all until something was read.
 */
export async function MostReadLists({ lists, layout = 'wide', className = '' }: { lists: MostRead; layout?: 'sidebar' | 'wide'; className?: string }) {
  if (lists.day.length === 0 && lists.week.length === 0) return null;
  const t = await getTranslations('MostRead');
  return (
    <section aria-labelledby="doc-nhieu-nhat" className={`below-fold no-print ${className}`} style={foldStyle(lists.day.length + lists.week.length, 6, 10)} data-most-read="">
      <h2 id="doc-nhieu-nhat" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
        {t('title')}
      </h2>
      <div className={`mt-3 grid gap-6 sm:grid-cols-2 ${layout === 'sidebar' ? 'lg:grid-cols-1' : ''}`}>
        <RankedList id="doc-nhieu-24-gio" heading={t('day')} empty={t('empty')} stories={lists.day} />
        <RankedList id="doc-nhieu-7-ngay" heading={t('week')} empty={t('empty')} stories={lists.week} />
      </div>
    </section>
  );
}

async function RankedList({ id, heading, empty, stories }: { id: string; heading: string; empty: string; stories: ArticleCard[] }) {
  const { locale, href } = await readerLocale();
  return (
    <div aria-labelledby={id} role="group">
      <h3 id={id} className="text-sm font-semibold uppercase text-muted">
        {heading}
      </h3>
      {stories.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ol className="mt-2 grid gap-3">
          {stories.map((story, i) => (
            <li key={story.id} className="flex gap-3">
              <span aria-hidden="true" className="w-5 shrink-0 text-lg font-bold leading-snug text-brand">
                {i + 1}
              </span>
              <a lang={langIfOther(story.language, locale)} href={href(`/bai-viet/${story.slug}`)} className="font-semibold leading-snug hover:text-brand hover:underline">
                {story.title}
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
