// PURE. The documents' RSS 2.0 feed (/van-ban/rss.xml): one item per published document.
import { rfc822 } from '../feeds/rss';
import { absoluteUrl, el, xmlText } from '../feeds/xml';

export interface DocumentFeedItem {
  slug: string;
  numberSymbol: string;
  typeName: string;
  issuer: string;
  summary: string;
  publishedAt: Date | null;
}

export function documentsRssXml(channel: { origin: string; title: string; copyright: string }, items: readonly DocumentFeedItem[], now: Date = new Date()): string {
  const dated = items.map((i) => ({ ...i, publishedAt: i.publishedAt ?? now }));
  const lastBuild = dated.reduce<Date | null>((max, i) => (!max || i.publishedAt > max ? i.publishedAt : max), null) ?? now;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    el('title', `Văn bản — ${channel.title}`),
    el('link', absoluteUrl(channel.origin, '/van-ban')),
    el('description', `Văn bản mới đăng trên ${channel.title}`),
    el('language', 'vi'),
    channel.copyright ? el('copyright', channel.copyright) : '',
    el('lastBuildDate', rfc822(lastBuild)),
    el('ttl', '60'),
    `<atom:link href="${xmlText(absoluteUrl(channel.origin, '/van-ban/rss.xml'))}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of dated) {
    const url = absoluteUrl(channel.origin, `/van-ban/${item.slug}`);
    lines.push(
      '<item>',
      el('title', `${item.typeName} ${item.numberSymbol}: ${item.summary}`),
      el('link', url),
      `<guid isPermaLink="true">${xmlText(url)}</guid>`,
      el('pubDate', rfc822(item.publishedAt)),
      el('description', `${item.typeName} số ${item.numberSymbol} của ${item.issuer}. ${item.summary}`),
      el('category', item.typeName),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return lines.filter(Boolean).join('\n') + '\n';
}
