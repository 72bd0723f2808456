// Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
// stories of the last two days only, at most 1,000.
import { articlePath } from './rss';
import { absoluteUrl, el } from './xml';

export const NEWS_SITEMAP_WINDOW_MS = 48 * 3_600_000;
export const NEWS_SITEMAP_MAX = 1000;

export interface NewsSitemapItem {
  slug: string;
  title: string;
  publishedAt: Date;
}

export function newsSitemapXml(origin: string, publicationName: string, items: readonly NewsSitemapItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
  ];
  for (const item of items.slice(0, NEWS_SITEMAP_MAX)) {
    lines.push(
      '<url>',
      el('loc', absoluteUrl(origin, articlePath(item.slug))),
      '<news:news>',
      '<news:publication>',
      el('news:name', publicationName),
      el('news:language', 'vi'),
      '</news:publication>',
      el('news:publication_date', item.publishedAt.toISOString()),
      el('news:title', item.title),
      '</news:news>',
      '</url>',
    );
  }
  lines.push('</urlset>');
  return lines.join('\n') + '\n';
}

