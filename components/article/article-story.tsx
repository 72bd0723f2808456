import { MeetingBox } from '@/components/article/meeting-box';
import { translatorFor } from '@/i18n/messages';
import { isLocale } from '@/i18n/routing';
import { renderBody } from '@/lib/content/render';
import type { PublicArticle } from '@/lib/data/public/articles';
import { formatArticleTime, formatDateTime } from '@/lib/time/format';

type StoryFields = 'title' | 'publishedAt' | 'updatedAt' | 'sapo' | 'meeting' | 'body' | 'media' | 'meta' | 'language';
type OptionalFields = 'corrections' | 'documents' | 'videos';

/**
 * The story itself as readers see it: title, time, sapo, meeting box, body with figures, byline.
 * Shared by the public page and the previews (staff and share links), so a preview is exact.
 * Always in the story's own language (its words and its labels), whatever the interface's.
 */
export function ArticleStory({ article }: { article: Pick<PublicArticle, StoryFields> & Partial<Pick<PublicArticle, OptionalFields>> }) {
  const language = isLocale(article.language) ? article.language : 'vi';
  const t = translatorFor(language, 'Story');
  return (
    <div lang={language}>
      <h1 id="tieu-de-bai" className="text-3xl font-bold leading-tight text-gray-900">
        {article.title}
      </h1>
      <p className="mt-3 text-sm text-muted">
        <time dateTime={article.publishedAt.toISOString()}>{formatArticleTime(article.publishedAt, language)}</time>
        {article.updatedAt && article.updatedAt > article.publishedAt ? (
          <>
            {' '}
            · {t('updated')} <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt)}</time>
          </>
        ) : null}
      </p>
      {article.corrections?.length ? (
        // Corrections come first, dated, so a reader who saw the mistake sees what was corrected.
        <aside aria-label={t('corrections')} className="mt-4 grid gap-2" data-testid="dinh-chinh">
          {article.corrections.map((c) => (
            <p key={c.publishedAt.toISOString()} className="border-l-4 border-amber-600 bg-amber-50 p-3 text-sm" data-pending={c.pending ? 'true' : undefined}>
              <strong>{t('correction')}</strong>{' '}
              {c.pending ? t('correctionPending') : <>(<time dateTime={c.publishedAt.toISOString()}>{formatDateTime(c.publishedAt)}</time>)</>}: {c.note}
            </p>
          ))}
        </aside>
      ) : null}
      {article.sapo ? <p className="article-sapo mt-4 text-lg font-bold leading-relaxed text-gray-900">{article.sapo}</p> : null}
      {article.meeting ? <MeetingBox meeting={article.meeting} language={language} /> : null}
      <div className="article-body mt-6">{renderBody(article.body, { media: article.media, documents: article.documents, videos: article.videos })}</div>
      {article.meta.byline ? <p className="article-byline mt-8 text-right font-bold">{article.meta.byline}</p> : null}
    </div>
  );
}
