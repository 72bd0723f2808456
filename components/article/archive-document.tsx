import { translatorFor } from '@/i18n/messages';
import { isLocale } from '@/i18n/routing';
import { renderBody } from '@/lib/content/render';
import type { PublicArticle } from '@/lib/data/public/articles';
import type { SiteSettings } from '@/lib/data/site/site';
import { formatArticleTime, formatDateTime } from '@/lib/time/format';
import { MeetingBox } from './meeting-box';

// Styles of the saved file: it must read well with no access to the site's stylesheet.
const STYLES = `
body{font-family:Georgia,'Times New Roman','Noto Serif',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.7;font-size:1.1rem}
header,footer,.meta,aside,figcaption,table{font-family:'Segoe UI',Roboto,Arial,'Noto Sans',sans-serif}
header{border-bottom:3px solid #a3161a;padding-bottom:.5rem;margin-bottom:1.5rem;font-size:.9rem}
h1{font-size:1.9rem;line-height:1.3;margin:.5rem 0}
.meta{color:#4b5563;font-size:.9rem}
.article-sapo{font-weight:700}
figure{margin:1.5rem 0}
figure img{max-width:100%;height:auto}
figcaption{font-size:.9rem;color:#4b5563;text-align:center;font-style:italic}
.figure-credit{display:block;font-style:normal;font-size:.8rem}
.document-card{border-left:4px solid #a3161a;padding:.5rem 1rem;margin:1.5rem 0;font-family:'Segoe UI',Roboto,Arial,'Noto Sans',sans-serif}
.gallery-grid{list-style:none;padding:0;margin:1.5rem 0;display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.75rem}.gallery-item{margin:0}
aside{border-left:4px solid #a3161a;background:#fffdf8;padding:1rem;margin:1.5rem 0;font-size:.95rem}
aside dl{display:grid;grid-template-columns:10rem 1fr;gap:.25rem 1rem;margin:0}
aside dt{font-weight:600}aside dd{margin:0}
.no-print{display:none}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d1d5db;padding:.4rem .6rem;text-align:left}
blockquote{border-left:4px solid #a3161a;margin-left:0;padding-left:1rem;font-style:italic}
.text-center{text-align:center}.text-right{text-align:right}.text-justify{text-align:justify}
.article-byline{text-align:right;font-weight:700}
footer{margin-top:2rem;border-top:1px solid #e5e7eb;padding-top:.75rem;font-size:.85rem;color:#374151}
`;

/** The whole story as one self-contained HTML document (images inlined by the caller). */
// The saved file is the story: it speaks the story's own language throughout.
export function ArchiveDocument({ article, settings, url, savedAt }: { article: PublicArticle; settings: SiteSettings; url: string; savedAt: Date }) {
  const language = isLocale(article.language) ? article.language : 'vi';
  const t = translatorFor(language, 'Story');
  const english = language === 'en';
  const siteTitle = (english && settings.siteTitleEn) || settings.siteTitle;
  const sectionName = article.section ? (english && article.section.nameEn) || article.section.name : null;
  return (
    <html lang={language}>
      {/* A standalone document for download, not a Next.js page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{article.title}</title>
        <link rel="canonical" href={url} />
        <style>{STYLES}</style>
      </head>
      <body>
        <header>
          <strong>{siteTitle}</strong>
          {sectionName ? <> · {sectionName}</> : null}
        </header>
        <main>
          <article>
            <h1>{article.title}</h1>
            <p className="meta">
              {formatArticleTime(article.publishedAt, language)}
              {article.updatedAt && article.updatedAt > article.publishedAt ? (
                <>
                  {' '}
                  · {t('updated')} {formatDateTime(article.updatedAt)}
                </>
              ) : null}
            </p>
            {article.sapo ? <p className="article-sapo">{article.sapo}</p> : null}
            {article.meeting ? <MeetingBox meeting={article.meeting} language={language} /> : null}
            <div className="article-body">{renderBody(article.body, { media: article.media, documents: article.documents, galleryLightbox: false })}</div>
            {article.meta.byline ? <p className="article-byline">{article.meta.byline}</p> : null}
            {article.tags.length ? <p className="meta">{t('tags', { tags: article.tags.map((tag) => tag.name).join(', ') })}</p> : null}
          </article>
        </main>
        <footer>
          <p>
            {t('archiveSource', { site: siteTitle })} <a href={url}>{url}</a>
          </p>
          <p>{t('archiveSaved', { time: formatDateTime(savedAt) })}</p>
          {settings.agencyName ? <p>{(english && settings.agencyNameEn) || settings.agencyName}</p> : null}
        </footer>
      </body>
    </html>
  );
}
