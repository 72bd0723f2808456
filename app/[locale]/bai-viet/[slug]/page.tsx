import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article/article-card';
import { ArticleStory } from '@/components/article/article-story';
import { ArticleTools } from '@/components/article/article-tools';
import { TextSize } from '@/components/article/text-size';
import { MostReadLists } from '@/components/article/most-read';
import { ViewBeacon } from '@/components/article/view-beacon';
import { JsonLd } from '@/components/article/json-ld';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { GoneNotice } from '@/components/site/gone-notice';
import { enterLocale, langIfOther, languageAlternates, localText, readerLocale } from '@/i18n/server';
import { publicArticleBySlug, relatedPublicArticles } from '@/lib/data/public/articles';
import { RelatedDocuments } from '@/components/documents/related-documents';
import { publicMostRead } from '@/lib/data/public/most-read';
import { siteOrigin } from '@/lib/data/public/origin';
import { getSiteSettings } from '@/lib/data/site/site';
import { absoluteUrl } from '@/lib/feeds/xml';
import { articleJsonLd, storyVideosJsonLd } from '@/lib/seo/json-ld';
import { PAGE_STATUS_META } from '@/lib/cache/page-entry.mjs';
import { foldStyle } from '@/components/site/below-fold';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on its first request, then served from the cache until revalidated (app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [{ slug }, { locale, href }, t] = await Promise.all([params, readerLocale(), getTranslations('Shell')]);
  const lookup = await publicArticleBySlug(slug);
  if (lookup.found === 'gone') {
    const tg = await getTranslations('Gone');
    // The cache layer stores and serves a page carrying this marker with status 410
    // (lib/cache/page-entry.mjs): a page can only answer 200 or 404 by itself.
    return { title: tg('title'), robots: { index: false }, other: { [PAGE_STATUS_META]: '410' } };
  }
  if (lookup.found !== 'article') return { robots: { index: false } };
  const { article } = lookup;
  const sectionName = article.section ? localText(article.section.name, article.section.nameEn, locale).text : '';
  const title = article.meta.seoTitle || article.title;
  const description = article.meta.seoDescription || article.sapo.slice(0, 300);
  const url = href(`/bai-viet/${article.slug}`);
  const images = article.cover ? [{ url: article.cover.src, width: article.cover.width, height: article.cover.height }] : undefined;
  return {
    title,
    description,
    alternates: {
      ...languageAlternates(`/bai-viet/${article.slug}`, locale),
      types: {
        'application/rss+xml': [
          { url: '/rss.xml', title: t('latestFeed') },
          ...(article.section ? [{ url: `/chuyen-muc/${article.section.slug}/rss.xml`, title: sectionName }] : []),
        ],
      },
    },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: sectionName || undefined,
      locale: article.language === 'en' ? 'en_GB' : 'vi_VN',
      tags: article.tags.map((t) => t.name),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images: images?.map((i) => i.url) },
  };
}

export default async function ArticlePage({ params }: Props) {
  await enterLocale(params);
  const [{ slug }, { locale, href }, t] = await Promise.all([params, readerLocale(), getTranslations('Article')]);
  const lookup = await publicArticleBySlug(slug);
  if (lookup.found === 'redirect') permanentRedirect(href(`/bai-viet/${lookup.slug}`));
  // A withdrawn story is cached like any page, as its 410 page (see generateMetadata).
  if (lookup.found === 'gone') return <GoneNotice locale={locale} />;
  if (lookup.found === 'none') notFound();
  const { article } = lookup;
  const [related, settings, origin, mostRead] = await Promise.all([
    relatedPublicArticles({ id: article.id, sectionSlug: article.section?.slug ?? null }),
    getSiteSettings(),
    siteOrigin(),
    publicMostRead(),
  ]);
  // The story's address in this interface: canonical for this page, shared and printed.
  const url = absoluteUrl(origin, href(`/bai-viet/${article.slug}`));
  const section = article.section ? localText(article.section.name, article.section.nameEn, locale) : null;
  const otherLanguage = langIfOther(article.language, locale);
  // Tags, people and units are Vietnamese data, marked so in the English interface.
  const vi = langIfOther('vi', locale);
  const jsonLd = articleJsonLd(
    {
      url,
      language: article.language,
      title: article.title,
      description: article.sapo,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      section: article.section?.name ?? null,
      tags: article.tags.map((t) => t.name),
      byline: article.meta.byline,
      imageUrl: article.cover ? absoluteUrl(origin, article.cover.src) : null,
      kind: article.kind,
      meeting: article.meeting,
      corrections: article.corrections,
      videos: storyVideosJsonLd(article.body, article.videos, { title: article.title, description: article.sapo, origin }),
    },
    { name: settings.agencyName, url: absoluteUrl(origin, '/') },
  );
  return (
    <>
      <article className="mx-auto max-w-3xl" aria-labelledby="tieu-de-bai">
        <JsonLd data={jsonLd} />
        <Breadcrumb items={section && article.section ? [{ name: section.text, lang: section.lang, href: `/chuyen-muc/${article.section.slug}` }] : []} />
        {otherLanguage ? <p className="no-print mb-2 text-sm text-muted">{t('storyLanguage', { language: article.language })}</p> : null}
        {/* Sets the remembered text size on <html> before the story below is parsed (a file, so the cached page's CSP admits it). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/co-chu.js" />
        <div className="no-print mb-2 flex justify-end">
          <TextSize labels={{ group: t('textSize'), nho: t('textSmall'), vua: t('textMedium'), lon: t('textLarge') }} />
        </div>
        <ArticleStory article={article} />
        <p className="print-only mt-6 text-sm">{t('source', { site: localText(settings.siteTitle, settings.siteTitleEn, locale).text, url })}</p>
        {article.tags.length > 0 ? (
          <nav aria-label={t('tags')} className="no-print mt-8 flex flex-wrap items-center gap-2 border-t border-line pt-4 text-sm">
            <span className="font-semibold">{t('tagsLabel')}</span>
            {article.tags.map((tag) => (
              <a key={tag.slug} lang={vi} href={href(`/tu-khoa/${tag.slug}`)} className="rounded-full bg-gray-100 px-3 py-1 text-gray-800 hover:bg-gray-200">
                {tag.name}
              </a>
            ))}
          </nav>
        ) : null}
        {article.people?.length || article.organiser ? (
          <nav aria-label={t('people')} className="no-print mt-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold">{t('peopleLabel')}</span>
            {article.people?.map((p) => (
              <a key={p.slug} lang={vi} href={href(`/nhan-vat/${p.slug}`)} className="rounded-full bg-gray-100 px-3 py-1 text-gray-800 hover:bg-gray-200">
                {p.fullName}
              </a>
            ))}
            {article.organiser ? (
              <a lang={vi} href={href(`/don-vi/${article.organiser.slug}`)} className="rounded-full bg-gray-100 px-3 py-1 text-gray-800 hover:bg-gray-200">
                {article.organiser.name}
              </a>
            ) : null}
          </nav>
        ) : null}
        <RelatedDocuments articleId={article.id} locale={locale} />
        <ArticleTools url={url} slug={article.slug} />
        <ViewBeacon articleId={article.id} />
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="tin-lien-quan" className="below-fold no-print mx-auto mt-10 max-w-3xl" style={foldStyle(related.length, 24)}>
          <h2 id="tin-lien-quan" className="border-b-2 border-brand pb-1 text-lg font-bold uppercase text-brand-dark">
            {t('related')}
          </h2>
          <div>
            {related.map((a) => (
              <ArticleCard key={a.id} article={a} variant="list" />
            ))}
          </div>
        </section>
      ) : null}
      <MostReadLists lists={mostRead} className="mx-auto mt-10 max-w-3xl" />
    </>
  );
}
